namespace StatementArchive.Render.Views;

/// <summary>One choice of a search filter: the value kept in the URL (?year=2022) and the label shown.</summary>
public sealed record FilterOptionView(string Value, string Label, int Count);
