namespace StatementArchive.Render;

/// <summary>
/// The full-text index of the site before it is cut into script files: one entry per statement (in
/// the model's order, newest first, so a document id is also a date rank), every term with its
/// encoded postings in ordinal order, each statement's weighted length (for BM25), and the bounded
/// text each statement's snippets are cut from (<see cref="SearchPassageBuilder"/>).
/// </summary>
public sealed record SearchIndex(
    IReadOnlyList<SearchDocument> Documents,
    IReadOnlyList<string> Issuers,
    IReadOnlyList<SearchTerm> Terms,
    IReadOnlyList<int> Lengths,
    IReadOnlyList<string> Passages);
