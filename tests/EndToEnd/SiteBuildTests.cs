using System.Xml.Linq;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>The real generator on the repository's content/: every page kind, its links, and nothing touched in content/.</summary>
public class SiteBuildTests(SiteBuildFixture fixture) : IClassFixture<SiteBuildFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private BuiltSite Site => fixture.Site;

    [Fact]
    public void Build_succeeds_on_the_committed_content()
    {
        Assert.True(fixture.Result.ExitCode == 0, fixture.Result.Stderr);
        Assert.Empty(fixture.Result.Stderr);
        Assert.True(fixture.Statements.Count >= 3, "content/statements should hold at least the three seed statements");
    }

    [Fact]
    public void Build_does_not_modify_content() => Assert.Equal(fixture.ContentBefore, fixture.ContentAfter);

    [Fact]
    public void Every_page_kind_is_written()
    {
        string[] fixedFiles = ["index.html", "statements/index.html", "tags/index.html", "issuers/index.html", "types/index.html",
            "404.html", "feed.xml", "sitemap.xml", "robots.txt", "style.css",
            "search/index.html", "search/data/meta.js", "search.js", "search-index.js", "search-snippet.js"];
        foreach (var file in fixedFiles)
            Assert.True(File.Exists(Path.Combine(Site.Root, file)), $"missing {file}");
        foreach (var statement in fixture.Statements)
        {
            Assert.True(File.Exists(Path.Combine(Site.Root, statement.PagePath)), $"missing {statement.PagePath}");
            Assert.True(File.Exists(Path.Combine(Site.Root, "statements", statement.Date[..4], "index.html")), $"missing year page of {statement.Date}");
            foreach (var tag in statement.Tags)
            {
                Assert.True(File.Exists(Path.Combine(Site.Root, "tags", tag, "index.html")), $"missing tag page {tag}");
                XDocument.Load(Path.Combine(Site.Root, "tags", tag, "feed.xml")); // the tag's own feed, well-formed
            }
            Assert.True(File.Exists(Path.Combine(Site.Root, "types", statement.Type, "index.html")), $"missing type page {statement.Type}");
            var issuerPage = Site.Parse(statement.PagePath).QuerySelectorAll("dl.facts a").Select(a => a.GetAttribute("href")!).First();
            Assert.Contains(statement.Issuer, Site.Read(Path.GetRelativePath(Site.Root,
                Path.Combine(new Uri(new Uri(Path.Combine(Site.Root, statement.PagePath)), issuerPage).LocalPath, "index.html"))));
            if (statement.SourceFile is { } source)
                Assert.Equal(File.ReadAllBytes(Repo.Path("content", source)), File.ReadAllBytes(Path.Combine(Site.Root, source)));
        }
    }

    [Fact]
    public void No_internal_link_or_anchor_is_broken() => Assert.Empty(Site.BrokenLinks());

    [Fact]
    public void Statement_pages_show_their_metadata()
    {
        foreach (var statement in fixture.Statements)
        {
            var page = Site.Parse(statement.PagePath);
            Assert.Equal(statement.Title, page.QuerySelector("h1")!.TextContent);
            Assert.Equal(statement.Date, page.QuerySelector("dl.facts time")!.GetAttribute("datetime"));
            var facts = page.QuerySelector("dl.facts")!.TextContent;
            Assert.Contains(statement.Issuer, facts);
            if (statement.Reference is not null) Assert.Contains(statement.Reference, facts);
            var tagLinks = page.QuerySelectorAll(".tags-section a").Select(a => a.GetAttribute("href")!).ToList();
            Assert.Equal(statement.Tags.Count, tagLinks.Count);
            Assert.True(page.QuerySelectorAll(".body [id^=p]").Length > 0, $"{statement.PagePath}: no paragraph anchors");
        }
    }

    [Fact]
    public void Previous_and_next_follow_the_dates()
    {
        // "Previous" is the next older statement in the model's reading order, "next" the next newer. On one day that
        // order is by title, then file, and the older of two is the one listed after: the reverse of sorting the day by
        // title (BrowsePagesTests proves it on statements of one day).
        var newestFirst = ContentStatement.InReadingOrder(fixture.Statements);
        for (var i = 0; i < newestFirst.Count; i++)
        {
            var page = Site.Parse(newestFirst[i].PagePath);
            AssertLink(newestFirst[i].PagePath, page.QuerySelector("a[rel=prev]")?.GetAttribute("href"), i + 1 < newestFirst.Count ? newestFirst[i + 1].PagePath : null);
            AssertLink(newestFirst[i].PagePath, page.QuerySelector("a[rel=next]")?.GetAttribute("href"), i > 0 ? newestFirst[i - 1].PagePath : null);
        }
    }

    [Fact]
    public void Home_lists_the_latest_statement_first()
    {
        var latest = ContentStatement.InReadingOrder(fixture.Statements)[0];
        var first = Site.Parse("index.html").QuerySelector("ol.items a")!;
        Assert.Equal(latest.Title, first.TextContent);
        AssertLink("index.html", first.GetAttribute("href"), latest.PagePath);
    }

    [Fact]
    public void Tag_index_counts_match_the_content()
    {
        var counts = fixture.Statements.SelectMany(s => s.Tags).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var items = Site.Parse("tags/index.html").QuerySelectorAll(".tag-index li");
        Assert.Equal(counts.Count, items.Length);
        foreach (var item in items)
        {
            var slug = item.QuerySelector("a")!.GetAttribute("href")!.Split('/', StringSplitOptions.RemoveEmptyEntries)[^1];
            Assert.Equal(counts[slug].ToString(), item.QuerySelector(".count")!.TextContent);
        }
    }

    [Fact]
    public void Feed_and_sitemap_are_well_formed_and_point_at_built_pages()
    {
        var feed = XDocument.Load(Path.Combine(Site.Root, "feed.xml"));
        var entries = feed.Root!.Elements(Atom + "entry").ToList();
        Assert.Equal(Math.Min(50, fixture.Statements.Count), entries.Count);

        var sitemap = XDocument.Load(Path.Combine(Site.Root, "sitemap.xml"));
        var locations = sitemap.Root!.Elements(Sitemap + "url").Select(u => u.Element(Sitemap + "loc")!.Value).ToList();
        Assert.Equal(Site.HtmlFiles().Count() - 1, locations.Count); // every page but 404.html
        var baseUrl = Site.Parse("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href")!;
        Assert.Contains(baseUrl, locations);
        foreach (var location in locations.Concat(entries.Select(e => e.Element(Atom + "id")!.Value)))
        {
            Assert.StartsWith(baseUrl, location);
            Assert.True(File.Exists(Path.Combine(Site.Root, location[baseUrl.Length..], "index.html")), $"{location} is not a built page");
        }
        Assert.Contains($"Sitemap: {baseUrl}sitemap.xml", Site.Read("robots.txt"));
    }

    [Fact]
    public void Exports_hold_every_statement_with_its_metadata_and_text()
    {
        using var json = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Root, "statements.json")));
        var exported = json.RootElement.GetProperty("statements").EnumerateArray().ToList();
        Assert.Equal(fixture.Statements.Count, exported.Count);
        foreach (var statement in fixture.Statements)
        {
            var item = exported.Single(e => e.GetProperty("title").GetString() == statement.Title);
            Assert.Equal(statement.Date, item.GetProperty("date").GetString());
            Assert.Equal(statement.Issuer, item.GetProperty("issuer").GetString());
            Assert.Equal(statement.Reference, item.TryGetProperty("reference", out var r) ? r.GetString() : null);
            Assert.True(item.GetProperty("text").GetString()!.Length > 200);
        }

        var csv = File.ReadAllText(Path.Combine(Site.Root, "statements.csv"));
        Assert.StartsWith("url,title,date,issuer,type,reference,location,language,tags,text\r\n", csv.TrimStart('\uFEFF'));
        Assert.All(fixture.Statements, s => Assert.Contains("\"" + s.Title.Replace("\"", "\"\"") + "\"", csv));

        using var feed = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Root, "feed.json")));
        Assert.Equal("https://jsonfeed.org/version/1.1", feed.RootElement.GetProperty("version").GetString());
        Assert.Equal(Math.Min(50, fixture.Statements.Count), feed.RootElement.GetProperty("items").GetArrayLength());
    }

    [Fact]
    public void Same_content_gives_byte_identical_output()
    {
        var again = Generator.Execute(Repo.Root, "build", "--output", fixture.TempPath("again"));
        Assert.Equal(0, again.ExitCode);
        Assert.Equal(SiteBuildFixture.HashTree(Site.Root), SiteBuildFixture.HashTree(fixture.TempPath("again")));
    }

    private void AssertLink(string fromPage, string? href, string? expectedPage)
    {
        if (expectedPage is null)
        {
            Assert.Null(href);
            return;
        }
        Assert.NotNull(href);
        var resolved = new Uri(new Uri(Path.Combine(Site.Root, fromPage)), href).LocalPath;
        if (Directory.Exists(resolved)) resolved = Path.Combine(resolved, "index.html");
        Assert.Equal(Path.Combine(Site.Root, expectedPage), resolved);
    }
}
