namespace StatementArchive.Render.Views;

/// <summary>Links between the pages of a long list; null on a list that fits one page.</summary>
public sealed record PagerView(int Current, int Total, string? PreviousUrl, string? NextUrl, IReadOnlyList<PagerLinkView> Pages);

public sealed record PagerLinkView(int Number, string Url, bool IsCurrent);
