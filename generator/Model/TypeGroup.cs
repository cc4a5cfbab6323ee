using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>A type of statement and its statements (positions in <see cref="SiteModel.Statements"/>, newest first).</summary>
public sealed record TypeGroup(StatementType Type, IReadOnlyList<int> Statements);
