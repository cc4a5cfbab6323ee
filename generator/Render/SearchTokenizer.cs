using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// How text becomes search terms. search.js applies the same rules to a query (accents folded by
/// <see cref="SearchFolding"/>, lower case, runs of letters and decimal digits), and takes the stop
/// words and the folding table from the index itself, so the two sides cannot drift apart on them.
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

    /// <summary>The terms of a text in order, stop words, single letters and over-long runs left out.</summary>
    public static IEnumerable<string> Terms(string text)
    {
        var folded = SearchFolding.Fold(text);
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded, i);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var term = folded[start..i];
            start = -1;
            if (Keep(term)) yield return term;
        }
    }

    /// <summary>A single letter is the tail of "Allies'" or an enumeration, never worth a posting list; a single digit is an article number.</summary>
    public static bool Keep(string term) =>
        term.Length <= MaxTermLength && !Stop.Contains(term) && (term.Length > 1 || char.IsDigit(term[0]));

    /// <summary>Letters and decimal digits, judged per code point as JavaScript's [\p{L}\p{Nd}] with the u flag does.</summary>
    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]))
            return Rune.IsLetterOrDigit(new Rune(text[index - 1], c));
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            return Rune.IsLetterOrDigit(new Rune(c, text[index + 1]));
        return char.IsLetterOrDigit(c);
    }
}
