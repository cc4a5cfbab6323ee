using StatementArchive.Render;

namespace StatementArchive.Serve;

/// <summary>
/// Writes the few files an incremental update makes straight into the served folder. Each file is written
/// beside its target and renamed over it, so a request never reads half a page.
/// </summary>
public sealed class LiveSiteWriter(string siteDirectory) : IPageSink
{
    public void Add(Page page) => Replace(page.Path, stream => stream.Write(page.Utf8.Span));

    public void Add(StaticFile file) => Replace(file.Path, file.WriteTo);

    /// <summary>Deletes files a rewrite no longer makes (say search shards after the index was split differently).</summary>
    public void DeleteOthers(string folder, IReadOnlySet<string> kept)
    {
        var full = Path.Combine(siteDirectory, folder);
        if (!Directory.Exists(full)) return;
        foreach (var file in Directory.EnumerateFiles(full, "*", SearchOption.AllDirectories).ToList())
        {
            var relative = Path.GetRelativePath(siteDirectory, file).Replace('\\', '/');
            if (!kept.Contains(relative)) File.Delete(file);
        }
    }

    private void Replace(string relativePath, Action<Stream> write)
    {
        var target = Path.GetFullPath(Path.Combine(siteDirectory, relativePath));
        if (!target.StartsWith(Path.GetFullPath(siteDirectory) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path {relativePath} leaves the site folder");
        Directory.CreateDirectory(Path.GetDirectoryName(target)!);
        var aside = target + ".serve-tmp";
        using (var stream = new FileStream(aside, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16))
            write(stream);
        File.Move(aside, target, overwrite: true);
    }
}
