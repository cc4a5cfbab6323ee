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

/// <summary>What a result line shows and what the filters test, with no body text.</summary>
/// <param name="SitePath">The statement page's folder from the site root, e.g. <c>statements/2022/x/</c>; search.js makes the link.</param>
/// <param name="Date">yyyymmdd as a number: short in the manifest and compared as is.</param>
/// <param name="Type">Position in <see cref="Domain.StatementTypes"/>' order (the enum value).</param>
/// <param name="Issuer">Position in <see cref="SearchIndex.Issuers"/>.</param>
public sealed record SearchDocument(string Title, string SitePath, int Date, int Type, int Issuer, string Reference);

/// <param name="Postings">As written by <see cref="PostingEncoder"/>.</param>
public sealed record SearchTerm(string Term, string Postings);
