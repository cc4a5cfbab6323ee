namespace StatementArchive.Render.Views;

/// <param name="Months">Months with statements, each linking to its place on the year's pages; empty where not shown.</param>
public sealed record YearLinkView(int Year, int Count, string Url, IReadOnlyList<GroupLinkView> Months);
