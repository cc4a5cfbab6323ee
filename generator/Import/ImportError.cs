namespace StatementArchive.Import;

/// <summary>Why a raw file could not be imported, at a 1-based line, phrased with the fix.</summary>
public sealed record ImportError(int Line, string Message);
