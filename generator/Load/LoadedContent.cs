using StatementArchive.Domain;

namespace StatementArchive.Load;

/// <summary>What the Load stage gives the Model stage: site settings, the tag vocabulary, and validated statements (in path order).</summary>
public sealed record LoadedContent(SiteConfig Site, TagVocabulary Tags, IReadOnlyList<Statement> Statements);
