namespace StatementArchive.Load;

/// <summary>The front matter keys the archive understands (see PRODUCT.md's content table).</summary>
public static class KnownKeys
{
    public static readonly string[] Statement =
    [
        "title", "date", "issuer", "type", "reference", "location", "language", "tags", "slug",
        "source", "updated", "aliases", "summary",
    ];

    public static readonly string[] Source = ["file", "sha256", "url", "channel", "note", "record", "removed"];

    /// <summary>The nearest candidate by edit distance, for "did you mean" hints; null when nothing is close.</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates) => Nearest(value, candidates, 1).FirstOrDefault();

    /// <summary>Up to <paramref name="count"/> close candidates, nearest first (ties in ordinal order).</summary>
    public static IReadOnlyList<string> Nearest(string value, IEnumerable<string> candidates, int count)
    {
        var lower = value.ToLowerInvariant();
        var limit = Math.Max(2, value.Length / 3);
        return candidates
            .Select(c => (Candidate: c, Distance: EditDistance(lower, c)))
            .Where(c => c.Distance <= limit || c.Candidate.Contains(lower, StringComparison.Ordinal) || lower.Contains(c.Candidate, StringComparison.Ordinal))
            .OrderBy(c => c.Distance).ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Take(count)
            .Select(c => c.Candidate)
            .ToList();
    }

    private static int EditDistance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++) previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
