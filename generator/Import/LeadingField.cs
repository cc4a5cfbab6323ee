namespace StatementArchive.Import;

/// <summary>One "Label: value" line of a block of fields opening the file, with its raw line.</summary>
/// <param name="Key">The label as a slug: <c>title</c>, <c>document_type</c>, <c>sent</c>.</param>
public sealed record LeadingField(string Key, string Value, int Line, string Raw);
