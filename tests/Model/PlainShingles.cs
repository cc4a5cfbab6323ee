namespace StatementArchive.Tests.Model;

/// <summary>A text's shingle hashes as duplicate detection first computed them: word hashes in a list, then a hash set of 6-word windows.</summary>
public static class PlainShingles
{
    public static HashSet<ulong> Of(string body)
    {
        var words = new List<ulong>();
        var hash = 14695981039346656037UL;
        var length = 0;
        var digitsOnly = true;
        for (var i = 0; i <= body.Length; i++)
        {
            var c = i < body.Length ? body[i] : ' ';
            if (char.IsLetterOrDigit(c))
            {
                hash = (hash ^ char.ToLowerInvariant(c)) * 1099511628211UL;
                digitsOnly &= char.IsAsciiDigit(c);
                length++;
                continue;
            }
            if (length > 0 && !digitsOnly) words.Add(hash);
            (hash, length, digitsOnly) = (14695981039346656037UL, 0, true);
        }
        var result = new HashSet<ulong>();
        for (var i = 0; i + 6 <= words.Count || (i == 0 && words.Count > 0); i++)
        {
            var shingle = 17UL;
            for (var j = i; j < Math.Min(i + 6, words.Count); j++) shingle = (shingle ^ words[j]) * 1099511628211UL;
            result.Add(shingle);
        }
        return result;
    }
}
