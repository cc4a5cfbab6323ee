namespace StatementArchive.Model;

/// <summary>An issuer and its statements (positions in <see cref="SiteModel.Statements"/>, newest first).</summary>
/// <param name="Slug">URL name, unique among issuers.</param>
public sealed record IssuerGroup(string Slug, string Name, IReadOnlyList<int> Statements);
