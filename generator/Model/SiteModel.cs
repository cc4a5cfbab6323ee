using StatementArchive.Domain;
using StatementArchive.Load;

namespace StatementArchive.Model;

/// <summary>
/// What the Model stage gives the Render stage: statements in reading order (newest first) and
/// every grouping and cross-link the pages show, computed once.
/// </summary>
/// <param name="Statements">Newest first; ties broken by title, then path (ordinal), so order is stable.</param>
/// <param name="Neighbours">Indexed like <see cref="Statements"/>.</param>
public sealed record SiteModel(
    SiteConfig Site,
    IReadOnlyList<Statement> Statements,
    IReadOnlyList<StatementNeighbours> Neighbours,
    IReadOnlyList<YearGroup> Years,
    IReadOnlyList<TagGroup> Tags,
    IReadOnlyList<IssuerGroup> Issuers,
    IReadOnlyList<TypeGroup> Types,
    StatementIndex Index)
{
    /// <summary>Raw source files to publish beside the statements, by path under the site root (e.g. <c>sources/000.txt</c>).</summary>
    public IReadOnlyDictionary<string, byte[]> Sources { get; init; } = new Dictionary<string, byte[]>();
}
