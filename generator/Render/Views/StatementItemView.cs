namespace StatementArchive.Render.Views;

/// <summary>
/// A statement as a line in a list (home, year, tag, related, previous/next). <see cref="Lang"/> is the
/// statement's language, marked on every item so a screen reader reads a French title in French on an
/// English list (WCAG 3.1.2); always present, so templates hold no condition inside a tag.
/// </summary>
public sealed record StatementItemView(
    string Title,
    string Url,
    string DateIso,
    string DateText,
    string Issuer,
    string Type,
    string? Reference,
    string Excerpt,
    string Lang);
