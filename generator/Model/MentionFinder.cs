using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.RegularExpressions;
using StatementArchive.Domain;
using StatementArchive.Import;

namespace StatementArchive.Model;

/// <summary>
/// Finds where a statement names another: by reference number ("PR (2022) 125"), by its title in
/// quotes, or as "the statement of 24 March 2022". Each check is a dictionary lookup, so the whole
/// archive costs one pass over its text. A name that fits several statements links none: a wrong
/// link is worse than a missing one.
/// </summary>
/// <remarks>
/// Each pattern is tried only where it could match, found by a fast search, with the same matches
/// as over the whole body: a reference only in a stretch around a '(' or '/' before a number (every
/// reference has one), a dated phrase only in a stretch around words every such phrase has
/// (<see cref="TextStretch"/>), a quoted title only at an opening quote whose closing quote is far enough on.
/// </remarks>
public static partial class MentionFinder
{
    internal const int Ambiguous = -1;
    /// <summary>The shortest quoted title, as <see cref="QuotedTextPattern"/> says (its <c>{15,300}</c>).</summary>
    private const int ShortestQuote = 15;
    internal const string QuotedTextPattern = "[\u201c\"\u00ab]\\s*([^\u201d\"\u00bb\\n]{15,300}?)\\s*[\u201d\"\u00bb]";

    private static readonly SearchValues<char> ReferenceMarks = SearchValues.Create("(/");
    private static readonly SearchValues<char> OpeningQuotes = SearchValues.Create("\u201c\"\u00ab");
    private static readonly SearchValues<char> ClosingQuotes = SearchValues.Create("\u201d\"\u00bb");

    public static IReadOnlyList<Mention>[] Find(IReadOnlyList<Statement> statements)
    {
        var names = MentionNames.Of(statements);
        var result = new IReadOnlyList<Mention>[statements.Count];
        Parallel.For(0, statements.Count, i => result[i] = MentionsIn(statements[i].Body, i, names));
        return result;
    }

    /// <summary>
    /// What <see cref="Find"/> gives the statement at <paramref name="self"/> for the text <paramref name="body"/>, with
    /// names made once for the archive: `serve` re-reads one edited text against names it keeps between edits.
    /// </summary>
    public static IReadOnlyList<Mention> In(string body, int self, MentionNames names) => MentionsIn(body, self, names);

    // Compiled optimised at once: a build runs it over every body, mostly before tiered compilation would step in.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static List<Mention> MentionsIn(string body, int self, MentionNames names)
    {
        var found = new List<Mention>();
        void Add(int target, string text)
        {
            if (target >= 0 && target != self && found.All(m => m.Target != target)) found.Add(new Mention(target, text));
        }

        for (var at = IndexOfAny(body, ReferenceMarks, 0); at >= 0;)
        {
            if (!StartsReferenceNumber(body, at))
            {
                at = IndexOfAny(body, ReferenceMarks, at + 1);
                continue;
            }
            (var start, var end, at) = TextStretch.Around(body, at, IsReferenceChar);
            foreach (var (reference, _, _) in ReferenceDetector.FindAll(body[start..end]))
                Add(names.ByReference.GetValueOrDefault(DuplicateDetector.NormaliseReference(reference), Ambiguous), reference);
            at = IndexOfAny(body, ReferenceMarks, at);
        }

        foreach (var quoted in Quotes(body))
            Add(names.ByTitle.GetValueOrDefault(TitleKey(quoted) ?? "", Ambiguous), quoted);

        for (var keyword = DatedMentionCore().Match(body); keyword.Success;)
        {
            var (start, end, next) = TextStretch.Around(body, keyword.Index, IsDatedMentionChar);
            foreach (var phrase in DatedMention().EnumerateMatches(body.AsSpan(start, end - start)))
            {
                var phraseEnd = start + phrase.Index + phrase.Length;
                var date = FirstDateAt(body[phraseEnd..Math.Min(body.Length, phraseEnd + 30)]);
                if (date is not null && OnlyOtherOn(names.ByDate, date.Date, self) is var target and >= 0)
                    Add(target, body.Substring(start + phrase.Index, phrase.Length + date.Length));
            }
            keyword = DatedMentionCore().Match(body, next);
        }
        return found;
    }

    /// <summary>
    /// Whether the text quotes something that folds like one of <paramref name="titleKeys"/> (see <see cref="TitleKey"/>):
    /// when a statement's title changes, only such a text can name another statement than before.
    /// </summary>
    public static bool QuotesAny(string body, IReadOnlySet<string> titleKeys)
    {
        foreach (var quoted in Quotes(body))
            if (TitleKey(quoted) is { } key && titleKeys.Contains(key)) return true;
        return false;
    }

