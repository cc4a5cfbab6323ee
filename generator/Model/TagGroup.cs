namespace StatementArchive.Model;

/// <summary>A tag and the statements carrying it (positions in <see cref="SiteModel.Statements"/>, newest first).</summary>
public sealed record TagGroup(string Slug, string Label, IReadOnlyList<int> Statements);
