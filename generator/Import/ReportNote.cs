namespace StatementArchive.Import;

/// <summary>Something the importer guessed or repaired, at a 1-based raw line, for a human to check.</summary>
public sealed record ReportNote(int Line, string Message);
