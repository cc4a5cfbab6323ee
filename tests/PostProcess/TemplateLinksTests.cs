using StatementArchive.Diagnostics;
using StatementArchive.PostProcess;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.PostProcess;

/// <summary>
/// A page whose template has every code block in text or in a quoted attribute value is not read by the
/// link check: its ids and links are put together while it renders. These templates try the ways that
/// could go wrong, against a reading of the whole page.
/// </summary>
public class TemplateLinksTests
{
    [Theory]
    [InlineData("unquoted value", "<a href={{ url }}>x</a>")]
    [InlineData("value after text in an unquoted attribute", "<a href=/x/{{ url }}>x</a>")]
    [InlineData("code inside a tag", "<a {{ if flag }}href=\"/y\"{{ end }}>x</a>")]
    [InlineData("code as a tag name", "<{{ text }} id=\"a\">x</p>")]
    [InlineData("code as an attribute name", "<a {{ text }}=\"a\">x</a>")]
    [InlineData("an entity beside a value", "<a href=\"/x?a=1&amp;b={{ url }}\">x</a>")]
    [InlineData("a trimmed block in a value", "<a href=\"/x/ {{~ url }}\">x</a>")]
    [InlineData("code in a comment", "<!-- {{ text }} --><p>x</p>")]
    public void A_template_whose_links_cannot_be_known_from_it_is_read(string why, string template)
    {
        Assert.False(TemplateShape.Of(template).KnowsLinks, why);
        // Rendered as a build renders it: minified first (which quotes values and drops comments, so some become known).
        AssertSameAsReading(Render(template));
    }

    [Fact]
    public void A_page_read_in_part_is_cut_where_its_values_were_whatever_their_characters()
    {
        // Values of characters that take two and four bytes in the page come before the links the reading must find.
        var page = Render("<p>{{ text }}</p><a {{ if flag }}href=\"/y/\"{{ end }}>x</a><p id=\"{{ url }}\">{{ text }}</p><a href=\"/z/{{ url }}\">z</a>",
            text: "« déjà » 😀 <odd> & ");
        Assert.False(page.Hints is { Complete: true });
        Assert.NotEmpty(page.Hints!.Skipped);
        AssertSameAsReading(page);
        Assert.Equal(["/y/", "/z/ü x&\"'<"], PageScanner.Read(page.Text, page.Hints).Links);
    }

    [Theory]
    [InlineData("control flow in a value", "<a href=\"{{ if flag }}/a{{ else }}/b{{ end }}\">x</a>")]
    [InlineData("an assignment in a value", "<a href=\"{{ x = 1 }}\">x</a>")]
    [InlineData("two expressions in a value", "<a href=\"{{ url; text }}\">x</a>")]
    public void Code_in_a_value_that_is_not_one_expression_makes_the_page_read(string why, string template)
    {
        var page = Render(template);
        Assert.False(page.Hints is { Complete: true }, why);
        AssertSameAsReading(page);
    }

    [Theory]
    [InlineData("values in quoted attributes", "<a class=\"c {{ text }}\" href=\"{{ url }}\" title='{{ text }}'>{{ text }}</a>")]
    [InlineData("several values in one link", "<a href=\"/x/{{ url }}?q={{ text }}#{{ empty }}\">x</a><img src=\" {{ url }} \" alt=\"\">")]
    [InlineData("a value that is missing", "<a href=\"{{ missing }}\" id=\"{{ missing }}\">x</a><a href=\"/a/{{ missing }}/b\">y</a>")]
    [InlineData("ids, names and links in text", "<h2 id=\"top\">{{ text }}</h2><a name=\"old\"></a><p name=\"not-an-id\" id=\"\"></p><a href=\"#top\">t</a>")]
    [InlineData("a branch not taken", "{{ if flag }}<p id=\"shown\"><a href=\"/shown/\">s</a></p>{{ else }}<p id=\"hidden\"><a href=\"/hidden/\">h</a></p>{{ end }}")]
    [InlineData("a loop", "<ul>{{ for item in items }}<li id=\"i-{{ item }}\"><a href=\"/items/{{ item }}/\">{{ item }}</a></li>{{ end }}</ul>")]
    [InlineData("a partial in a loop", "<ol>{{ for item in items }}{{ include '_part.html' }}{{ end }}</ol>")]
    [InlineData("markup from Markdown", "<main id=\"main\">{{ body }}</main>")]
    [InlineData("a value beside a tag", "<p>{{ text }}<a href=\"/x/\">{{ text }}</a>{{ url }}</p>")]
    public void A_template_whose_links_are_known_gives_what_a_reading_finds(string why, string template)
    {
        var page = Render(template);
        Assert.True(TemplateShape.Of(template).KnowsLinks, why);
        Assert.True(page.Hints is { Complete: true }, why);
        AssertSameAsReading(page);
    }

