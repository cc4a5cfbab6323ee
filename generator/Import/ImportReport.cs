namespace StatementArchive.Import;

/// <summary>What one import dropped, repaired and guessed, and where each metadata value came from.</summary>
public sealed record ImportReport(
    IReadOnlyList<DroppedText> Dropped,
    IReadOnlyList<ReportNote> Repaired,
    IReadOnlyList<ReportNote> Unsure,
    IReadOnlyList<MetadataOrigin> Origins);
