namespace StatementArchive.Domain;

/// <summary>One statement as loaded and validated from content/statements/.</summary>
/// <param name="ContentPath">Path as diagnostics show it (relative to the working directory), forward slashes.</param>
/// <param name="ContentFile">Path relative to the content folder, e.g. <c>statements/2022/2022-09-22-x.md</c>.</param>
/// <param name="SitePath">Folder of its page relative to the site root, e.g. <c>statements/2022/2022-09-22-x/</c>.</param>
/// <param name="BodyLine">1-based line in the content file where the Markdown body starts.</param>
public sealed record Statement(
    string ContentPath,
    string ContentFile,
    string SitePath,
    string Title,
    DateOnly Date,
    string Issuer,
    StatementType Type,
    string? Reference,
    string? Location,
    string Language,
    IReadOnlyList<string> Tags,
    string? Summary,
    DateOnly? Updated,
    IReadOnlyList<string> Aliases,
    SourceInfo? Source,
    string Body,
    int BodyLine);
