namespace StatementArchive.Import;

/// <summary>
/// The fields that opened the file: YAML front matter or a record's metadata header (which state
/// the metadata), or email headers (which only say how and when the text was mailed).
/// </summary>
public sealed record LeadingFields(LeadingFieldsKind Kind, IReadOnlyList<LeadingField> Fields)
{
    public static readonly LeadingFields None = new(LeadingFieldsKind.None, []);

    /// <summary>The first field with one of these keys, or null.</summary>
    public LeadingField? Get(params string[] keys) => Fields.FirstOrDefault(f => keys.Contains(f.Key));

    /// <summary>True when the fields state the statement's own metadata (not an email's).</summary>
    public bool StatesMetadata => Kind is LeadingFieldsKind.FrontMatter or LeadingFieldsKind.MetadataHeader;
}
