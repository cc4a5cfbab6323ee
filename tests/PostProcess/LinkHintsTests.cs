using StatementArchive.Diagnostics;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.PostProcess;
using StatementArchive.Render;
using StatementArchive.Tests.Security;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.PostProcess;

/// <summary>
/// The link check reads only a page's markup, guided by what rendering knows (<see cref="LinkHints"/>).
/// For every page of real sites, that reading must find exactly the ids and links a reading of the
/// whole page finds.
/// </summary>
public class LinkHintsTests
{
    public static TheoryData<string> Sites => new() { "repository content", "synthetic", "payloads" };

    [Theory]
    [MemberData(nameof(Sites))]
    public void Reading_only_the_markup_finds_what_reading_the_whole_page_finds(string site)
    {
        using var temp = new TempDirectory();
        var content = site switch
        {
            "repository content" => Repo.Path("content"),
            "synthetic" => temp.Path("content"),
            _ => temp.Path("payloads"),
        };
        if (site == "synthetic")
        {
            SyntheticContent.Write(content, 60);
            WriteLinks(content);
        }
        if (site == "payloads") PayloadContent.Write(temp, "payloads");

        foreach (var edition in new[] { SiteEdition.Web, SiteEdition.Offline })
        {
            var pages = Render(content, edition);
            Assert.True(pages.Count > 20, $"only {pages.Count} pages");
            // Every template here has each code block in text or in a quoted attribute: no page needs reading.
            Assert.All(pages, p => Assert.True(p.Hints is { Complete: true }, $"{p.Path}: its links are not all known"));
            foreach (var page in pages)
            {
                var whole = PageScanner.Read(page.Text);
                var markup = PageScanner.Read(page.Text, page.Hints);
                Assert.True(whole.Ids.SetEquals(markup.Ids), $"{page.Path}: ids differ: {string.Join(' ', whole.Ids.Except(markup.Ids))} / {string.Join(' ', markup.Ids.Except(whole.Ids))}");
                Assert.True(whole.Links.ToHashSet().SetEquals(markup.Links),
                    $"{page.Path}: links differ: {string.Join(' ', whole.Links.Except(markup.Links))} / {string.Join(' ', markup.Links.Except(whole.Links))}");
            }
        }
    }

    [Fact]
    public void A_value_that_completes_a_tag_name_is_read()
    {
        var shape = TemplateShape.Of("<p>{{ a }}</p><{{ b }} href=\"x\"><a href=\"{{ c }}\">{{ d }}</a>");
        Assert.True(shape.IsInText("<p>{{".Length));
        Assert.False(shape.IsInText("<p>{{ a }}</p><{{".Length));
        Assert.False(shape.IsInText("<p>{{ a }}</p><{{ b }} href=\"x\"><a href=\"{{".Length));
        Assert.True(shape.IsInText("<p>{{ a }}</p><{{ b }} href=\"x\"><a href=\"{{ c }}\">{{".Length));
    }

    /// <summary>A body with links of every kind Markdown makes, including some that resolve only after escaping.</summary>
    private static void WriteLinks(string content)
    {
        var folder = Path.Combine(content, "statements", "2023");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "2023-05-01-links.md"), """
            ---
            title: Links of every kind
            date: 2023-05-01
            issuer: North Atlantic Council
            type: statement
            ---
            ## A heading with an id

            See [the tags](/tags/), [the archive](../../ "Archive"), [a folder with spaces](../../tags/ukraine/#top%20x),
            [ünïcode](/tags/ukraine/#é), [a query](/feed.xml?x=1&y=2), [this paragraph](#p2), [empty]() and
            ![an image](https://example.com/a.png) ![a local image](../../style.css).

            Autolinks: <https://www.nato.int/> and <press@example.org>; a [reference link][ref]; a
            [scheme we drop](javascript:alert(1)); raw <b>HTML</b> shown as text; <a href="/x">not a link</a>.

            1. A list item with [a link](https://example.org/a%20b)

            > A quote with [a link](#p1)

            | Who | Where |
            | --- | ----- |
            | Council | [its page](/issuers/north-atlantic-council/) |

            [ref]: /issuers/ "Reference"
            """);
    }

    private static List<Page> Render(string contentDirectory, SiteEdition edition)
    {
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(Repo.Path("templates"), "templates", diagnostics)!;
        var content = ContentLoader.Load(contentDirectory, null, diagnostics)!;
        var model = SiteModelBuilder.Build(content, diagnostics);
        var pages = new Collector();
        SiteRenderer.Render(model, templates, edition, diagnostics, pages);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return pages.Pages.Where(p => p.IsHtml).ToList();
    }

    private sealed class Collector : IPageSink
    {
        public List<Page> Pages { get; } = [];

        public void Add(Page page)
        {
            lock (Pages) Pages.Add(page.Kept());
        }

        public void Add(StaticFile file)
        {
        }
    }
}
