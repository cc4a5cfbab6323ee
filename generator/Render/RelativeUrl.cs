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
        var depth = 0;
        foreach (var c in fromFolder)
            if (c == '/') depth++;
        var url = string.Concat(Enumerable.Repeat("../", depth)) + target;
        return url.Length == 0 ? "./" : url;
    }

    /// <summary>Resolves <paramref name="relative"/> (may hold ../) against a folder; null when it climbs above the root.</summary>
    public static string? Resolve(string folder, string relative)
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
