namespace StatementArchive.Import;

/// <summary>How a file writes its numeric dates, day or month first, and the evidence for it (for the report).</summary>
public sealed record DateOrder(bool DayFirst, string Why);
