using StatementArchive.Domain;

namespace StatementArchive.Import;

/// <summary>The front matter the importer writes, in the order it is written.</summary>
public sealed record ImportedFrontMatter(
    string Title,
    DateOnly Date,
    string Issuer,
    StatementType Type,
    string? Reference,
    string? Location,
    string Language,
    IReadOnlyList<string> Tags,
    SourceInfo Source);
