namespace StatementArchive.Model;

/// <summary>A year of the archive; <see cref="Statements"/> are positions in <see cref="SiteModel.Statements"/>, newest first.</summary>
public sealed record YearGroup(int Year, IReadOnlyList<int> Statements);
