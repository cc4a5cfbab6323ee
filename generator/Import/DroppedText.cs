namespace StatementArchive.Import;

/// <summary>Text the importer removed, with the 1-based raw line it started on and why.</summary>
public sealed record DroppedText(int Line, string Text, string Reason);
