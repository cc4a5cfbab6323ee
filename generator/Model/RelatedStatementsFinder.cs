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
    private const int WindowPerSide = 24;

    /// <param name="statements">Newest first.</param>
    /// <param name="tags">Each tag's statements, as positions in date order (newest first).</param>
    public static IReadOnlyList<int>[] Find(IReadOnlyList<Statement> statements, IReadOnlyList<TagGroup> tags, IReadOnlyList<IssuerGroup> issuers, int count)
    {
        var issuerOf = new IssuerGroup[statements.Count];
        var issuerRank = new int[statements.Count];
        foreach (var issuer in issuers)
            for (var r = 0; r < issuer.Statements.Count; r++) (issuerOf[issuer.Statements[r]], issuerRank[issuer.Statements[r]]) = (issuer, r);

        var weight = new Dictionary<string, double>(tags.Count, StringComparer.Ordinal);
        var tagPositions = new Dictionary<string, (TagGroup Group, Dictionary<int, int> Rank)>(tags.Count, StringComparer.Ordinal);
        foreach (var tag in tags)
        {
            weight[tag.Slug] = Math.Log(1.0 + (double)statements.Count / tag.Statements.Count);
            var rank = new Dictionary<int, int>(tag.Statements.Count);
            for (var r = 0; r < tag.Statements.Count; r++) rank[tag.Statements[r]] = r;
            tagPositions[tag.Slug] = (tag, rank);
        }

        var result = new IReadOnlyList<int>[statements.Count];
        Parallel.For(0, statements.Count, i =>
        {
            var own = statements[i].Tags;
            var candidates = new HashSet<int>();
            foreach (var slug in own)
            {
                var (group, rank) = tagPositions[slug];
                var at = rank[i];
                var from = Math.Max(0, at - WindowPerSide);
                var to = Math.Min(group.Statements.Count - 1, at + WindowPerSide);
                for (var r = from; r <= to; r++)
                    if (r != at) candidates.Add(group.Statements[r]);
            }
            var sameIssuer = issuerOf[i];
            for (var r = Math.Max(0, issuerRank[i] - WindowPerSide); r <= Math.Min(sameIssuer.Statements.Count - 1, issuerRank[i] + WindowPerSide); r++)
                if (r != issuerRank[i]) candidates.Add(sameIssuer.Statements[r]);
            var issuerWeight = 0.5 * Math.Log(1.0 + (double)statements.Count / sameIssuer.Statements.Count);

            result[i] = candidates
                .Select(c => (Index: c, Score: SharedWeight(own, statements[c].Tags, weight) + (issuerOf[c] == sameIssuer ? issuerWeight : 0),
                    Distance: Math.Abs(statements[c].Date.DayNumber - statements[i].Date.DayNumber)))
                .OrderByDescending(c => c.Score)
                .ThenBy(c => c.Distance)
                .ThenBy(c => c.Index)
                .Take(count)
                .Select(c => c.Index)
                .ToArray();
        });
        return result;
    }

    private static double SharedWeight(IReadOnlyList<string> a, IReadOnlyList<string> b, Dictionary<string, double> weight)
    {
        var sum = 0.0;
        foreach (var tag in a)
            if (b.Contains(tag)) sum += weight[tag];
        return sum;
    }
}