    [Fact]
    public void A_page_that_is_read_skips_the_escaped_text_its_template_cannot_have_made_tags_of()
    {
        var page = Render("<{{ text }} id=\"a\">x</p><p>{{ text }}</p>");
        Assert.False(page.Hints is { Complete: true });
        Assert.NotEmpty(page.Hints!.Skipped);
        AssertSameAsReading(page);
    }

    [Fact]
    public void A_page_whose_links_were_known_until_a_late_value_is_read_whole()
    {
        // Ranges are not kept while every link is known, so the page is read from its first byte.
        var page = Render("<p>{{ text }}</p><a href=\"{{ body }}\">x</a>");
        Assert.False(page.Hints is { Complete: true });
        Assert.Empty(page.Hints!.Skipped);
        AssertSameAsReading(page);
    }

    [Fact]
    public void Markup_written_into_an_attribute_makes_the_page_read()
    {
        var page = Render("<a href=\"{{ body }}\">x</a>");
        Assert.False(page.Hints is { Complete: true });
        AssertSameAsReading(page);
    }

    [Fact]
    public void A_value_with_a_carriage_return_in_a_link_makes_the_page_read()
    {
        var page = Render("<a href=\"/x/{{ text }}\">x</a>", text: "a\rb");
        Assert.False(page.Hints is { Complete: true });
        AssertSameAsReading(page);
    }

    [Fact]
    public void A_broken_link_a_template_puts_together_is_still_found()
    {
        var page = Render("<a href=\"../{{ url }}/missing.html\">x</a>");
        Assert.True(page.Hints is { Complete: true });
        Assert.Contains("../ü x&\"'</missing.html", PageScanner.Read(page.Text, page.Hints).Links);
    }

    private static void AssertSameAsReading(Page page)
    {
        var whole = PageScanner.Read(page.Text);
        var hinted = PageScanner.Read(page.Text, page.Hints);
        Assert.True(whole.Ids.SetEquals(hinted.Ids), $"ids: {string.Join(' ', whole.Ids)} / {string.Join(' ', hinted.Ids)}\n{page.Text}");
        Assert.True(whole.Links.ToHashSet().SetEquals(hinted.Links), $"links: {string.Join(' ', whole.Links)} / {string.Join(' ', hinted.Links)}\n{page.Text}");
    }

    /// <summary>Renders <paramref name="template"/> (as written and minified, as a build does) with values that escape and trim.</summary>
    private static Page Render(string template, string text = " A \"quoted\" & <odd> 'text' ")
    {
        using var temp = new TempDirectory();
        var folder = temp.Path("templates");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "page.html"), template);
        File.WriteAllText(Path.Combine(folder, "_part.html"), "<li id=\"p-{{ item }}\"><a href=\"#p-{{ item }}\">{{ item }}</a></li>");
        var diagnostics = new DiagnosticBag();
        var templates = TemplateSet.Load(folder, "templates", diagnostics)!;
        var body = new Html("<p id=\"p1\"><a href=\"#p1\">¶</a> See <a href=\"../x/\">x</a>.</p>")
        {
            Hints = LinkHints.Known(["p1"], ["#p1", "../x/"]),
        };
        var view = new View(text, "ü x&\"'<", "", null, true, ["one", "two words", "thr&e"], body);
        var pages = new List<Page>();
        PageRenderer.Render([new PageJob("page.html", "page.html", view, null)], templates, diagnostics, new Sink(pages));
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Sorted()));
        return Assert.Single(pages);
    }

    public sealed record View(string Text, string Url, string Empty, string? Missing, bool Flag, IReadOnlyList<string> Items, Html Body);

    private sealed class Sink(List<Page> pages) : IPageSink
    {
        public void Add(Page page) => pages.Add(page.Kept());

        public void Add(StaticFile file)
        {
        }
    }
}