    /// <summary>The texts in quotes that could be titles, in order.</summary>
    private static IEnumerable<string> Quotes(string body)
    {
        for (var at = IndexOfAny(body, OpeningQuotes, 0); at >= 0; at = IndexOfAny(body, OpeningQuotes, at))
        {
            // A quote's closing mark is the first after its opening: none can stand inside.
            var closing = body.AsSpan(at + 1).IndexOfAny(ClosingQuotes);
            if (closing < 0) break;
            var quoted = closing >= ShortestQuote ? QuotedTextAt().Match(body, at) : Match.Empty;
            if (!quoted.Success) { at++; continue; }
            yield return quoted.Groups[1].Value;
            at = quoted.Index + quoted.Length;
        }
    }

    private static int IndexOfAny(string text, SearchValues<char> values, int from) =>
        from < text.Length && text.AsSpan(from).IndexOfAny(values) is var found and >= 0 ? from + found : -1;

    /// <summary>
    /// Whether the '(' or '/' at <paramref name="at"/> is followed by a number, as one of every reference's is:
    /// "(2022)", "( 2022)", "/21734", "123/22". Most brackets and slashes in a text are not, and need no look.
    /// </summary>
    private static bool StartsReferenceNumber(string text, int at)
    {
        var next = at + 1;
        if (text[at] == '(')
            while (next < text.Length && char.IsWhiteSpace(text[next])) next++;
        return next < text.Length && char.IsDigit(text[next]);
    }

    /// <summary>Every character a reference number can hold (<see cref="ReferenceDetector"/>): letters, digits, spaces, ( ) / -.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsReferenceChar(char c) => char.IsLetterOrDigit(c) || char.IsWhiteSpace(c) || c is '(' or ')' or '/' or '-';

    /// <summary>Every character <see cref="DatedMention"/> can hold: letters and spaces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsDatedMentionChar(char c) => char.IsLetter(c) || char.IsWhiteSpace(c);

    private static FoundDate? FirstDateAt(string text)
    {
        foreach (var date in DateParser.FindAll(text))
            if (date.Index == 0) return date;
        return null;
    }

    /// <summary>The one statement of that date other than <paramref name="self"/>, or -1 if there is none or more than one.</summary>
    private static int OnlyOtherOn(Dictionary<DateOnly, List<int>> byDate, DateOnly date, int self)
    {
        if (!byDate.TryGetValue(date, out var sameDay)) return -1;
        var only = -1;
        foreach (var candidate in sameDay)
        {
            if (candidate == self) continue;
            if (only >= 0) return -1;
            only = candidate;
        }
        return only;
    }

    /// <summary>Key → position; a key shared by two statements maps to <see cref="Ambiguous"/>.</summary>
    internal static Dictionary<string, int> Index(IReadOnlyList<Statement> statements, Func<Statement, string?> key)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            if (key(statements[i]) is not { Length: > 0 } k) continue;
            index[k] = index.ContainsKey(k) ? Ambiguous : i;
        }
        return index;
    }

    /// <summary>Titles of four words or more, folded; shorter ones ("Final Communiqué") name too many texts.</summary>
    /// <remarks>A word is a run of letters and decimal digits (what <c>[\p{L}\d]+</c> matches), read in one pass: every title and quote is folded.</remarks>
    internal static string? TitleKey(string title)
    {
        var folded = title.ToLowerInvariant();
        var key = new StringBuilder(folded.Length);
        var words = 0;
        for (var i = 0; i < folded.Length; i++)
        {
            if (!char.IsLetter(folded[i]) && !char.IsDigit(folded[i])) continue;
            if (words++ > 0) key.Append(' ');
            for (; i < folded.Length && (char.IsLetter(folded[i]) || char.IsDigit(folded[i])); i++) key.Append(folded[i]);
        }
        return words >= 4 ? key.ToString() : null;
    }

    /// <summary>A title in quotes, matched only where it starts (<c>\G</c>): the caller finds the opening quotes.</summary>
    [GeneratedRegex(@"\G" + QuotedTextPattern)]
    private static partial Regex QuotedTextAt();

    [GeneratedRegex(@"\b(?:joint\s+)?(?:statement|declaration|communiqu[ée]|press\s+release)\s+(?:of|on|issued\s+on|dated|adopted\s+on)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    internal static partial Regex DatedMention();

    /// <summary>What every <see cref="DatedMention"/> holds, under the same case rules: where to look for one.</summary>
    [GeneratedRegex(@"(?:statement|declaration|communiqu[ée]|release)\s+(?:of|on|issued|dated|adopted)", RegexOptions.IgnoreCase)]
    private static partial Regex DatedMentionCore();
}
