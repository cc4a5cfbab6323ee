using System.Text;
using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// Finds statements that are the same text twice (imported from two sources, or copied by hand), in
/// time linear in the archive: every test is a hash-bucket lookup, never a comparison of all pairs.
/// Three signs, strongest first: the same official reference (normalised, so "PR (2022) 125" equals
/// "Press Release (2022) 125"); the same date and title with much shared text; the same date and
/// the same words, one text (perhaps a partial repost) inside the other (a min-hash sketch of word
/// 6-grams finds candidates, the exact containment decides).
/// </summary>
public static class DuplicateDetector
{
    public sealed record Duplicate(int First, int Second, string Reason);

    private const int ShingleWords = 6;
    private const int SketchSize = 12;
    private const double SameTextContainment = 0.9;
    private const double SameTitleOverlap = 0.6;

    /// <param name="statements">In a fixed order; in each pair, First is the earlier position.</param>
    public static IReadOnlyList<Duplicate> Find(IReadOnlyList<Statement> statements)
    {
        var found = new Dictionary<(int, int), string>();
        void Add(int a, int b, string reason) => found.TryAdd((Math.Min(a, b), Math.Max(a, b)), reason);

        var byReference = new Dictionary<string, int>(StringComparer.Ordinal);
        var byTitle = new Dictionary<string, int>(StringComparer.Ordinal);
        var byWords = new Dictionary<(DateOnly, ulong), List<int>>();
        var shingles = new HashSet<ulong>[statements.Count];
        Parallel.For(0, statements.Count, i => shingles[i] = Shingles(statements[i].Body));

        for (var i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            if (statement.Reference is { } reference && NormaliseReference(reference) is { Length: > 0 } key)
            {
                if (byReference.TryGetValue(key, out var other)) Add(other, i, $"the same reference, {reference}");
                else byReference[key] = i;
            }

            var titleKey = $"{statement.Date:yyyy-MM-dd} {string.Join(' ', Words(statement.Title))}";
            // Two press conferences on one day share a title: only shared text makes them one statement.
            if (byTitle.TryGetValue(titleKey, out var sameTitle))
            {
                if (Overlap(shingles[sameTitle], shingles[i]) >= SameTitleOverlap) Add(sameTitle, i, "the same date and title, and much the same text");
            }
            else byTitle[titleKey] = i;

            foreach (var hash in shingles[i].Order().Take(SketchSize))
            {
                var bucket = (statement.Date, hash);
                if (!byWords.TryGetValue(bucket, out var members)) byWords[bucket] = members = [];
                foreach (var other in members)
                {
                    if (!found.ContainsKey((other, i)) && Containment(shingles[other], shingles[i]) >= SameTextContainment)
                        Add(other, i, "the same date and the same text");
                }
                members.Add(i);
            }
        }

        return found.Select(f => new Duplicate(f.Key.Item1, f.Key.Item2, f.Value))
            .OrderBy(d => d.Second).ThenBy(d => d.First).ToList();
    }

    /// <summary>"Press Release (2022) 061" → "pr-2022-61": NATO writes the same number in long and short forms.</summary>
    public static string NormaliseReference(string reference)
    {
        var words = Words(reference.Replace("Press Release", "PR", StringComparison.OrdinalIgnoreCase)
            .Replace("Communiqué de presse", "PR", StringComparison.OrdinalIgnoreCase));
        return string.Join('-', words.Select(w => w.All(char.IsAsciiDigit) ? w.TrimStart('0').PadLeft(1, '0') : w));
    }

    /// <summary>How much of the shorter text lies inside the longer: a repost that keeps only some paragraphs is still the same statement.</summary>
    private static double Containment(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        return (double)small.Count(large.Contains) / small.Count;
    }

    /// <summary>Jaccard similarity: shared over all.</summary>
    private static double Overlap(HashSet<ulong> a, HashSet<ulong> b)
    {
        if (a.Count == 0 || b.Count == 0) return 0;
        var (small, large) = a.Count <= b.Count ? (a, b) : (b, a);
        var shared = small.Count(large.Contains);
        return (double)shared / (a.Count + b.Count - shared);
    }

    private static HashSet<ulong> Shingles(string body)
    {
        var words = WordHashes(body);
        var result = new HashSet<ulong>(Math.Max(1, words.Count));
        for (var i = 0; i + ShingleWords <= words.Count || (i == 0 && words.Count > 0); i++)
        {
            var hash = 17UL;
            for (var j = i; j < Math.Min(i + ShingleWords, words.Count); j++) hash = (hash ^ words[j]) * 1099511628211UL;
            result.Add(hash);
        }
        return result;
    }

    /// <summary>
    /// A hash per lower-case word, computed while scanning (no string per word: bodies are the bulk of
    /// the archive). Numbers alone are left out: one copy numbers its paragraphs ("1."), another does not.
    /// </summary>
    private static List<ulong> WordHashes(string text)
    {
        var hashes = new List<ulong>(text.Length / 6);
        var hash = 14695981039346656037UL;
        var length = 0;
        var digitsOnly = true;
        for (var i = 0; i <= text.Length; i++)
        {
            var c = i < text.Length ? text[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                digitsOnly &= char.IsAsciiDigit(c);
                length++;
                continue;
            }
            if (length > 0 && !digitsOnly) hashes.Add(hash);
            hash = 14695981039346656037UL;
            length = 0;
            digitsOnly = true;
        }
        return hashes;
    }

    /// <summary>Lower-case letter-and-digit words: punctuation, quotes and Markdown marks do not count.</summary>
    private static List<string> Words(string text)
    {
        var words = new List<string>();
        var current = new StringBuilder();
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c)) current.Append(char.ToLowerInvariant(c));
            else if (current.Length > 0) { words.Add(current.ToString()); current.Clear(); }
        }
        if (current.Length > 0) words.Add(current.ToString());
        return words;
    }
}
