namespace StatementArchive.Render.Views;

/// <summary>
/// A page that lists things: home, archive, year, tag index, tag. Each template uses the lists it
/// needs; the others are empty.
/// </summary>
public sealed record ListPageView(
    LayoutView Layout,
    string Heading,
    string Intro,
    IReadOnlyList<StatementItemView> Items,
    IReadOnlyList<YearLinkView> Years,
    IReadOnlyList<TagLinkView> Tags);
