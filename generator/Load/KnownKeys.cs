namespace StatementArchive.Load;

/// <summary>The front matter keys the archive understands (see PRODUCT.md's content table).</summary>
public static class KnownKeys
{
    public static readonly string[] Statement =
    [
        "title", "date", "issuer", "type", "reference", "location", "language", "tags", "slug",
        "source", "updated", "aliases", "summary",
    ];

    public static readonly string[] Source = ["file", "sha256", "url", "channel", "note", "record"];

    /// <summary>The nearest candidate by edit distance, for "did you mean" hints; null when nothing is close.</summary>
    public static string? Nearest(string value, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(value.ToLowerInvariant(), candidate);
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }
        return bestDistance <= Math.Max(2, value.Length / 3) ? best : null;
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
