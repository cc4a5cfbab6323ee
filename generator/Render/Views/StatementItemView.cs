namespace StatementArchive.Render.Views;

/// <summary>A statement as a line in a list (home, year, tag, related, previous/next).</summary>
public sealed record StatementItemView(
    string Title,
    string Url,
    string DateIso,
    string DateText,
    string Issuer,
    string Type,
    string? Reference,
    string Excerpt);
