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
/// <remarks>
/// The last two signs never pair statements of different dates, so they are looked for one date at a
/// time (<see cref="SameDayDuplicates"/>), dates in parallel: a statement alone on its date is never
/// read, and the shingles of a date's statements are dropped as soon as that date is done.
/// </remarks>
public static class DuplicateDetector
{
    public sealed record Duplicate(int First, int Second, string Reason);

    /// <param name="statements">In a fixed order; in each pair, First is the earlier position.</param>
    public static IReadOnlyList<Duplicate> Find(IReadOnlyList<Statement> statements)
    {
        // A pair's reason is its strongest sign: a reference pair is added first, and TryAdd keeps the first.
        var found = new Dictionary<(int, int), string>();
        var byReference = new Dictionary<string, int>(StringComparer.Ordinal);
        var byDate = new Dictionary<DateOnly, List<int>>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (statements[i].Reference is { } reference && NormaliseReference(reference) is { Length: > 0 } key)
            {
                if (byReference.TryGetValue(key, out var other)) found.TryAdd((other, i), $"the same reference, {reference}");
                else byReference[key] = i;
            }
            if (!byDate.TryGetValue(statements[i].Date, out var sameDay)) byDate[statements[i].Date] = sameDay = [];
            sameDay.Add(i);
        }

        var sameDays = new List<List<int>>();
        foreach (var sameDay in byDate.Values)
            if (sameDay.Count > 1) sameDays.Add(sameDay);
        var sameText = new List<Duplicate>[sameDays.Count];
        Parallel.For(0, sameDays.Count, d => sameText[d] = SameDayDuplicates.Find(statements, sameDays[d]));
        foreach (var day in sameText)
            foreach (var duplicate in day) found.TryAdd((duplicate.First, duplicate.Second), duplicate.Reason);

        var duplicates = new List<Duplicate>(found.Count);
        foreach (var ((first, second), reason) in found) duplicates.Add(new Duplicate(first, second, reason));
        duplicates.Sort((x, y) => x.Second != y.Second ? x.Second.CompareTo(y.Second) : x.First.CompareTo(y.First));
        return duplicates;
    }

    /// <summary>"Press Release (2022) 061" → "pr-2022-61": NATO writes the same number in long and short forms.</summary>
    public static string NormaliseReference(string reference)
    {
        var words = Words(reference.Replace("Press Release", "PR", StringComparison.OrdinalIgnoreCase)
            .Replace("Communiqué de presse", "PR", StringComparison.OrdinalIgnoreCase));
        return string.Join('-', words.Select(w => w.All(char.IsAsciiDigit) ? w.TrimStart('0').PadLeft(1, '0') : w));
    }

    /// <summary>Lower-case letter-and-digit words: punctuation, quotes and Markdown marks do not count.</summary>
    internal static List<string> Words(string text)
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
