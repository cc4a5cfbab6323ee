namespace StatementArchive.Render;

/// <summary>A finished output file. Text pages keep their text until Output encodes them.</summary>
/// <param name="Path">Relative to the site root, forward slashes.</param>
public sealed record Page(string Path, string Text, string? ContentPath)
{
    public bool IsHtml => Path.EndsWith(".html", StringComparison.Ordinal);
}
