namespace StatementArchive.Render.Views;

/// <summary>An Atom feed. Times are RFC 3339 from statement dates, never the clock, so builds repeat byte for byte.</summary>
public sealed record FeedView(string Title, string Id, string SelfUrl, string SiteUrl, string Updated, IReadOnlyList<FeedEntryView> Entries);

/// <param name="ContentHtml">The body as HTML text; the template escapes it (Atom type="html").</param>
public sealed record FeedEntryView(
    string Title,
    string Url,
    string Published,
    string Updated,
    string Issuer,
    string Language,
    string Summary,
    string ContentHtml,
    IReadOnlyList<string> Categories);
