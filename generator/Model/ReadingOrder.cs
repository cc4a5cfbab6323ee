using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// The order of <see cref="SiteModel.Statements"/>: newest first, ties broken by title, then content file
/// (ordinal, so the order is the same on every machine). One definition, since `serve` checks that an edited
/// title leaves a statement where the build put it.
/// </summary>
public sealed class ReadingOrder : IComparer<Statement>
{
    public static readonly ReadingOrder Instance = new();

    private ReadingOrder() { }

    public int Compare(Statement? a, Statement? b)
    {
        if (ReferenceEquals(a, b)) return 0;
        if (a is null || b is null) return a is null ? -1 : 1;
        var byDate = b.Date.CompareTo(a.Date);
        if (byDate != 0) return byDate;
        var byTitle = string.CompareOrdinal(a.Title, b.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(a.ContentFile, b.ContentFile);
    }
}
