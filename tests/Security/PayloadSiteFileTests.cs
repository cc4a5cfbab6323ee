using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;

namespace StatementArchive.Tests.Security;

/// <summary>
/// The payload site read from disk: the build succeeds, no page holds anything a browser would run
/// or fetch from elsewhere, the payloads are there as text, and every machine-readable file still parses.
/// </summary>
public sealed partial class PayloadSiteFileTests(PayloadSiteFixture site) : IClassFixture<PayloadSiteFixture>
{
    // The one data: URL the site writes itself: an empty favicon, so browsers do not guess /favicon.ico.
    private const string EmptyFavicon = "data:,";

    private static readonly string[] Embedders = ["iframe", "object", "embed", "frame", "frameset", "applet", "base"];

    private IEnumerable<string> Files(string pattern) =>
        Directory.EnumerateFiles(site.SiteRoot, pattern, SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    [Fact]
    public void Build_succeeds_with_a_payload_in_every_free_text_field()
    {
        site.AssertBuilt();
        Assert.True(Files("*.html").Count() > PayloadList.All.Count * 2);
    }

    [Fact]
    public void No_page_holds_script_handler_embed_or_foreign_scheme()
    {
        site.AssertBuilt();
        var parser = new HtmlParser();
        var problems = new List<string>();
        foreach (var file in Files("*.html"))
        {
            var where = Path.GetRelativePath(site.SiteRoot, file);
            var document = parser.ParseDocument(File.ReadAllText(file));
            foreach (var element in document.All)
            {
                foreach (var attribute in element.Attributes)
                {
                    if (attribute.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                        problems.Add($"{where}: <{element.LocalName} {attribute.Name}>");
                    if (attribute.Name is "href" or "src" or "action" or "formaction" or "xlink:href" or "srcdoc" or "poster" && IsForeignScheme(attribute.Value))
                        problems.Add($"{where}: <{element.LocalName} {attribute.Name}=\"{attribute.Value}\">");
                }
                if (element.LocalName == "script" && !element.HasAttribute("src"))
                    problems.Add($"{where}: inline <script>");
                if (Array.IndexOf(Embedders, element.LocalName) >= 0 || element.LocalName is "svg" or "math" or "style")
                    problems.Add($"{where}: <{element.LocalName}>");
                if (element.LocalName == "meta" && element.GetAttribute("http-equiv") is { } equiv && !equiv.Equals("Content-Security-Policy", StringComparison.OrdinalIgnoreCase))
                    problems.Add($"{where}: <meta http-equiv=\"{equiv}\">");
                // The search form is the site's own: it submits to its own page.
                if (element.LocalName == "form" && IsExternal(element.GetAttribute("action")))
                    problems.Add($"{where}: <form action={element.GetAttribute("action")}>");
                if (element.LocalName == "link" && element.GetAttribute("rel") is "stylesheet" or "import" or "preload" or "prefetch"
                    && IsExternal(element.GetAttribute("href")))
                    problems.Add($"{where}: <link rel={element.GetAttribute("rel")} href={element.GetAttribute("href")}>");
            }
        }
        Assert.True(problems.Count == 0, string.Join("\n", problems.Distinct().Take(50)));
    }

    /// <summary>A CommonMark autolink: a scheme, a colon and no space, in angle brackets.</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"^<[A-Za-z][A-Za-z0-9+.\-]{1,31}:[^\s<>]*>$")]
    private static partial System.Text.RegularExpressions.Regex Autolink();

    [Fact]
    public void Every_statement_page_shows_its_payload_as_text()
    {
        site.AssertBuilt();
        var parser = new HtmlParser();
        var payloads = PayloadList.All;
        for (var n = 0; n < payloads.Count; n++)
        {
            var page = PayloadContent.StatementPath(n).Replace(".md", "/index.html", StringComparison.Ordinal);
            var document = parser.ParseDocument(File.ReadAllText(Path.Combine(site.SiteRoot, page)));
            var payload = Published(payloads[n]);
            Assert.Contains($"Payload {n} {Visible(payload)}", Visible(document.QuerySelector("h1")!.TextContent), StringComparison.Ordinal);
            // Markdown link syntax in a payload (a link, an autolink) is Markdown, not text: its link is checked by the scheme test above.
            if (payloads[n].Contains("](", StringComparison.Ordinal) || Autolink().IsMatch(payloads[n])) continue;
            var body = Visible(document.QuerySelector(".body")!.TextContent);
            Assert.Contains($"First paragraph {n}: {Visible(payload)}", body, StringComparison.Ordinal);
            Assert.Contains($"<div class=\"raw\">{Visible(payload)}</div>", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Feeds_and_sitemap_stay_well_formed_xml()
    {
        site.AssertBuilt();
        var files = Files("*.xml").ToList();
        Assert.Contains(files, f => f.EndsWith("/tags/p0/feed.xml", StringComparison.Ordinal));
        foreach (var file in files)
        {
            var xml = XDocument.Load(file);
            Assert.NotNull(xml.Root);
        }
        var feed = XDocument.Load(Path.Combine(site.SiteRoot, "feed.xml"));
        var titles = feed.Root!.Elements().Where(e => e.Name.LocalName == "entry")
            .Select(e => e.Elements().First(t => t.Name.LocalName == "title").Value).ToList();
        Assert.Contains(titles, t => t.Contains("</title><script>window.__pwned=1</script>", StringComparison.Ordinal));
    }

    [Fact]
    public void Exports_and_search_data_parse_as_json()
    {
        site.AssertBuilt();
        using var export = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.SiteRoot, "statements.json")));
        var titles = Titles(export.RootElement).ToList();
        Assert.Contains(titles, t => t.Contains("<script>window.__pwned=1</script>", StringComparison.Ordinal));
        using var feed = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(site.SiteRoot, "feed.json")));
        Assert.Equal(JsonValueKind.Array, feed.RootElement.GetProperty("items").ValueKind);

        // Each search data file is one call archiveSearch.add("name", JSON); the JSON must parse on its own,
        // and no character in it may end the script early or start a line terminator in older engines.
        foreach (var file in Files("*.js").Where(f => f.Contains("/search/data/", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var open = text.IndexOf(',', StringComparison.Ordinal);
            Assert.StartsWith("archiveSearch.add(\"", text, StringComparison.Ordinal);
            Assert.EndsWith(");\n", text, StringComparison.Ordinal);
            using var data = JsonDocument.Parse(text[(open + 1)..^3]);
            Assert.DoesNotContain("</", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<!--", text, StringComparison.Ordinal);
            Assert.False(text.AsSpan().IndexOfAny('\u2028', '\u2029') >= 0, $"{file} holds a raw line or paragraph separator");
        }
    }

    private static IEnumerable<string> Titles(JsonElement root)
    {
        var items = root.ValueKind == JsonValueKind.Array ? root : root.EnumerateObject().First(p => p.Value.ValueKind == JsonValueKind.Array).Value;
        return items.EnumerateArray().Select(i => i.GetProperty("title").GetString() ?? "");
    }

    private static bool IsForeignScheme(string value)
    {
        var trimmed = new string(value.Where(c => c > ' ').ToArray()).ToLowerInvariant();
        return trimmed.StartsWith("javascript:", StringComparison.Ordinal) || trimmed.StartsWith("vbscript:", StringComparison.Ordinal)
            || (trimmed.StartsWith("data:", StringComparison.Ordinal) && value != EmptyFavicon);
    }

    private static bool IsExternal(string? href) => href is not null && (href.Contains("//", StringComparison.Ordinal) || href.Contains(':', StringComparison.Ordinal));

    /// <summary>A payload as pages show it: controls that XML cannot hold and HTML calls errors become U+FFFD.</summary>
    private static string Published(string text) =>
        string.Concat(text.Select(c => (c < ' ' && c is not ('\t' or '\n' or '\r')) || (c >= '\u007F' && c <= '\u009F') ? '\uFFFD' : c));

    /// <summary>Text as compared: whitespace runs as one space (Markdown and minifying fold them).</summary>
    private static string Visible(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
