namespace StatementArchive.Render.Views;

public sealed record SitemapView(IReadOnlyList<SitemapEntryView> Urls);

public sealed record SitemapEntryView(string Url);
