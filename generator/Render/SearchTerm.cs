namespace StatementArchive.Render;

/// <summary>One term of the index and the documents it occurs in.</summary>
/// <param name="Postings">As written by <see cref="PostingEncoder"/>.</param>
public sealed record SearchTerm(string Term, string Postings);
