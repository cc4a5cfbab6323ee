namespace StatementArchive.Render;

/// <summary>A finished output file. Text pages keep their text until Output encodes them.</summary>
/// <param name="Path">Relative to the site root, forward slashes.</param>
public sealed record Page(string Path, string Text, string? ContentPath)
{
    /// <summary>Lets the link check skip what cannot hold a link; null: read the whole page.</summary>
    public LinkHints? Hints { get; init; }

    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
