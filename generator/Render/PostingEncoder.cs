using System.Runtime.CompilerServices;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// Numbers as short ASCII strings, the most compact form a &lt;script&gt;-loaded file can hold without
/// a binary decoder: 5 bits a character, most significant first; characters 32–63 of the alphabet say
/// "more follows", 0–31 end the number. A posting is one number, twice the gap to the previous document
/// id (the first gap is id + 1) plus one if the term occurs more than once there, then in that case its
/// (weighted) frequency minus two. Most postings are a small gap and one occurrence: one character.
/// search.js reads the frequency and each document's length and computes BM25 itself, so no weight is
/// stored, ranking is exact, and the many equal frequencies compress well.
/// </summary>
public static class PostingEncoder
{
    /// <summary>64 characters that need no escaping in a JSON string.</summary>
    public const string Alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

    /// <summary>BM25 saturates long before: at this frequency a term has 99.5% of the weight it could ever have.</summary>
    public const int MaxFrequency = 1023;

    /// <summary>The most characters one posting takes: a gap of up to 2^31 in 7, a frequency in 2.</summary>
    public const int MaxPostingChars = 9;

    /// <summary>Writes one posting at <paramref name="at"/> and returns the position after it. <paramref name="gap"/> is at least 1.</summary>
    // Optimized at once rather than tiered up: a build is one short run, and this writes every posting of the archive.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int Append(Span<char> postings, int at, int gap, int frequency)
    {
        if (gap < 1) throw new ArgumentOutOfRangeException(nameof(gap), "postings must be in increasing document order");
        if (frequency < 1) throw new ArgumentOutOfRangeException(nameof(frequency));
        frequency = Math.Min(frequency, MaxFrequency);
        at = Number(postings, at, ((uint)gap - 1) * 2 + (frequency > 1 ? 1u : 0u));
        return frequency > 1 ? Number(postings, at, (uint)frequency - 2) : at;
    }

    /// <summary>Appends one non-negative number (for the manifest's columns).</summary>
    public static void AppendNumber(StringBuilder text, long value)
    {
        if (value < 0 || value > uint.MaxValue) throw new ArgumentOutOfRangeException(nameof(value));
        Span<char> digits = stackalloc char[7];
        text.Append(digits[..Number(digits, 0, (uint)value)]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Number(Span<char> to, int at, uint value)
    {
        var digits = 1;
        while (digits < 7 && value >> (5 * digits) > 0) digits++;
        for (var d = digits - 1; d > 0; d--) to[at++] = Alphabet[32 + (int)((value >> (5 * d)) & 31)];
        to[at++] = Alphabet[(int)(value & 31)];
        return at;
    }

    /// <summary>The numbers of a string written with <see cref="AppendNumber"/> or <see cref="Append"/>, for tests.</summary>
    public static IReadOnlyList<long> Numbers(string text)
    {
        var numbers = new List<long>();
        long value = 0;
        foreach (var c in text)
        {
            var digit = Alphabet.IndexOf(c, StringComparison.Ordinal);
            if (digit < 0) throw new FormatException($"'{c}' is not in the alphabet");
            value = value * 32 + (digit & 31);
            if (digit >= 32) continue;
            numbers.Add(value);
            value = 0;
        }
        return numbers;
    }

    /// <summary>The inverse of <see cref="Append"/>, for tests: (document id, frequency) pairs.</summary>
    public static IReadOnlyList<(int Document, int Frequency)> Decode(string postings)
    {
        var numbers = Numbers(postings);
        var result = new List<(int, int)>();
        var document = -1;
        for (var i = 0; i < numbers.Count; i++)
        {
            document += (int)(numbers[i] >> 1) + 1;
            result.Add((document, (numbers[i] & 1) == 1 ? (int)numbers[++i] + 2 : 1));
        }
        return result;
    }

    /// <summary>
    /// The BM25 term-frequency factor, tf·(k1+1) / (tf + k1·(1 − b + b·dl/avgdl)), as search-index.js
    /// computes it (same operations, same order, so the same doubles).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static double Weight(int frequency, int length, double averageLength, double k1, double b) =>
        frequency * (k1 + 1) / (frequency + k1 * (1 - b + b * length / averageLength));
}
