namespace StatementArchive.Render.Views;

/// <summary>Everything statement.html shows.</summary>
/// <param name="Older">The statement issued just before this one (null for the oldest).</param>
/// <param name="Newer">The statement issued just after this one (null for the newest).</param>
/// <param name="Related">By shared tags and issuer, leaving out those in <paramref name="Cites"/> and <paramref name="CitedBy"/>.</param>
/// <param name="Cites">Statements this one names in its text.</param>
/// <param name="CitedBy">Statements that name this one.</param>
public sealed record StatementPageView(
    LayoutView Layout,
    string Title,
    string DateIso,
    string DateText,
    string Issuer,
    string IssuerUrl,
    string Type,
    string TypeUrl,
    string? Reference,
    string? Location,
    string Language,
    Html Body,
    IReadOnlyList<TagLinkView> Tags,
    YearLinkView Year,
    StatementItemView? Older,
    StatementItemView? Newer,
    IReadOnlyList<StatementItemView> Related,
    IReadOnlyList<StatementItemView> Cites,
    IReadOnlyList<StatementItemView> CitedBy,
    SourceView? Source,
    CitationView Citation);
