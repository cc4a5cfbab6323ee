namespace StatementArchive.Render;

/// <summary>A statement body turned into HTML, with the plain-text excerpt lists and feeds show.</summary>
public sealed record RenderedBody(Html Html, string Excerpt);
