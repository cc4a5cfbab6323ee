using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// Related statements by shared tags and the same issuer, in time linear in the number of statements.
/// Candidates come only from a fixed window of date-neighbours in each tag's list and the issuer's
/// list, so a tag carried by most of the archive (ukraine: 62% of the benchmark) costs the same per
/// statement as a rare one. Candidates are then scored exactly: the sum of the shared tags' rarity
/// (inverse document frequency), plus half the issuer's rarity when the issuer is the same, so
/// sharing a rare tag counts for more than sharing a common one; ties go to the nearer date, then position.
/// </summary>
public static class RelatedStatementsFinder
{
    /// <param name="statements">Newest first.</param>
    /// <param name="tags">Each tag's statements, as positions in date order (newest first).</param>
    public static IReadOnlyList<int>[] Find(IReadOnlyList<Statement> statements, IReadOnlyList<TagGroup> tags, IReadOnlyList<IssuerGroup> issuers, int count)
    {
        var search = new RelatedSearch(statements, tags, issuers);
        var result = new IReadOnlyList<int>[statements.Count];
        Parallel.For(0, statements.Count, () => (Candidates: new RelatedCandidates(statements.Count, count), Own: new OwnTags(tags.Count)), (i, _, workspace) =>
        {
            result[i] = search.Find(i, workspace.Candidates, workspace.Own);
            return workspace;
        }, _ => { });
        return result;
    }
}
