using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Model;

/// <summary>
/// <see cref="RelatedStatementsFinder"/> numbers tags, reuses buffers and keeps only the best few
/// candidates; here it must rank exactly as the first, plain version did, which sorted every candidate.
/// </summary>
public class RelatedStatementsFinderEquivalenceTests
{
    [Fact]
    public void Ranks_as_sorting_every_candidate_does()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var random = new Random(seed);
            // Bodies play no part in relatedness.
            var statements = RandomArchive.Draw(random, random.Next(1, 120)).Select(s => s with { Body = "" });
            var model = SiteModelBuilder.Build(TestStatements.Content([.. statements]), new DiagnosticBag());
            foreach (var count in new[] { 0, 1, 5, 400 })
            {
                var expected = PlainVersion(model.Statements, model.Tags, model.Issuers, count);
                var actual = RelatedStatementsFinder.Find(model.Statements, model.Tags, model.Issuers, count);
                for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
            }
        }
    }

    [Fact]
    public void A_statement_with_more_than_64_tags_is_scored_too()
    {
        var many = Enumerable.Range(0, 70).Select(n => $"t{n:00}").ToArray();
        var statements = Enumerable.Range(0, 30).Select(n => TestStatements.Make($"s{n}", $"2022-01-{n + 1:00}", tags: many[(n % 5)..(60 + n % 10)])).ToList();
        var model = SiteModelBuilder.Build(TestStatements.Content([.. statements]), new DiagnosticBag());
        var expected = PlainVersion(model.Statements, model.Tags, model.Issuers, 5);
        var actual = RelatedStatementsFinder.Find(model.Statements, model.Tags, model.Issuers, 5);
        for (var i = 0; i < expected.Length; i++) Assert.Equal(expected[i], actual[i]);
    }

    /// <summary>The finder as first written, kept as the definition of its result.</summary>
    private static int[][] PlainVersion(IReadOnlyList<Statement> statements, IReadOnlyList<TagGroup> tags, IReadOnlyList<IssuerGroup> issuers, int count)
    {
        var issuerOf = new IssuerGroup[statements.Count];
        var issuerRank = new int[statements.Count];
        foreach (var issuer in issuers)
            for (var r = 0; r < issuer.Statements.Count; r++) (issuerOf[issuer.Statements[r]], issuerRank[issuer.Statements[r]]) = (issuer, r);
        var weight = tags.ToDictionary(t => t.Slug, t => Math.Log(1.0 + (double)statements.Count / t.Statements.Count));
        var rank = tags.ToDictionary(t => t.Slug, t => t.Statements.Select((s, r) => (s, r)).GroupBy(x => x.s).ToDictionary(g => g.Key, g => g.Last().r));
        var groups = tags.ToDictionary(t => t.Slug);
        return statements.Select((statement, i) =>
        {
            var candidates = new HashSet<int>();
            void Window(IReadOnlyList<int> list, int at)
            {
                for (var r = Math.Max(0, at - 24); r <= Math.Min(list.Count - 1, at + 24); r++)
                    if (r != at) candidates.Add(list[r]);
            }
            foreach (var slug in statement.Tags) Window(groups[slug].Statements, rank[slug][i]);
            Window(issuerOf[i].Statements, issuerRank[i]);
            var issuerWeight = 0.5 * Math.Log(1.0 + (double)statements.Count / issuerOf[i].Statements.Count);
            return candidates
                .Select(c => (Index: c, Score: SharedWeight(statement.Tags, statements[c].Tags, weight) + (issuerOf[c] == issuerOf[i] ? issuerWeight : 0),
                    Distance: Math.Abs(statements[c].Date.DayNumber - statement.Date.DayNumber)))
                .OrderByDescending(c => c.Score).ThenBy(c => c.Distance).ThenBy(c => c.Index)
                .Take(count).Select(c => c.Index).ToArray();
        }).ToArray();
    }

    private static double SharedWeight(IReadOnlyList<string> a, IReadOnlyList<string> b, Dictionary<string, double> weight)
    {
        var sum = 0.0;
        foreach (var tag in a)
            if (b.Contains(tag)) sum += weight[tag];
        return sum;
    }
}
