using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Entry = StatementArchive.Tests.EndToEnd.BrowseTestContent.Entry;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>The statement pages of the generated archive (provenance, related and cited statements) and its feeds and export.</summary>
public partial class BrowsePagesTests
{
    // ---- 5. Provenance ----------------------------------------------------------------------------

    [Fact]
    public void Statement_page_shows_the_capture_checksum_the_source_url_the_raw_text_and_what_was_removed()
    {
        var entry = Content.WithRawSource;
        var source = entry.Source!;
        var section = Site.Parse(entry.PagePath).QuerySelector("section.source")!;
        string? Fact(string term) => section.QuerySelectorAll("dl > div").SingleOrDefault(d => d.QuerySelector("dt")!.TextContent == term)?.QuerySelector("dd")?.TextContent;
        IElement? FactLink(string term) => section.QuerySelectorAll("dl > div").Single(d => d.QuerySelector("dt")!.TextContent == term).QuerySelector("dd a");

        // The checksum shown is that of the bytes kept, which the test hashes itself.
        Assert.Equal(source.Sha256, section.QuerySelector("dd.hash")!.TextContent);
        Assert.Equal(source.Sha256, Fact("Capture checksum (SHA-256)"));

        var original = FactLink("Original")!;
        Assert.Equal(source.Url, original.GetAttribute("href"));
        Assert.Equal(source.Url, original.TextContent);

        // The raw text link resolves to the published raw file, byte for byte what content/sources holds.
        var raw = FactLink("Raw text as captured")!;
        Assert.Equal(Path.GetFileName(source.File), raw.TextContent);
        var published = Resolve(entry.PagePath, raw.GetAttribute("href")!);
        Assert.Equal(source.File, published);
        Assert.Equal(source.Raw, File.ReadAllBytes(Path.Combine(Site.Root, published)));
        Assert.Equal(source.Raw, File.ReadAllBytes(fixture.ContentPath(source.File!)));

        Assert.Equal("a web page", Fact("Captured from"));
        Assert.Equal(source.Record[0].Value, Fact("Dcpd number"));
        Assert.Equal(source.Note, section.QuerySelector("p.note")!.TextContent.Trim()); // the minified page leaves out </p>: the space before <details> is in it

        var removed = section.QuerySelector("details.removed")!;
        Assert.Contains("What the importer removed", removed.QuerySelector("summary")!.TextContent);
        Assert.Contains($"({source.Removed.Count})", removed.QuerySelector("summary")!.TextContent);
        Assert.Equal(source.Removed, removed.QuerySelectorAll("ol > li").Select(li => li.TextContent));
    }

    [Fact]
    public void A_source_with_only_an_address_shows_that_address_and_no_raw_text_checksum_or_removed_list()
    {
        var entry = Content.WithUrlOnlySource;
        var section = Site.Parse(entry.PagePath).QuerySelector("section.source")!;
        var links = section.QuerySelectorAll("a").ToList();
        Assert.Equal([entry.Source!.Url], links.Select(a => a.GetAttribute("href")));
        Assert.Null(section.QuerySelector("dd.hash"));
        Assert.Null(section.QuerySelector("details.removed"));
        Assert.Contains("a press mailing-list e-mail", section.TextContent);

        // A statement without source: has no provenance section at all.
        Assert.Null(Site.Parse(Content.CitedByTitle.PagePath).QuerySelector("section.source"));
    }

    // ---- 6. Related, cited, cited by ---------------------------------------------------------------

    [Fact]
    public void A_statement_sharing_a_rare_tag_is_the_first_related_statement_before_those_sharing_common_tags()
    {
        var (older, newer) = (Content.RareTag[0], Content.RareTag[1]);
        var related = Section(older.PagePath, "related-heading");
        Assert.Equal(newer.PagePath, related.FirstOrDefault());
        // The rest share its common tags: the list is full, and the one sharing only "space" still comes first.
        Assert.Equal(5, related.Count);
        Assert.All(related.Skip(1), path => Assert.Contains(Content.Entries.Single(e => e.PagePath == path).Tags, t => older.Tags.Contains(t)));
        Assert.Equal(older.PagePath, Section(newer.PagePath, "related-heading").FirstOrDefault());
    }

    [Fact]
    public void A_statement_of_the_same_rare_issuer_is_listed_as_related()
    {
        var (older, newer) = (Content.RareIssuer[0], Content.RareIssuer[1]);
        // Neither has tags, and nobody else shares their issuer: each is the other's only related statement.
        Assert.Equal([newer.PagePath], Section(older.PagePath, "related-heading"));
        Assert.Equal([older.PagePath], Section(newer.PagePath, "related-heading"));
    }

    [Fact]
    public void A_reference_number_in_a_text_links_to_that_statement_which_lists_the_text_as_citing_it()
    {
        AssertCites(Content.CitingByReference, Content.CitedByReference, Content.CitedByReference.Reference!);
    }

    [Fact]
    public void A_quoted_title_in_a_text_links_to_that_statement_which_lists_the_text_as_citing_it()
    {
        AssertCites(Content.CitingByTitle, Content.CitedByTitle, Content.CitedByTitle.Title);
    }

