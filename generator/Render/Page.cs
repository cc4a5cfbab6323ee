using System.Text;

namespace StatementArchive.Render;

/// <summary>A finished output file, as the UTF-8 bytes to write.</summary>
/// <remarks>
/// A rendered page's bytes lie in its rendering thread's buffer, which the thread's next page reuses: a
/// 10,000-statement site is 400 MB of pages, and a new array (or string) for each would be that much
/// more for the collector. Its <see cref="Hints"/> are the thread's too. So a sink reads a page during
/// <see cref="IPageSink.Add(Page)"/>, and one that holds on to it keeps <see cref="Kept"/>.
/// </remarks>
public sealed class Page(string path, ReadOnlyMemory<byte> utf8, string? contentPath)
{
    /// <summary>A page made as text (a search shard); its bytes are its own.</summary>
    public Page(string path, string text, string? contentPath) : this(path, Encoding.UTF8.GetBytes(text), contentPath)
    {
    }

    /// <summary>Relative to the site root, forward slashes.</summary>
    public string Path { get; } = path;

    public ReadOnlyMemory<byte> Utf8 { get; } = utf8;

    /// <summary>The content file the page shows, if any (for error messages).</summary>
    public string? ContentPath { get; } = contentPath;

    /// <summary>Lets the link check skip what cannot hold a link; null: read the whole page.</summary>
    public LinkHints? Hints { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);

    /// <summary>The page as text, decoded anew on each read (for reading its links when the hints are not enough).</summary>
    public string Text => Encoding.UTF8.GetString(Utf8.Span);

    /// <summary>This page with a copy of its bytes, for a sink that keeps pages past <see cref="IPageSink.Add(Page)"/>.</summary>
    public Page Kept() => new(Path, Utf8.ToArray(), ContentPath) { Hints = Hints?.Copy() };
}
