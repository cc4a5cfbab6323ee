namespace StatementArchive.Model;

/// <summary>A tag and the statements carrying it (positions in <see cref="SiteModel.Statements"/>, newest first).</summary>
/// <param name="Description">From content/tags.yml; empty for a tag it does not describe.</param>
public sealed record TagGroup(string Slug, string Label, string Description, IReadOnlyList<int> Statements);
