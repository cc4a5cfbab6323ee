namespace StatementArchive.Render;

/// <summary>What the Render stage gives Post-process: every page, and the static files beside them.</summary>
public sealed record RenderedSite(IReadOnlyList<Page> Pages, IReadOnlyList<StaticFile> StaticFiles);
