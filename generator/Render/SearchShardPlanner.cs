namespace StatementArchive.Render;

/// <summary>
/// Cuts the term list into shards keyed by term prefix, so a query loads only the few shards its
/// words start with. Terms are first grouped by their first two characters; a group larger than the
/// size limit is split again by one more character (up to <see cref="MaxKeyLength"/>), and the term
/// equal to the group's prefix, if any, keeps the shorter key. So every term lives in the shard with
/// the longest key that is a prefix of it, which is the rule search.js applies to find it.
/// </summary>
public static class SearchShardPlanner
{
    public const int FirstKeyLength = 2;
    public const int MaxKeyLength = 6;

    public sealed record Shard(string Key, IReadOnlyList<SearchTerm> Terms);

    /// <param name="terms">In ordinal order, so each prefix group is contiguous.</param>
    public static IReadOnlyList<Shard> Plan(IReadOnlyList<SearchTerm> terms, int maxChars)
    {
        var shards = new List<Shard>();
        foreach (var group in Groups(terms, FirstKeyLength))
            Split(group.Key, group.Terms, maxChars, shards);
        return shards;
    }

    private static void Split(string key, IReadOnlyList<SearchTerm> terms, int maxChars, List<Shard> shards)
    {
        var keyLength = Prefix(key, int.MaxValue).Runes;
        if (terms.Sum(Size) <= maxChars || keyLength >= MaxKeyLength)
        {
            shards.Add(new Shard(key, terms));
            return;
        }
        var exact = terms.Where(t => t.Term == key).ToList();
        if (exact.Count > 0) shards.Add(new Shard(key, exact));
        foreach (var group in Groups(terms.Where(t => t.Term != key).ToList(), keyLength + 1))
            Split(group.Key, group.Terms, maxChars, shards);
    }

    private static IEnumerable<(string Key, IReadOnlyList<SearchTerm> Terms)> Groups(IReadOnlyList<SearchTerm> terms, int keyLength)
    {
        var start = 0;
        while (start < terms.Count)
        {
            var key = Prefix(terms[start].Term, keyLength).Text;
            var end = start + 1;
            while (end < terms.Count && Prefix(terms[end].Term, keyLength).Text == key) end++;
            yield return (key, terms.Skip(start).Take(end - start).ToList());
            start = end;
        }
    }

    /// <summary>The first <paramref name="runes"/> code points, never half a surrogate pair (JavaScript's startsWith compares UTF-16, so whole code points keep both sides equal).</summary>
    private static (string Text, int Runes) Prefix(string term, int runes)
    {
        var length = 0;
        var count = 0;
        foreach (var rune in term.EnumerateRunes())
        {
            if (count == runes) break;
            length += rune.Utf16SequenceLength;
            count++;
        }
        return (term[..length], count);
    }

    private static int Size(SearchTerm term) => term.Term.Length + term.Postings.Length + 6;

    /// <summary>A shard's file name: the key itself when it is plain ASCII, else its UTF-16 code units in hex after "_" (never a term character).</summary>
    public static string FileName(string key) =>
        key.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9'))
            ? key
            : "_" + string.Join("-", key.Select(c => ((int)c).ToString("x", System.Globalization.CultureInfo.InvariantCulture)));
}
