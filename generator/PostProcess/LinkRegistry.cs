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
    // Links that climb to the site root (see AddPage), by their text.
    private readonly ConcurrentDictionary<string, Target> _fromRoot = new(StringComparer.Ordinal);

    public void AddFile(string path) => _files.TryAdd(path, null);

    public void AddPage(Page page, PageScanner.Scan scan)
    {
        _files[page.Path] = scan.Ids;
        var folder = page.Path[..(page.Path.LastIndexOf('/') + 1)];
        var depth = folder.AsSpan().Count('/');
        var where = page.ContentPath ?? $"_site/{page.Path}";
        var ownIds = scan.Ids.GetAlternateLookup<ReadOnlySpan<char>>();
        HashSet<string>? resolved = null;
        foreach (var link in scan.Links)
        {
            // A page's own fragments (every paragraph's link) are looked up as they stand.
            if (link.StartsWith('#') && !link.Contains('%'))
            {
                if (link.Length > 1 && !ownIds.Contains(link.AsSpan(1)) && (resolved ??= new(StringComparer.Ordinal)).Add(link))
                    NoOwnId(where, page, link, link[1..]);
                continue;
            }
            // Most other links climb to the site root and down again (navigation, tags, related statements):
            // from every page at this depth the same link leads to the same place, so it is resolved once.
            var fromRoot = UpCount(link) == depth;
            if (fromRoot && _fromRoot.TryGetValue(link, out var known))
            {
                Check(known, page, scan.Ids, where, link);
                continue;
            }
            if (!(resolved ??= new(StringComparer.Ordinal)).Add(link)) continue;
            var (target, fragment, problem) = Resolve(link, folder, page.Path);
            if (problem is not null) _broken.Enqueue((where, $"page {page.Path}: link \"{link}\" {problem}"));
            else if (target is not null)
                Check(fromRoot ? _fromRoot.GetOrAdd(link, new Target(target, fragment)) : new Target(target, fragment), page, scan.Ids, where, link);
        }
    }

    /// <summary>A link's target within the site, and whether some page's link to it awaits <see cref="Verify"/>.</summary>
    private sealed class Target(string path, string fragment)
    {
        public string Path { get; } = path;
        public string Fragment { get; } = fragment;
        public bool Noted { get; set; }
    }

    /// <summary>A link within its own page is checked at once; one to another file is noted for <see cref="Verify"/>.</summary>
    private void Check(Target target, Page page, HashSet<string> ids, string where, string link)
    {
        if (target.Path == page.Path)
        {
            if (target.Fragment.Length > 0 && !ids.Contains(target.Fragment)) NoOwnId(where, page, link, target.Fragment);
        }
        else if (!target.Noted)
        {
            // Most targets (the stylesheet, the tag pages) were noted by an earlier page: a lock-free look
            // first, since adding takes a lock even when the key is there, and every page thread contends for it.
            if (!_pending.ContainsKey((target.Path, target.Fragment))) _pending.TryAdd((target.Path, target.Fragment), (where, page.Path, link));
            target.Noted = true;
        }
    }

    private void NoOwnId(string where, Page page, string link, string fragment) =>
        _broken.Enqueue((where, $"page {page.Path}: link \"{link}\" has no target: no id \"{fragment}\" on this page"));

    /// <summary>How many "../" the link starts with.</summary>
    private static int UpCount(string link)
    {
        var up = 0;
        while (link.AsSpan(3 * up).StartsWith("../")) up++;
        return up;
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
