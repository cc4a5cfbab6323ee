using StatementArchive.Domain;

namespace StatementArchive.Load;

/// <summary>What the Load stage gives the Model stage: validated statements (in path order) and site settings.</summary>
public sealed record LoadedContent(SiteConfig Site, IReadOnlyList<Statement> Statements);
