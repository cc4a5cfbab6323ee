using System.Runtime.CompilerServices;

namespace StatementArchive.Model;

/// <summary>
/// Reads a text as hashes of its word 6-grams ("shingles"), one at a time, with nothing allocated:
/// bodies are the bulk of the archive. A word is a run of letters and digits, lower-cased; numbers
/// alone are left out, because one copy numbers its paragraphs ("1.") and another does not. A text
/// of one to five words is one shingle of all its words; a text of none has none.
/// </summary>
/// <remarks>
/// The hashes are FNV-style and must not change: which statements count as the same text depends on
/// which shingle hashes are smallest (<see cref="SameDayDuplicates"/>).
/// The methods are compiled fully optimised at once (<see cref="MethodImplOptions.AggressiveOptimization"/>):
/// a build runs them over every body once, mostly before tiered compilation would have replaced the
/// first, unoptimised code.
/// </remarks>
internal ref struct ShingleReader
{
    public const int ShingleWords = 6;
    private const ulong Prime = 1099511628211UL;
    private const ulong WordSeed = 14695981039346656037UL;
    private const ulong ShingleSeed = 17UL;

    /// <summary>For each ASCII character, itself lower-cased if it is a letter or digit, else 0: the common case without a call.</summary>
    private static readonly byte[] AsciiWordChar = BuildAsciiWordChar();

    private readonly ReadOnlySpan<char> _text;
    private readonly Span<ulong> _recent;
    private int _position;
    private int _words;
    private bool _shortTextDone;

    /// <param name="recent">Room for the last <see cref="ShingleWords"/> word hashes (a ring), e.g. <c>stackalloc ulong[ShingleWords]</c>.</param>
    public ShingleReader(ReadOnlySpan<char> text, Span<ulong> recent)
    {
        _text = text;
        _recent = recent[..ShingleWords];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool TryRead(out ulong shingle)
    {
        while (TryReadWord(out var word))
        {
            _recent[_words % ShingleWords] = word;
            _words++;
            if (_words >= ShingleWords)
            {
                shingle = Hash(_words - ShingleWords, _words);
                return true;
            }
        }
        if (_words is > 0 and < ShingleWords && !_shortTextDone)
        {
            _shortTextDone = true;
            shingle = Hash(0, _words);
            return true;
        }
        shingle = 0;
        return false;
    }

    /// <summary>Words <paramref name="from"/> (inclusive) to <paramref name="to"/> (exclusive), all still in the ring.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly ulong Hash(int from, int to)
    {
        var hash = ShingleSeed;
        var at = from % ShingleWords;
        for (var w = from; w < to; w++)
        {
            hash = (hash ^ _recent[at]) * Prime;
            at = at == ShingleWords - 1 ? 0 : at + 1;
        }
        return hash;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool TryReadWord(out ulong word)
    {
        var text = _text;
        var fold = AsciiWordChar;
        var i = _position;
        while (i < text.Length)
        {
            while (i < text.Length && (text[i] < 128 ? fold[text[i]] == 0 : !char.IsLetterOrDigit(text[i]))) i++;
            var hash = WordSeed;
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
                hash = (hash ^ lower) * Prime;
                digitsOnly &= char.IsAsciiDigit(c);
            }
            if (!digitsOnly)
            {
                _position = i;
                word = hash;
                return true;
            }
        }
        _position = i;
        word = 0;
        return false;
    }

    private static byte[] BuildAsciiWordChar()
    {
        var table = new byte[128];
        for (var c = 0; c < 128; c++)
            if (char.IsLetterOrDigit((char)c)) table[c] = (byte)char.ToLowerInvariant((char)c);
        return table;
    }
}
