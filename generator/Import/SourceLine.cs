namespace StatementArchive.Import;

/// <summary>One line of the normalised raw text with its 1-based line number in the raw file.</summary>
public sealed record SourceLine(int Number, string Text);
