using AngleSharp.Html.Parser;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>Reads a built site from disk for assertions, independently of the generator's own code.</summary>
public sealed class BuiltSite(string root)
{
    public string Root { get; } = root;

    public IEnumerable<string> HtmlFiles() =>
        Directory.EnumerateFiles(Root, "*.html", SearchOption.AllDirectories).Order(StringComparer.Ordinal);

    public string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    public AngleSharp.Html.Dom.IHtmlDocument Parse(string relativePath) => new HtmlParser().ParseDocument(Read(relativePath));

    /// <summary>
    /// Every href and src of every page, resolved the way a browser resolves it from disk
    /// (System.Uri against the page's file URL), that does not reach a file or an element id.
    /// </summary>
    public List<string> BrokenLinks()
    {
        var parser = new HtmlParser();
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        var links = new List<(string Page, Uri Target, string Raw)>();
        foreach (var file in HtmlFiles())
        {
            var document = parser.ParseDocument(File.ReadAllText(file));
            ids[file] = document.All.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var pageUri = new Uri(file);
            foreach (var element in document.All)
            {
                foreach (var raw in new[] { element.GetAttribute("href"), element.GetAttribute("src") }.OfType<string>())
                {
                    if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto") continue;
                    links.Add((file, new Uri(pageUri, raw), raw));
                }
            }
        }

        var broken = new List<string>();
        foreach (var (page, target, raw) in links)
        {
            var path = Uri.UnescapeDataString(target.AbsolutePath);
            if (Directory.Exists(path)) path = Path.Combine(path, "index.html");
            var where = Path.GetRelativePath(Root, page);
            if (!path.StartsWith(Root, StringComparison.Ordinal)) broken.Add($"{where}: {raw} leaves the site");
            else if (!File.Exists(path)) broken.Add($"{where}: {raw} → missing {Path.GetRelativePath(Root, path)}");
            else if (target.Fragment.Length > 1 && path.EndsWith(".html", StringComparison.Ordinal))
            {
                if (!ids.TryGetValue(path, out var targetIds))
                    targetIds = parser.ParseDocument(File.ReadAllText(path)).All.Select(e => e.Id).OfType<string>().ToHashSet();
                if (!targetIds.Contains(Uri.UnescapeDataString(target.Fragment[1..])))
                    broken.Add($"{where}: {raw} → no such anchor");
            }
        }
        return broken;
    }
}
