using AngleSharp.Html.Parser;
using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>
/// Reads every built page with AngleSharp and verifies each internal href and src: the target file
/// exists in the build and the #anchor exists on it. External links are not followed (no network).
/// A broken link is reported against the content file the page was made from, or the page itself.
/// </summary>
public static class LinkChecker
{
    private static readonly string[] LinkAttributes = ["href", "src"];

    public static void Check(IReadOnlyList<Page> pages, IReadOnlyList<StaticFile> staticFiles, string baseUrl, bool offline, DiagnosticBag diagnostics)
    {
        var html = pages.Where(p => p.IsHtml).ToList();
        var scanned = new PageLinks[html.Count];
        Parallel.For(0, html.Count, () => new HtmlParser(), (i, _, parser) =>
        {
            scanned[i] = Scan(parser, html[i].Text);
            return parser;
        }, _ => { });

        var ids = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        for (var i = 0; i < html.Count; i++) ids[html[i].Path] = scanned[i].Ids;
        var files = new HashSet<string>(pages.Select(p => p.Path).Concat(staticFiles.Select(f => f.Path)), StringComparer.Ordinal);
        var basePath = new Uri(baseUrl).AbsolutePath;

        Parallel.For(0, html.Count, i =>
        {
            var page = html[i];
            var folder = page.Path[..(page.Path.LastIndexOf('/') + 1)];
            foreach (var link in scanned[i].Links)
            {
                var problem = Problem(link, folder, page.Path, baseUrl, basePath, files, ids, offline);
                if (problem is not null)
                    diagnostics.Add(page.ContentPath ?? $"_site/{page.Path}", 1, 0, $"page {page.Path}: link \"{link}\" {problem}");
            }
        });
    }

    private sealed record PageLinks(HashSet<string> Ids, List<string> Links);

    private static PageLinks Scan(HtmlParser parser, string text)
    {
        var document = parser.ParseDocument(text);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
        foreach (var element in document.All)
        {
            if (element.Id is { Length: > 0 } id) ids.Add(id);
            if (element.LocalName == "a" && element.GetAttribute("name") is { Length: > 0 } name) ids.Add(name);
            foreach (var attribute in LinkAttributes)
                if (element.GetAttribute(attribute) is { } value) links.Add(value.Trim());
        }
        return new PageLinks(ids, links);
    }

    private static string? Problem(string link, string folder, string pagePath, string baseUrl, string basePath,
        HashSet<string> files, Dictionary<string, HashSet<string>> ids, bool offline)
    {
        if (link.Length == 0) return "is empty";
        var hashAt = link.IndexOf('#');
        var path = hashAt < 0 ? link : link[..hashAt];
        var fragment = hashAt < 0 ? null : Uri.UnescapeDataString(link[(hashAt + 1)..]);
        var queryAt = path.IndexOf('?');
        if (queryAt >= 0) path = path[..queryAt];

        string? target;
        // In the offline copy, the web address is another place (the canonical link, "the archive online").
        if (path.StartsWith(baseUrl, StringComparison.Ordinal) && !offline) target = path[baseUrl.Length..];
        else if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':')) return null; // external
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(basePath, StringComparison.Ordinal)) return $"points outside the site's base path {basePath}";
            target = path[basePath.Length..];
        }
        else if (path.Length == 0) target = pagePath;
        else target = RelativeUrl.Resolve(folder, Uri.UnescapeDataString(path));

        if (target is null) return "climbs above the site root";
        if (target.Length == 0 || target.EndsWith('/'))
        {
            if (offline && path.Length > 0) return "points at a folder, which a browser cannot open from disk; link to its index.html";
            target += "index.html";
        }
        if (!files.Contains(target)) return $"leads to {target}, which the build does not contain";
        if (fragment is { Length: > 0 } && ids.TryGetValue(target, out var targetIds) && !targetIds.Contains(fragment))
            return target == pagePath ? $"has no target: no id \"{fragment}\" on this page" : $"has no target: {target} has no id \"{fragment}\"";
        return null;
    }
}
