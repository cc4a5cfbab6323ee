namespace StatementArchive.Render.Views;

/// <summary>
/// A page that lists things: home, archive, year, tag, issuer and type pages and their indexes.
/// Each template uses the lists it needs; the others are empty.
/// </summary>
/// <param name="Months">On a year page: the page's items grouped by month.</param>
/// <param name="Groups">On an issuer or type index: the issuers or types.</param>
/// <param name="Timeline">On a tag page: statements per year, oldest first.</param>
/// <param name="FeedUrl">On a tag page: its own Atom feed.</param>
public sealed record ListPageView(
    LayoutView Layout,
    string Heading,
    string Intro,
    IReadOnlyList<StatementItemView> Items,
    IReadOnlyList<YearLinkView> Years,
    IReadOnlyList<TagLinkView> Tags)
{
    public PagerView? Pager { get; init; }
    public IReadOnlyList<MonthGroupView> Months { get; init; } = [];
    public IReadOnlyList<GroupLinkView> Groups { get; init; } = [];
    public IReadOnlyList<TimelineBarView> Timeline { get; init; } = [];
    public string? FeedUrl { get; init; }
}
