namespace StatementArchive.Import;

/// <summary>
/// A date found in a text, where it stands, and, for a numeric date whose order was a choice, why
/// that reading was chosen (null when the text settles it).
/// </summary>
public sealed record FoundDate(DateOnly Date, int Index, int Length, string? Doubt = null);
