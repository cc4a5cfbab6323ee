using System.Collections.Concurrent;
using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>
/// Checks every internal href and src of every page as pages stream past: a link within its own page
/// is checked at once; a link to another file is noted (once per distinct target) and checked when the
/// whole site has passed, against the files and ids actually produced. External links are not followed
/// (no network). A broken link is reported against the content file its page was made from, or the page.
/// </summary>
public sealed class LinkRegistry(string baseUrl, bool offline)
{
    private readonly string _basePath = new Uri(baseUrl).AbsolutePath;
    private readonly ConcurrentDictionary<string, HashSet<string>?> _files = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<(string Target, string Fragment), (string Where, string Page, string Link)> _pending = new();
    // Reported by Verify with the rest, so a broken link within a page does not hide one between pages.
    private readonly ConcurrentQueue<(string Where, string Message)> _broken = new();

    public void AddFile(string path) => _files.TryAdd(path, null);

    public void AddPage(Page page, PageScanner.Scan scan)
    {
        _files[page.Path] = scan.Ids;
        var folder = page.Path[..(page.Path.LastIndexOf('/') + 1)];
        var where = page.ContentPath ?? $"_site/{page.Path}";
        foreach (var link in scan.Links.Distinct(StringComparer.Ordinal))
        {
            var (target, fragment, problem) = Resolve(link, folder, page.Path);
            if (problem is not null) _broken.Enqueue((where, $"page {page.Path}: link \"{link}\" {problem}"));
            else if (target is null) continue;
            else if (target == page.Path)
            {
                if (fragment.Length > 0 && !scan.Ids.Contains(fragment))
                    _broken.Enqueue((where, $"page {page.Path}: link \"{link}\" has no target: no id \"{fragment}\" on this page"));
            }
            // Most targets (the stylesheet, the tag pages) were noted by an earlier page: a lock-free look
            // first, since adding takes a lock even when the key is there, and every page thread contends for it.
            else if (!_pending.ContainsKey((target, fragment))) _pending.TryAdd((target, fragment), (where, page.Path, link));
        }
    }

    /// <summary>Once every file has been added: links to files or ids that do not exist.</summary>
    public void Verify(DiagnosticBag diagnostics)
    {
        foreach (var (where, message) in _broken) diagnostics.Add(where, 1, 0, message);
        foreach (var ((target, fragment), (where, page, link)) in _pending)
        {
            if (!_files.TryGetValue(target, out var ids))
                diagnostics.Add(where, 1, 0, $"page {page}: link \"{link}\" leads to {target}, which the build does not contain");
            else if (fragment.Length > 0 && ids is not null && !ids.Contains(fragment))
                diagnostics.Add(where, 1, 0, $"page {page}: link \"{link}\" has no target: {target} has no id \"{fragment}\"");
        }
    }

    /// <returns>The site path and fragment the link leads to; a null target for an external link; or why it is broken.</returns>
    private (string? Target, string Fragment, string? Problem) Resolve(string link, string folder, string pagePath)
    {
        if (link.Length == 0) return (null, "", "is empty");
        var hashAt = link.IndexOf('#');
        var path = hashAt < 0 ? link : link[..hashAt];
        var fragment = hashAt < 0 ? "" : Uri.UnescapeDataString(link[(hashAt + 1)..]);
        var queryAt = path.IndexOf('?');
        if (queryAt >= 0) path = path[..queryAt];

        string? target;
        // In the offline copy, the web address is another place (the canonical link, "the archive online").
        if (path.StartsWith(baseUrl, StringComparison.Ordinal) && !offline) target = path[baseUrl.Length..];
        else if (path.StartsWith("//", StringComparison.Ordinal) || path.Contains(':')) return (null, "", null);
        else if (path.StartsWith('/'))
        {
            if (!path.StartsWith(_basePath, StringComparison.Ordinal)) return (null, "", $"points outside the site's base path {_basePath}");
            target = path[_basePath.Length..];
        }
        else if (path.Length == 0) target = pagePath;
        else target = RelativeUrl.Resolve(folder, Uri.UnescapeDataString(path));

        if (target is null) return (null, "", "climbs above the site root");
        if (target.Length == 0 || target.EndsWith('/'))
        {
            if (offline && path.Length > 0) return (null, "", "points at a folder, which a browser cannot open from disk; link to its index.html");
            target += "index.html";
        }
        return (target, fragment, null);
    }
}
