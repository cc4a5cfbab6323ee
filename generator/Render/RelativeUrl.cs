namespace StatementArchive.Render;

/// <summary>
/// Links between pages are relative, so the same build works at a domain root, under a sub-path
/// (https://owner.github.io/repo/) and from disk. Site paths never start with '/'; folders end with '/'.
/// </summary>
public static class RelativeUrl
{
    /// <param name="fromFolder">Folder of the page holding the link, e.g. <c>statements/2022/x/</c>, or "" for the root.</param>
    /// <param name="target">Site path of the target, e.g. <c>tags/ukraine/</c>, <c>style.css</c>, or "" for the home page.</param>
    public static string Between(string fromFolder, string target)
    {
        var depth = fromFolder.AsSpan().Count('/');
        var url = string.Concat(Up(depth), target);
        return url.Length == 0 ? "./" : url;
    }

    /// <summary>"../" repeated: every link of every page starts with one of these.</summary>
    private static readonly string[] UpTo = [.. Enumerable.Range(0, 16).Select(Repeated)];

    private static string Up(int depth) => depth < UpTo.Length ? UpTo[depth] : Repeated(depth);

    private static string Repeated(int depth) => string.Concat(Enumerable.Repeat("../", depth));

    /// <summary>Resolves <paramref name="relative"/> (may hold ../) against a folder; null when it climbs above the root.</summary>
    public static string? Resolve(string folder, string relative)
    {
        // The link check resolves every relative link of every page: the usual shape (some "../", then a
        // path with no dot or empty segments, from a tidy folder) is cut from the strings directly.
        var up = 0;
        while (relative.AsSpan(3 * up).StartsWith("../")) up++;
        var rest = relative.AsSpan(3 * up);
        if (IsPlain(rest) && IsPlain(folder) && (folder.Length == 0 || folder.EndsWith('/')))
        {
            var keep = folder.Length;
            for (var i = 0; i < up; i++)
            {
                if (keep == 0) return null;
                keep = folder.LastIndexOf('/', keep - 2) + 1;
            }
            return string.Concat(folder.AsSpan(0, keep), rest);
        }
        return BySegments(folder, relative);
    }

    /// <summary>No "." or ".." segment and no empty one but at the end.</summary>
    private static bool IsPlain(ReadOnlySpan<char> path) =>
        !path.StartsWith("/") && !path.Contains("//", StringComparison.Ordinal) && !path.StartsWith("./") && !path.Contains("/./", StringComparison.Ordinal)
        && !path.Contains("/../", StringComparison.Ordinal) && !path.EndsWith("/.") && !path.EndsWith("/..") && path is not ("." or "..")
        && !path.StartsWith("../");

    /// <summary>Resolves segment by segment: what <see cref="Resolve"/> does whatever the shape.</summary>
    internal static string? BySegments(string folder, string relative)
    {
        var parts = new List<string>(folder.Split('/', StringSplitOptions.RemoveEmptyEntries));
        var segments = relative.Split('/');
        for (var i = 0; i < segments.Length; i++)
        {
            switch (segments[i])
            {
                case "" or "." when i < segments.Length - 1:
                    continue;
                case "..":
                    if (parts.Count == 0) return null;
                    parts.RemoveAt(parts.Count - 1);
                    if (i == segments.Length - 1) parts.Add("");
                    break;
                default:
                    parts.Add(segments[i] == "." ? "" : segments[i]);
                    break;
            }
        }
        return string.Join('/', parts);
    }
}
