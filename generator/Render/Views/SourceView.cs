namespace StatementArchive.Render.Views;

/// <summary>Provenance shown under a statement.</summary>
/// <param name="RawUrl">The raw text as captured, published beside the site; null when none was kept.</param>
/// <param name="RawName">Its file name.</param>
public sealed record SourceView(
    string? RawUrl,
    string? RawName,
    string? Url,
    string? Channel,
    string? Sha256,
    string? Note,
    IReadOnlyList<RecordFieldView> Record,
    IReadOnlyList<string> Removed);

public sealed record RecordFieldView(string Label, string Value);
