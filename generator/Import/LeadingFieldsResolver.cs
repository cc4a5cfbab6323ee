using StatementArchive.Domain;

namespace StatementArchive.Import;

/// <summary>
/// Metadata that the file states in its leading fields. Front matter and a record's header are the
/// publisher's own statement of the metadata, so they win over anything detected in the text; email
/// headers state nothing about the statement except a mailed date (a fallback) and a subject.
/// Stated fields the archive has no key for are kept under source.record.
/// </summary>
public sealed class LeadingFieldsResolver(LeadingFields leading)
{
    private static readonly string[] TitleKeys = ["title", "headline"];
    private static readonly string[] DateKeys = ["date", "issued", "date_issued", "issue_date"];
    private static readonly string[] ReferenceKeys = ["reference", "ref", "reference_number", "symbol"];
    private static readonly string[] IssuerKeys = ["issuer", "issued_by", "author"];
    private static readonly string[] TypeKeys = ["type", "document_type"];
    private static readonly string[] LocationKeys = ["location", "place"];
    private static readonly string[] UrlKeys = ["url", "link", "source_url"];

    // Keys the archive computes itself (or that only matter to another site's build): not record data.
    private static readonly HashSet<string> OwnKeys = new(StringComparer.Ordinal)
    {
        "tags", "slug", "summary", "aliases", "updated", "language", "lang", "draft", "layout", "weight", "categories",
    };

    public TitleCandidate? Title() => Stated(TitleKeys) is { } f ? new TitleCandidate(f.Value, int.MaxValue, f.Line) : null;

    public DateCandidate? Date(NumericDateReader? reader = null) =>
        Stated(DateKeys) is { } f && DateParser.FindAll(f.Value, reader) is [var first, ..] ? new DateCandidate(first.Date, 0, f.Line, f.Raw, first.Doubt) : null;

    /// <summary>An email's Sent/Date header: when it was mailed, ranked with "posted" and "updated" dates.</summary>
    public IEnumerable<DateCandidate> MailedDates(NumericDateReader? reader = null) =>
        leading.Kind != LeadingFieldsKind.EmailHeader ? []
        : leading.Fields.Where(f => f.Key is "sent" or "date")
            .SelectMany(f => DateParser.FindAll(f.Value, reader).Take(1).Select(d => new DateCandidate(d.Date, DateCandidate.Later, f.Line, f.Raw, d.Doubt)));

    public bool IsMailedDate(DateCandidate date) =>
        leading.Kind == LeadingFieldsKind.EmailHeader && leading.Fields.Any(f => f.Line == date.Line);

    public (string Reference, int Line, string Evidence)? Reference() =>
        Stated(ReferenceKeys) is { } f ? (f.Value, f.Line, f.Raw) : null;

    public (string Issuer, int Line, string Evidence)? Issuer() =>
        Stated(IssuerKeys) is { } f ? (f.Value, f.Line, f.Raw) : null;

    public (StatementType Type, int Line, string Evidence)? Type() =>
        Stated(TypeKeys) is { } f && TypeDetector.FromText(f.Value) is { } type ? (type, f.Line, f.Raw) : null;

    public (string Location, int Line, string Evidence)? Location() =>
        Stated(LocationKeys) is { } f ? (f.Value, f.Line, f.Raw) : null;

    public string? Url() => Stated(UrlKeys)?.Value;

    /// <summary>Tags the file states ("[ukraine, russia]" or "ukraine, russia"): the maintainer's choice, kept as written.</summary>
    public IReadOnlyList<string>? Tags() =>
        Stated(["tags", "keywords"]) is { } f
            ? f.Value.Trim('[', ']', ' ').Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(t => t.Trim('"', '\'')).Where(t => t.Length > 0).ToList()
            : null;

    /// <summary>The stated fields that no front-matter key takes, reported as they are kept.</summary>
    public IEnumerable<KeyValuePair<string, string>> RecordFields(ImportReportBuilder report)
    {
        if (!leading.StatesMetadata)
            yield break;
        string[][] used = [TitleKeys, DateKeys, ReferenceKeys, IssuerKeys, TypeKeys, LocationKeys, UrlKeys];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in leading.Fields)
        {
            if (used.Any(keys => keys.Contains(field.Key)) || OwnKeys.Contains(field.Key) || !seen.Add(field.Key))
                continue;
            report.Origin("source.record." + field.Key, field.Line, field.Raw);
            yield return new(field.Key, field.Value);
        }
    }

    private LeadingField? Stated(string[] keys) => leading.StatesMetadata ? leading.Get(keys) : null;
}
