namespace StatementArchive.Domain;

/// <summary>
/// Where a statement's text came from: the raw file kept under content/sources/, its checksum,
/// and whatever record data the source carried (ids, categories, an editor's note).
/// </summary>
public sealed record SourceInfo(
    string? File,
    string? Sha256,
    string? Url,
    string? Channel,
    string? Note,
    IReadOnlyList<KeyValuePair<string, string>> Record);
