using System.Runtime.CompilerServices;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// The text a statement's search snippet is cut from, bounded so the index stays small however long
/// the statements are: a short body whole; a long one as its opening (what a result shows when no
/// word of the query is in the body) and short passages around the first place the body has each of
/// the words a reader is most likely to find it by, pieced together with " … ". Words for which the
/// statement is on the first page of a one-word query come first, the rarest first (a reader who
/// searches a rare word wants to see it; common words are in the opening of most statements anyway).
/// Words of the title or of the opening are already on screen, so they come after the others.
/// Not thread-safe: one builder per thread.
/// </summary>
internal sealed class SearchPassageBuilder
{
    /// <summary>Characters of body text kept per statement, at most (plus the " … " between passages).</summary>
    public const int PassageChars = 1000;

    /// <summary>The opening kept: as much as search-snippet.js shows.</summary>
    public const int LeadChars = 240;

    /// <summary>Context on each side of a word: as much as search-snippet.js shows before a match.</summary>
    public const int WindowChars = 60;

    public const string Gap = " … ";

    /// <summary>Only this many words are tried: the budget holds six or seven passages, and some words share one.</summary>
    private const int MaxCandidates = 24;

    // A key's bits, high to low: 2 of group, 26 of document frequency, 5 of rank, 28 of position.
    private const int PositionBits = 28;
    private const int RankBits = 5;
    private const long PositionMask = (1L << PositionBits) - 1;
    private const long MaxFrequency = (1L << 26) - 1;

    private static readonly char[] Spaces = [' ', '\n'];

    private readonly long[] _best = new long[MaxCandidates];
    private readonly List<(int Start, int End)> _spans = new(MaxCandidates);
    private readonly StringBuilder _text = new(PassageChars + 64);
    private int _count;

    /// <summary>Where the kept opening of <paramref name="body"/> ends: the whole body when it fits the budget.</summary>
    public static int LeadEnd(ReadOnlySpan<char> body)
    {
        if (body.Length <= PassageChars) return body.Length;
        var space = body[..(LeadChars + 1)].LastIndexOfAny(Spaces);
        if (space > LeadChars / 2) return space;
        return char.IsLowSurrogate(body[LeadChars]) ? LeadChars - 1 : LeadChars;
    }

    /// <summary>
    /// Priority of a word, lower first: on a first page or not, on screen or not, then rarer first, then
    /// higher on its first page, then earlier in the body (which makes every key of a statement distinct).
    /// <paramref name="rank"/> is the statement's place on the word's first page of results, or
    /// <see cref="SearchPostingsBuilder.FirstPage"/> if it is not on it.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static long Key(bool onScreen, int rank, int documentFrequency, int firstInBody)
    {
        var group = (rank < SearchPostingsBuilder.FirstPage ? 0 : 2) + (onScreen ? 1 : 0);
        return ((long)group << 61) | (Math.Min(documentFrequency, MaxFrequency) << (PositionBits + RankBits))
            | ((long)rank << PositionBits) | Math.Min(firstInBody, PositionMask);
    }

    public void Clear() => _count = 0;

    /// <summary>A word that could get a passage; only the <see cref="MaxCandidates"/> best offered are kept.</summary>
    // Optimized at once rather than tiered up: a build is one short run, and this sees every term of every long statement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(long key)
    {
        if (_count == MaxCandidates && key >= _best[MaxCandidates - 1]) return;
        var at = Math.Min(_count, MaxCandidates - 1);
        while (at > 0 && _best[at - 1] > key)
        {
            _best[at] = _best[at - 1];
            at--;
        }
        _best[at] = key;
        if (_count < MaxCandidates) _count++;
    }

    /// <param name="leadEnd">From <see cref="LeadEnd"/>.</param>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string Build(ReadOnlySpan<char> body, int leadEnd)
    {
        _text.Clear();
        if (leadEnd >= body.Length)
        {
            AppendCollapsed(body, 0, body.Length);
            return _text.ToString();
        }

        _spans.Clear();
        _spans.Add((0, leadEnd));
        var used = leadEnd;
        for (var i = 0; i < _count && PassageChars - used > WindowChars; i++)
        {
            var start = (int)(_best[i] & PositionMask);
            var end = WordEnd(body, start);
            if (Covered(start, end)) continue;
            var from = WindowStart(body, start);
            var to = WindowEnd(body, end);
            if (used + (to - from) > PassageChars) continue;
            _spans.Add((from, to));
            used += to - from;
        }
        _spans.Sort();

        var last = -1;
        foreach (var (start, end) in _spans)
        {
            if (last >= 0 && start <= last + 1)
            {
                if (end > last) AppendCollapsed(body, last, end);
                last = Math.Max(last, end);
                continue;
            }
            if (last >= 0) _text.Append(Gap);
            AppendCollapsed(body, start, end);
            last = end;
        }
        if (body[last..].Trim().Length > 0) _text.Append(Gap.AsSpan().TrimEnd());
        return _text.ToString();
    }

    private bool Covered(int start, int end)
    {
        foreach (var span in _spans)
            if (span.Start <= start && end <= span.End) return true;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WordEnd(ReadOnlySpan<char> body, int start)
    {
        var end = start;
        while (end < body.Length && !char.IsWhiteSpace(body[end])) end++;
        return end;
    }

    /// <summary>Back <see cref="WindowChars"/> from the word, then forward to the start of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WindowStart(ReadOnlySpan<char> body, int word)
    {
        if (word <= WindowChars) return 0;
        var from = word - WindowChars;
        while (from < word && !char.IsWhiteSpace(body[from - 1])) from++;
        return from;
    }

    /// <summary>On <see cref="WindowChars"/> after the word, then back to the end of a word.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int WindowEnd(ReadOnlySpan<char> body, int wordEnd)
    {
        if (wordEnd + WindowChars >= body.Length) return body.Length;
        var to = wordEnd + WindowChars;
        while (to > wordEnd && !char.IsWhiteSpace(body[to])) to--;
        return to;
    }

    /// <summary>Body text with each run of white space (line breaks between blocks too) as one space, none at the ends of a passage.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AppendCollapsed(ReadOnlySpan<char> body, int start, int end)
    {
        var pendingSpace = false;
        var wroteAny = _text.Length > 0 && _text[^1] != ' ';
        for (var i = start; i < end; i++)
        {
            var c = body[i];
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = wroteAny;
                continue;
            }
            if (pendingSpace) _text.Append(' ');
            pendingSpace = false;
            _text.Append(c);
            wroteAny = true;
        }
    }
}