    private void AssertCites(Entry citing, Entry cited, string name)
    {
        var page = Site.Parse(citing.PagePath);
        var inBody = page.QuerySelectorAll(".body a").Where(a => a.TextContent == name).ToList();
        Assert.True(inBody.Count == 1, $"{citing.PagePath}: expected one link named \"{name}\" in the text, found {inBody.Count}");
        Assert.Equal(cited.PagePath, Resolve(citing.PagePath, inBody[0].GetAttribute("href")!));
        Assert.Equal([cited.PagePath], Section(citing.PagePath, "cites-heading"));
        Assert.Equal("Statements cited in this text", page.GetElementById("cites-heading")!.TextContent);

        var target = Site.Parse(cited.PagePath);
        Assert.Equal("Cited by", target.GetElementById("cited-by-heading")!.TextContent);
        Assert.Equal([citing.PagePath], Section(cited.PagePath, "cited-by-heading"));
        Assert.DoesNotContain(citing.PagePath, Section(cited.PagePath, "related-heading")); // listed once, where it belongs
    }

    // ---- 7. Per-tag Atom feeds and the JSON export -----------------------------------------------------

    [Fact]
    public void Each_tag_feed_is_atom_and_holds_exactly_the_tags_newest_statements_linking_to_their_pages()
    {
        foreach (var tag in Content.Entries.SelectMany(e => e.Tags).Distinct())
        {
            var feed = XDocument.Load(Path.Combine(Site.Root, "tags", tag, "feed.xml"));
            Assert.Equal(Atom + "feed", feed.Root!.Name);
            Assert.Equal(BrowseTestContent.BaseUrl + $"tags/{tag}/feed.xml", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "self").Attribute("href")!.Value);
            Assert.Equal(BrowseTestContent.BaseUrl + $"tags/{tag}/", feed.Root.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value);

            var expected = InOrder(e => e.Tags.Contains(tag)).Take(50).ToList();
            var entries = feed.Root.Elements(Atom + "entry").ToList();
            Assert.Equal(expected.Select(e => e.Url), entries.Select(e => e.Element(Atom + "id")!.Value));
            foreach (var (element, entry) in entries.Zip(expected))
            {
                Assert.Equal(entry.Title, element.Element(Atom + "title")!.Value);
                Assert.Contains(tag, element.Elements(Atom + "category").Select(c => c.Attribute("term")!.Value));
                Assert.Equal(entry.Iso + "T00:00:00Z", element.Element(Atom + "published")!.Value);
                var href = element.Elements(Atom + "link").Single(l => (string?)l.Attribute("rel") == "alternate").Attribute("href")!.Value;
                Assert.StartsWith(BrowseTestContent.BaseUrl, href);
                var page = href[BrowseTestContent.BaseUrl.Length..] + "index.html";
                Assert.True(File.Exists(Path.Combine(Site.Root, page)), $"{tag} feed: {href} is not a built page");
                Assert.Equal(entry.Title, Site.Parse(page).QuerySelector("h1")!.TextContent);
            }
        }
    }

    [Fact]
    public void Statements_json_holds_every_statement_with_all_its_metadata_in_reading_order()
    {
        using var json = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(Site.Root, "statements.json")));
        var root = json.RootElement;
        Assert.Equal(Content.Entries.Count, root.GetProperty("count").GetInt32());
        Assert.Equal(BrowseTestContent.BaseUrl, root.GetProperty("home_page_url").GetString());
        var items = root.GetProperty("statements").EnumerateArray().ToList();
        var order = Content.InReadingOrder();
        Assert.Equal(order.Select(e => e.Url), items.Select(i => i.GetProperty("url").GetString()));

        static string? Optional(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;
        foreach (var (item, entry) in items.Zip(order))
        {
            Assert.Equal(entry.Title, item.GetProperty("title").GetString());
            Assert.Equal(entry.Iso, item.GetProperty("date").GetString());
            Assert.Equal(entry.Issuer, item.GetProperty("issuer").GetString());
            Assert.Equal(entry.Type, item.GetProperty("type").GetString());
            Assert.Equal(entry.Reference, Optional(item, "reference"));
            Assert.Equal(entry.Location, Optional(item, "location"));
            Assert.Equal(entry.Language ?? "en", item.GetProperty("language").GetString());
            Assert.Equal(entry.Tags.Order(StringComparer.Ordinal), item.GetProperty("tags").EnumerateArray().Select(t => t.GetString()));
            Assert.Equal(entry.Updated?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), Optional(item, "updated"));
            Assert.Equal(string.Join("\n", entry.Paragraphs), item.GetProperty("text").GetString());

            if (entry.Source is not { } source)
            {
                Assert.False(item.TryGetProperty("source", out _), $"{entry.Title}: a source it does not have");
                continue;
            }
            var exported = item.GetProperty("source");
            Assert.Equal(source.Url, Optional(exported, "url"));
            Assert.Equal(source.Channel, Optional(exported, "channel"));
            Assert.Equal(source.Sha256, Optional(exported, "sha256"));
            Assert.Equal(source.Note, Optional(exported, "note"));
            var record = exported.TryGetProperty("record", out var fields)
                ? fields.EnumerateArray().Select(f => new KeyValuePair<string, string>(f.GetProperty("field").GetString()!, f.GetProperty("value").GetString()!)).ToList()
                : [];
            Assert.Equal(source.Record, record);
            Assert.Equal(source.File is null ? null : BrowseTestContent.BaseUrl + source.File, Optional(exported, "raw_text"));
            if (source.File is not null)
                Assert.Equal(source.Raw, File.ReadAllBytes(Path.Combine(Site.Root, Optional(exported, "raw_text")![BrowseTestContent.BaseUrl.Length..])));
        }
    }
}
