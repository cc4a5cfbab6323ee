using System.Runtime.CompilerServices;

namespace StatementArchive.Model;

/// <summary>
/// Reads a text as hashes of its word 6-grams ("shingles"), in one pass with nothing allocated: bodies
/// are the bulk of the archive. A word is a run of letters and digits, lower-cased; numbers alone are
/// left out, because one copy numbers its paragraphs ("1.") and another does not. A text of one to five
/// words is one shingle of all its words; a text of none has none.
/// </summary>
/// <remarks>
/// The hashes are FNV-style and must not change: which statements count as the same text depends on
/// which shingle hashes are smallest (<see cref="SameDayDuplicates"/>). One loop keeps the last five
/// word hashes in locals, and ASCII is classified by a table: twice as fast as a reader called word by
/// word, and compiled optimised at once (<see cref="MethodImplOptions.AggressiveOptimization"/>) because
/// a build runs it over most bodies before tiered compilation would replace the first, unoptimised code.
/// </remarks>
internal static class ShingleReader
{
    public const int ShingleWords = 6;
    private const ulong Prime = 1099511628211UL;
    private const ulong WordSeed = 14695981039346656037UL;
    private const ulong ShingleSeed = 17UL;

    /// <summary>For each ASCII character, itself lower-cased if it is a letter or digit, else 0.</summary>
    private static readonly byte[] AsciiWordChar = BuildAsciiWordChar();

    /// <summary>Writes the text's shingle hashes, in text order and with repeats, to <paramref name="into"/> (grown if need be); returns how many.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static int ReadAll(string text, ref ulong[] into)
    {
        var fold = AsciiWordChar;
        // The five words before the one just read, oldest first.
        ulong w0 = 0, w1 = 0, w2 = 0, w3 = 0, w4 = 0;
        var words = 0;
        var count = 0;
        var i = 0;
        while (true)
        {
            while (i < text.Length && (text[i] < 128 ? fold[text[i]] == 0 : !char.IsLetterOrDigit(text[i]))) i++;
            if (i == text.Length) break;
            var word = WordSeed;
            var digitsOnly = true;
            for (; i < text.Length; i++)
            {
                var c = text[i];
                ulong lower;
                if (c < 128)
                {
                    lower = fold[c];
                    if (lower == 0) break;
                }
                else if (char.IsLetterOrDigit(c)) lower = char.ToLowerInvariant(c);
                else break;
                word = (word ^ lower) * Prime;
                digitsOnly &= char.IsAsciiDigit(c);
            }
            if (digitsOnly) continue;
            if (++words >= ShingleWords)
                Add(ref into, ref count, ((((((ShingleSeed ^ w0) * Prime ^ w1) * Prime ^ w2) * Prime ^ w3) * Prime ^ w4) * Prime ^ word) * Prime);
            (w0, w1, w2, w3, w4) = (w1, w2, w3, w4, word);
        }
        if (words is > 0 and < ShingleWords)
        {
            ReadOnlySpan<ulong> last = [w0, w1, w2, w3, w4];
            var hash = ShingleSeed;
            foreach (var word in last[(ShingleWords - 1 - words)..]) hash = (hash ^ word) * Prime;
            Add(ref into, ref count, hash);
        }
        return count;
    }

    private static void Add(ref ulong[] into, ref int count, ulong hash)
    {
        if (count == into.Length) Array.Resize(ref into, Math.Max(16, into.Length * 2));
        into[count++] = hash;
    }

    private static byte[] BuildAsciiWordChar()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
            if (char.IsLetterOrDigit((char)c)) table[c] = (byte)char.ToLowerInvariant((char)c);
        return table;
    }
}
