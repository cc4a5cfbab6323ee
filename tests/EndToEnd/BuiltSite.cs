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
    /// Every href and src of every page, resolved the way a browser resolves it from disk (System.Uri
    /// against the page's file URL), that does not reach a file or an element id. Root-absolute links
    /// (the 404 page's, which must work at any depth) resolve against the base path of the home
    /// page's canonical URL.
    /// </summary>
    /// <param name="offline">Also count a link to a folder as broken: opened from disk, a folder is a directory listing, not a page.</param>
    public List<string> BrokenLinks(bool offline = false)
    {
        var parser = new HtmlParser();
        var basePath = new Uri(Parse("index.html").QuerySelector("link[rel=canonical]")!.GetAttribute("href")!).AbsolutePath;
        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        HashSet<string> IdsOf(string file) =>
            ids.TryGetValue(file, out var known) ? known
            : ids[file] = parser.ParseDocument(File.ReadAllText(file)).All.Select(e => e.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);

        var broken = new List<string>();
        foreach (var page in HtmlFiles())
        {
            var where = Path.GetRelativePath(Root, page);
            var links = parser.ParseDocument(File.ReadAllText(page)).All
                .SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") })
                .OfType<string>();
            foreach (var raw in links)
            {
                if (Uri.TryCreate(raw, UriKind.Absolute, out var absolute) && absolute.Scheme is "http" or "https" or "mailto" or "data") continue;
                // System.Uri keeps '#' in the path of file URLs, so the fragment is split off by hand.
                var hashAt = raw.IndexOf('#');
                var pathPart = hashAt < 0 ? raw : raw[..hashAt];
                var fragment = hashAt < 0 ? "" : Uri.UnescapeDataString(raw[(hashAt + 1)..]);

                string path;
                if (pathPart.Length == 0) path = page;
                else if (pathPart.StartsWith('/'))
                {
                    if (!pathPart.StartsWith(basePath, StringComparison.Ordinal)) { broken.Add($"{where}: {raw} is outside the base path {basePath}"); continue; }
                    path = Path.Combine(Root, pathPart[basePath.Length..]);
                }
                else path = Uri.UnescapeDataString(new Uri(new Uri(page), pathPart).AbsolutePath);

                if (Directory.Exists(path))
                {
                    if (offline) { broken.Add($"{where}: {raw} is a folder"); continue; }
                    path = Path.Combine(path, "index.html");
                }
                if (!Path.GetFullPath(path).StartsWith(Root, StringComparison.Ordinal)) broken.Add($"{where}: {raw} leaves the site");
                else if (!File.Exists(path)) broken.Add($"{where}: {raw} → missing {Path.GetRelativePath(Root, path)}");
                else if (fragment.Length > 0 && !IdsOf(path).Contains(fragment)) broken.Add($"{where}: {raw} → no element with id {fragment}");
            }
        }
        return broken;
    }
}
