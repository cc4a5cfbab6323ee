namespace StatementArchive.Render;

/// <summary>
/// The full-text index of the site before it is cut into script files: one entry per statement (in
/// the model's order, newest first, so a document id is also a date rank), every term with its
/// encoded postings in ordinal order, and each body's plain text for result snippets.
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyList<string> Texts);
