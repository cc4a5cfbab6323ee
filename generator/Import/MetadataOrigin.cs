namespace StatementArchive.Import;

/// <summary>Where a front-matter value came from: the field, the 1-based raw line and the text found there.</summary>
public sealed record MetadataOrigin(string Field, int Line, string Evidence);
