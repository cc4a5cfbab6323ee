using StatementArchive.Domain;

namespace StatementArchive.Load;

/// <summary>What the Load stage gives the Model stage: site settings, the tag vocabulary, validated statements (in path order).</summary>
/// <param name="Sources">The raw files statements name in source.file, by the path they are published at (e.g. <c>sources/000.txt</c>), checksum verified.</param>
public sealed record LoadedContent(SiteConfig Site, TagVocabulary Tags, IReadOnlyList<Statement> Statements)
{
    public IReadOnlyDictionary<string, byte[]> Sources { get; init; } = new Dictionary<string, byte[]>();
}
