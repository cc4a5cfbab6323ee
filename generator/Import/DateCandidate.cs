namespace StatementArchive.Import;

/// <summary>A date found in the raw text, how much it can be trusted as the issue date (lower is better), and where.</summary>
public sealed record DateCandidate(DateOnly Date, int Rank, int Line, string Evidence);
