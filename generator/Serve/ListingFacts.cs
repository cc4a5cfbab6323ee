using StatementArchive.Domain;

namespace StatementArchive.Serve;

/// <summary>
/// What places a statement among the others: its address, order (date, title, file), groups (year, tags,
/// issuer, type), what lists show of it besides the excerpt, and what other statements' text can name it by
/// (reference, title, date). While these stay the same, every list keeps its order and every page its path.
/// The raw source file is included: changing it means publishing (and checking) another file.
/// </summary>
public static class ListingFacts
{
    public static bool Same(Statement a, Statement b) => SameButTitle(a, b) && a.Title == b.Title;

    /// <summary>
    /// All but the title, which <see cref="TitleChange"/> can check on its own: it moves the statement only
    /// among those of its day, and names it for the texts that quote it.
    /// </summary>
    public static bool SameButTitle(Statement a, Statement b) =>
        a.ContentFile == b.ContentFile
        && a.SitePath == b.SitePath
        && a.Aliases.SequenceEqual(b.Aliases, StringComparer.Ordinal)
        && a.Date == b.Date
        && a.Issuer == b.Issuer
        && a.Type == b.Type
        && a.Tags.SequenceEqual(b.Tags, StringComparer.Ordinal)
        && a.Language == b.Language
        && a.Reference == b.Reference
        && a.Source?.File == b.Source?.File
        && a.Source?.Sha256 == b.Source?.Sha256;
}
