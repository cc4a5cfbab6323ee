namespace StatementArchive.Import;

/// <summary>What the trailer carried that is worth keeping: record fields (label slug → value) and an editor's note.</summary>
public sealed record TrailerRecord(IReadOnlyList<KeyValuePair<string, string>> Fields, string? Note);
