namespace StatementArchive.Import;

/// <summary>Collects report entries while the passes run; each pass adds what it did.</summary>
public sealed class ImportReportBuilder
{
    private readonly List<DroppedText> _dropped = [];
    private readonly List<ReportNote> _repaired = [];
    private readonly List<ReportNote> _unsure = [];
    private readonly List<MetadataOrigin> _origins = [];

    public void Dropped(int line, string text, string reason)
    {
        if (!string.IsNullOrWhiteSpace(text))
            _dropped.Add(new DroppedText(line, text.Trim(), reason));
    }

    public void Dropped(TextBlock block, string reason)
    {
        foreach (var line in block.Lines)
            Dropped(line.Number, line.Text, reason);
    }

    public void Repaired(int line, string message) => _repaired.Add(new ReportNote(line, message));

    public void Unsure(int line, string message) => _unsure.Add(new ReportNote(line, message));

    public void Origin(string field, int line, string evidence) =>
        _origins.Add(new MetadataOrigin(field, line, evidence.Trim()));

    /// <summary>Lines that gave metadata so far, with the fields they gave ("date, reference").</summary>
    public IReadOnlyDictionary<int, string> OriginLines() =>
        _origins.Where(o => o.Line > 0)
            .GroupBy(o => o.Line)
            .ToDictionary(g => g.Key, g => string.Join(", ", g.Select(o => o.Field)));

    // Sorted by line so the report reads top to bottom like the raw file, whatever order the passes ran in.
    public ImportReport Build() => new(
        _dropped.OrderBy(d => d.Line).ToList(),
        _repaired.OrderBy(r => r.Line).ToList(),
        _unsure.OrderBy(u => u.Line).ToList(),
        _origins.ToList());
}
