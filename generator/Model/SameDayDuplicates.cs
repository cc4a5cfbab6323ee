using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// The text signs of <see cref="DuplicateDetector"/> among the statements of one date: the same title
/// with much shared text, or one text (perhaps a partial repost) inside another. Candidates come from
/// hash buckets (the title; each of the smallest shingle hashes, a min-hash sketch); the exact share of
/// shingles decides.
/// </summary>
internal static class SameDayDuplicates
{
    private const int SketchSize = 12;
    private const double SameTextContainment = 0.9;
    private const double SameTitleOverlap = 0.6;

    /// <param name="sameDay">Positions of statements of one date, ascending.</param>
    /// <returns>Pairs found, First the earlier position; a pair found by title is not repeated as found by text.</returns>
    public static List<DuplicateDetector.Duplicate> Find(IReadOnlyList<Statement> statements, List<int> sameDay)
    {
        var found = new List<DuplicateDetector.Duplicate>();
        var foundPairs = new HashSet<(int, int)>();
        var shingles = new ulong[sameDay.Count][];
        for (var k = 0; k < sameDay.Count; k++) shingles[k] = Shingles.Sorted(statements[sameDay[k]].Body);

        var byTitle = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWords = new Dictionary<ulong, List<int>>();
        for (var k = 0; k < sameDay.Count; k++)
        {
            var i = sameDay[k];
            var titleKey = string.Join(' ', DuplicateDetector.Words(statements[i].Title));
            // Two press conferences on one day share a title: only shared text makes them one statement.
            if (byTitle.TryGetValue(titleKey, out var sameTitle))
            {
                if (Overlap(shingles[sameTitle], shingles[k]) >= SameTitleOverlap && foundPairs.Add((sameDay[sameTitle], i)))
                    found.Add(new(sameDay[sameTitle], i, "the same date and title, and much the same text"));
            }
            else byTitle[titleKey] = k;

            // The sketch: a set's smallest hashes, which is where a sorted set starts. The test is how much
            // of the shorter text lies inside the longer: a repost that keeps only some paragraphs is still the same statement.
            foreach (var hash in shingles[k].AsSpan(0, Math.Min(SketchSize, shingles[k].Length)))
            {
                if (!byWords.TryGetValue(hash, out var members)) byWords[hash] = members = [];
                foreach (var other in members)
                {
                    if (!foundPairs.Contains((sameDay[other], i)) && Shingles.Contains(shingles[other], shingles[k], SameTextContainment))
                    {
                        foundPairs.Add((sameDay[other], i));
                        found.Add(new(sameDay[other], i, "the same date and the same text"));
                    }
                }
                members.Add(k);
            }
        }
        return found;
    }

    /// <summary>Jaccard similarity: shared over all.</summary>
    private static double Overlap(ulong[] a, ulong[] b)
    {
        if (a.Length == 0 || b.Length == 0) return 0;
        var shared = Shingles.SharedCount(a, b);
        return (double)shared / (a.Length + b.Length - shared);
    }
}
