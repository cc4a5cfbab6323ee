namespace StatementArchive.Render;

/// <summary>A statement body turned into HTML, with the plain-text excerpt lists and feeds show.</summary>
/// <param name="PlainText">The whole body as text, one block per line, from the same parse as the HTML (for search and exports).</param>
public sealed record RenderedBody(Html Html, string Excerpt, string PlainText)
{
    /// <summary>Put in place of the HTML once the page that shows it has taken it (see SiteRenderer).</summary>
    public static readonly Html Released = new("");
}
