namespace StatementArchive.Import;

/// <summary>A header line that could be the title, and how prominently it was set.</summary>
public sealed record TitleCandidate(string Text, int Score, int Line);
