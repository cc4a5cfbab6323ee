namespace StatementArchive.Import;

public enum LeadingFieldsKind
{
    None,
    FrontMatter,
    MetadataHeader,
    EmailHeader,
}
