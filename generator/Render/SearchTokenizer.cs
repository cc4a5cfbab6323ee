namespace StatementArchive.Render;

/// <summary>
/// How text becomes search terms. search.js applies the same rules to a query (accents folded by
/// <see cref="SearchFolding"/>, lower case, runs of letters and decimal digits), and takes the stop
/// words and the folding table from the index itself, so the two sides cannot drift apart on them.
/// <see cref="SearchTermScanner"/> does the work; this class holds the rules.
/// </summary>
public static class SearchTokenizer
{
    /// <summary>Longer runs are identifiers, hashes or URLs run together, not words anyone types.</summary>
    public const int MaxTermLength = 32;

    /// <summary>
    /// Words so common in statements that their postings would weigh more than the rest of a shard and
    /// rank nothing. Negations and modals ("not", "no", "will") stay: they change what a text says.
    /// </summary>
    public static readonly IReadOnlyList<string> StopWords =
    [
        "a", "an", "and", "are", "as", "at", "be", "been", "by", "for", "from", "has", "have", "in", "into",
        "is", "it", "its", "of", "on", "or", "that", "the", "their", "these", "this", "to", "was", "were", "which", "with",
    ];

    private static readonly HashSet<string> Stop = new(StopWords, StringComparer.Ordinal);

    /// <summary>The terms of a text in order, stop words, single letters and over-long runs left out. For tests and small texts: the index builder scans spans instead.</summary>
    public static IReadOnlyList<string> Terms(string text)
    {
        var scanner = new SearchTermScanner();
        var terms = new List<string>();
        foreach (var token in scanner.Scan(text))
        {
            var term = scanner.Term(token).ToString();
            if (!Stop.Contains(term)) terms.Add(term);
        }
        return terms;
    }

    /// <summary>A single letter is the tail of "Allies'" or an enumeration, never worth a posting list; a single digit is an article number.</summary>
    public static bool Keep(string term) =>
        term.Length <= MaxTermLength && !Stop.Contains(term) && (term.Length > 1 || char.IsDigit(term[0]));
}
