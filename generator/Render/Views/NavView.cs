namespace StatementArchive.Render.Views;

/// <summary>Links every page's header and footer need, already relative to that page.</summary>
public sealed record NavView(
    string Home,
    string Archive,
    string Tags,
    string Issuers,
    string Types,
    string Search,
    string Feed,
    string Stylesheet,
    string JsonFeed,
    string DataJson,
    string DataCsv);
