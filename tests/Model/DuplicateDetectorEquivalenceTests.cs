using System.Text;
using StatementArchive.Domain;
using StatementArchive.Model;

namespace StatementArchive.Tests.Model;

/// <summary>
/// <see cref="DuplicateDetector"/> keeps only sketches for every statement, reads whole shingle sets one
/// date at a time, sorts them by bucket and stops a containment count early; here it must report what
/// the first, plain version did with a hash set of shingles per statement.
/// </summary>
public class DuplicateDetectorEquivalenceTests
{
    [Fact]
    public void Reports_what_hash_sets_of_every_statement_report()
    {
        for (var seed = 0; seed < 200; seed++)
        {
            var statements = RandomArchive.Draw(new Random(seed), 40);
            Assert.Equal(PlainVersion.Find(statements), DuplicateDetector.Find(statements).Select(d => (d.First, d.Second, d.Reason)));
        }
    }

    /// <summary>The detector as first written, kept as the definition of its result.</summary>
    private static class PlainVersion
    {
        public static List<(int, int, string)> Find(IReadOnlyList<Statement> statements)
        {
            var found = new Dictionary<(int, int), string>();
            void Add(int a, int b, string reason) => found.TryAdd((Math.Min(a, b), Math.Max(a, b)), reason);
            var byReference = new Dictionary<string, int>(StringComparer.Ordinal);
            var byTitle = new Dictionary<string, int>(StringComparer.Ordinal);
            var byWords = new Dictionary<(DateOnly, ulong), List<int>>();
            var shingles = statements.Select(s => PlainShingles.Of(s.Body)).ToArray();
            for (var i = 0; i < statements.Count; i++)
            {
                var statement = statements[i];
                if (statement.Reference is { } reference && DuplicateDetector.NormaliseReference(reference) is { Length: > 0 } key)
                {
                    if (byReference.TryGetValue(key, out var other)) Add(other, i, $"the same reference, {reference}");
                    else byReference[key] = i;
                }
                var titleKey = $"{statement.Date:yyyy-MM-dd} {string.Join(' ', DuplicateDetector.Words(statement.Title))}";
                if (byTitle.TryGetValue(titleKey, out var sameTitle))
                {
                    if (Overlap(shingles[sameTitle], shingles[i]) >= 0.6) Add(sameTitle, i, "the same date and title, and much the same text");
                }
                else byTitle[titleKey] = i;
                foreach (var hash in shingles[i].Order().Take(12))
                {
                    if (!byWords.TryGetValue((statement.Date, hash), out var members)) byWords[(statement.Date, hash)] = members = [];
                    foreach (var other in members)
                        if (!found.ContainsKey((other, i)) && Containment(shingles[other], shingles[i]) >= 0.9) Add(other, i, "the same date and the same text");
                    members.Add(i);
                }
            }
            return found.Select(f => (f.Key.Item1, f.Key.Item2, f.Value)).OrderBy(d => d.Item2).ThenBy(d => d.Item1).ToList();
        }

        private static double Containment(HashSet<ulong> a, HashSet<ulong> b)
        {
            if (a.Count == 0 || b.Count == 0) return 0;
            var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
            return (double)small.Count(large.Contains) / small.Count;
        }

        private static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
        {
            if (a.Count == 0 || b.Count == 0) return 0;
            var shared = a.Count <= b.Count ? a.Count(b.Contains) : b.Count(a.Contains);
            return (double)shared / (a.Count + b.Count - shared);
        }
    }
}
