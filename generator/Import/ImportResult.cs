namespace StatementArchive.Import;

/// <summary>
/// The outcome of importing one raw statement. On success <see cref="FrontMatter"/>,
/// <see cref="RelativePath"/> (e.g. <c>statements/2022/2022-09-22-x.md</c>, relative to the content
/// folder) and <see cref="Markdown"/> (the whole file) are set; otherwise <see cref="Errors"/> says why.
/// </summary>
public sealed record ImportResult(
    ImportedFrontMatter? FrontMatter,
    string Body,
    string? RelativePath,
    string? Markdown,
    ImportReport Report,
    IReadOnlyList<ImportError> Errors)
{
    public bool Succeeded => Errors.Count == 0 && FrontMatter is not null;
}
