namespace StatementArchive.Import;

/// <summary>The blocks before the statement (mined, then dropped), the statement itself, and the blocks after it.</summary>
public sealed record StatementRegions(
    IReadOnlyList<TextBlock> Header,
    IReadOnlyList<TextBlock> Body,
    IReadOnlyList<TextBlock> Trailer);
