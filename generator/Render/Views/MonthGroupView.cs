namespace StatementArchive.Render.Views;

/// <summary>The statements of one month on a year page; <see cref="Id"/> (e.g. <c>m09</c>) is the anchor the archive links to.</summary>
public sealed record MonthGroupView(string Id, string Heading, IReadOnlyList<StatementItemView> Items);
