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
    IReadOnlyList<KeyValuePair<string, string>> Record)
{
    /// <summary>What the importer removed from the raw text as boilerplate, one line each ("line 3 (cookie notice): …").</summary>
    public IReadOnlyList<string> Removed { get; init; } = [];

    /// <summary>Where the raw file is published: under sources/, whichever folder of content/ it sits in.</summary>
    public string? PublishedPath => File is null ? null : File.StartsWith("sources/", StringComparison.Ordinal) ? File : "sources/" + File;
}
