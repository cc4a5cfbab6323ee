using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// Posting lists as short ASCII strings, the most compact form a &lt;script&gt;-loaded file can hold
/// without a binary decoder: per posting, the gap to the previous document id as a variable-length
/// number (5 bits a character; characters 32–63 of the alphabet say "more follows"), then one
/// character for the term's quantized BM25 weight in that document. Gaps are small for common terms,
/// so most postings take two characters. search.js decodes with the same alphabet.
/// </summary>
public static class PostingEncoder
{
    /// <summary>64 characters that need no escaping in a JSON string.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>The highest weight one character holds; weights are 1..MaxWeight.</summary>
    public const int MaxWeight = 63;

    /// <summary>Appends one posting. <paramref name="gap"/> is the document id minus the previous one in the list (the first is id + 1), so at least 1.</summary>
    public static void Append(StringBuilder postings, int gap, int weight)
    {
        if (gap < 1) throw new ArgumentOutOfRangeException(nameof(gap), "postings must be in increasing document order");
        if (weight is < 1 or > MaxWeight) throw new ArgumentOutOfRangeException(nameof(weight));
        var digits = 1;
        while (gap >> (5 * digits) > 0) digits++;
        for (var d = digits - 1; d > 0; d--)
            postings.Append(Alphabet[32 + ((gap >> (5 * d)) & 31)]);
        postings.Append(Alphabet[gap & 31]);
        postings.Append(Alphabet[weight]);
    }

    /// <summary>The inverse of <see cref="Append"/>, for tests: (document id, weight) pairs.</summary>
    public static IEnumerable<(int Document, int Weight)> Decode(string postings)
    {
        var document = -1;
        var value = 0;
        for (var i = 0; i < postings.Length; i++)
        {
            var digit = Alphabet.IndexOf(postings[i], StringComparison.Ordinal);
            if (digit >= 32)
            {
                value = (value << 5) | (digit - 32);
                continue;
            }
            document += (value << 5) | digit;
            value = 0;
            yield return (document, Alphabet.IndexOf(postings[++i], StringComparison.Ordinal));
        }
    }

    /// <summary>The BM25 term-frequency factor, tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl)), scaled to 1..63.</summary>
    public static int Weight(double termFrequency, double documentLength, double averageLength, double k1, double b)
    {
        var factor = termFrequency * (k1 + 1) / (termFrequency + k1 * (1 - b + b * documentLength / averageLength));
        return Math.Clamp((int)Math.Round(factor / (k1 + 1) * MaxWeight, MidpointRounding.AwayFromZero), 1, MaxWeight);
    }
}
