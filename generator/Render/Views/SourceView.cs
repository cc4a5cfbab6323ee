namespace StatementArchive.Render.Views;

/// <summary>Provenance shown under a statement.</summary>
public sealed record SourceView(
    string? Url,
    string? Channel,
    string? Sha256,
    string? Note,
    IReadOnlyList<RecordFieldView> Record);

public sealed record RecordFieldView(string Label, string Value);
