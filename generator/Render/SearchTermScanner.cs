using System.Runtime.CompilerServices;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// Finds the words of a text as <see cref="SearchTokenizer"/> defines them, without a string per
/// word: each word's folded form is written into one reused buffer and handed out as a span, with
/// where the word stands in the original text (for snippets). Not thread-safe: one scanner per thread.
/// </summary>
public sealed class SearchTermScanner
{
    /// <summary>A word at [Start, End) of the scanned text; its folded form is <see cref="Term"/>.</summary>
    public readonly record struct Token(int Start, int End, int FoldedStart, int FoldedLength);

    private char[] _folded = new char[1024];
    private Token[] _tokens = new Token[256];
    private int _count;

    /// <summary>
    /// The words of <paramref name="text"/> in order, except those <see cref="SearchTokenizer.Keep"/>
    /// drops for their length (stop words are left to the caller, which looks every word up anyway).
    /// Valid until the next call.
    /// </summary>
    // Optimized at once rather than tiered up: a build is one short run, and this loop sees every character of the archive.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ReadOnlySpan<Token> Scan(ReadOnlySpan<char> text)
    {
        if (_folded.Length < text.Length) _folded = new char[Math.Max(text.Length, _folded.Length * 2)];
        var folded = _folded;
        var table = SearchFolding.Scanning;
        _count = 0;
        var length = 0;
        var i = 0;
        while (i < text.Length)
        {
            // Between words; a combining mark there is dropped like any separator.
            var value = table[text[i]];
            if (value < SearchFolding.Surrogate)
            {
                i++;
                continue;
            }
            var start = i;
            var foldedStart = length;
            var end = i;
            while (i < text.Length)
            {
                value = table[text[i]];
                if (value > SearchFolding.Surrogate)
                {
                    folded[length++] = value;
                    end = ++i;
                }
                // A combining mark is dropped before words are split, so it neither ends a word nor adds to it.
                else if (value == SearchFolding.Mark) i++;
                else if (value == SearchFolding.Surrogate && IsLetterPair(text, i, folded, ref length)) end = i += 2;
                else break;
            }
            if (length > foldedStart) Add(start, end, foldedStart, length - foldedStart);
            else i++;
        }
        return _tokens.AsSpan(0, _count);
    }

    /// <summary>Outside the BMP a letter is judged, and lower-cased, as one code point (as string.ToLowerInvariant and JavaScript's \p{L} do).</summary>
    private static bool IsLetterPair(ReadOnlySpan<char> text, int i, char[] folded, ref int length)
    {
        if (!char.IsHighSurrogate(text[i]) || i + 1 >= text.Length || !char.IsLowSurrogate(text[i + 1])) return false;
        var rune = Rune.ToLowerInvariant(new Rune(text[i], text[i + 1]));
        if (!Rune.IsLetterOrDigit(rune)) return false;
        length += rune.EncodeToUtf16(folded.AsSpan(length));
        return true;
    }

    /// <summary>The folded form of a token of the last scan.</summary>
    public ReadOnlySpan<char> Term(Token token) => _folded.AsSpan(token.FoldedStart, token.FoldedLength);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Add(int start, int end, int foldedStart, int foldedLength)
    {
        if (foldedLength > SearchTokenizer.MaxTermLength) return;
        if (foldedLength == 1 && !char.IsDigit(_folded[foldedStart])) return;
        if (_count == _tokens.Length) Array.Resize(ref _tokens, _tokens.Length * 2);
        _tokens[_count++] = new Token(start, end, foldedStart, foldedLength);
    }
}
