using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Joins hard-wrapped lines of one paragraph. A line ending in "letter-" was cut at a hyphen. Before
/// a capital the hyphen is part of a compound ("Secretary-" + "General"): it stays, with no space.
/// Before a lower-case letter it is usually a PDF's line-end hyphenation ("infra-" + "structure"):
/// it goes, unless the document itself writes the hyphenated form elsewhere, or the first half is a
/// prefix that English always joins with a hyphen ("so-called", "self-defence", "non-proliferation"), or
/// the second half makes a compound adjective ("decision-making", "rules-based").
/// "short- and long-term" keeps hyphen and space: the first word waits for its second half.
/// </summary>
public static partial class LineJoiner
{
    [GeneratedRegex(@"^\p{Ll}")]
    private static partial Regex LowerStart();

    [GeneratedRegex(@"^\p{Lu}")]
    private static partial Regex UpperStart();

    [GeneratedRegex(@"[\p{L}]+(?:-[\p{L}]+)*")]
    private static partial Regex Word();

    private static readonly HashSet<string> HyphenPrefixes = new(StringComparer.OrdinalIgnoreCase)
    {
        "so", "self", "non", "well", "cross", "counter", "long", "short", "full", "large", "half", "ex", "all", "high", "low", "mid", "anti",
    };

    // Second halves that make a compound adjective rather than one word: "decision-making", "rules-based",
    // "Ukraine-led", "security-related", "medium-term", "large-scale", "Alliance-wide", "confidence-building".
    private static readonly HashSet<string> CompoundTails = new(StringComparer.OrdinalIgnoreCase)
    {
        "making", "based", "led", "related", "term", "scale", "wide", "level", "owned", "oriented", "driven", "specific",
        "sharing", "building", "run", "free",
    };

    /// <summary>Every word of the text, lower-cased, as written (with its hyphens): the document's own spelling.</summary>
    public static HashSet<string> Vocabulary(IEnumerable<SourceLine> lines) =>
        lines.SelectMany(l => Word().Matches(l.Text).Select(m => m.Value.ToLowerInvariant())).ToHashSet(StringComparer.Ordinal);

    public static string Join(IReadOnlyList<SourceLine> lines, ImportReportBuilder? report = null, IReadOnlySet<string>? vocabulary = null)
    {
        if (lines.Count == 0)
            return "";
        // One builder for the paragraph: a page of numbered points without blank lines is one block of thousands of lines.
        var text = new StringBuilder(lines[0].Text);
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (text is [.., var letter, '-'] && char.IsLower(letter) && (LowerStart().IsMatch(next) || UpperStart().IsMatch(next)) && !IsSuspended(next))
            {
                var first = LastWord(text);
                var second = FirstWord(next);
                var keep = UpperStart().IsMatch(next) || KeepsHyphen(first, second, vocabulary);
                report?.Repaired(lines[i - 1].Number, keep
                    ? $"joined the compound broken across lines: \"{first}-{second}\""
                    : $"joined the word hyphenated across lines: \"{first}{second}\"");
                if (!keep) text.Length--;
                text.Append(next);
            }
            else
            {
                text.Append(' ').Append(next);
            }
        }
        return text.ToString();
    }

    private static bool IsSuspended(string next) =>
        next.StartsWith("and ", StringComparison.Ordinal) || next.StartsWith("or ", StringComparison.Ordinal)
        || next.StartsWith("et ", StringComparison.Ordinal) || next.StartsWith("ou ", StringComparison.Ordinal);

    private static bool KeepsHyphen(string first, string second, IReadOnlySet<string>? vocabulary)
    {
        var head = first.ToLowerInvariant();
        var tail = new string(second.TakeWhile(c => char.IsLetter(c) || c == '-').ToArray()).ToLowerInvariant();
        if (vocabulary is not null && vocabulary.Contains(head + "-" + tail))
            return true;
        if (vocabulary is not null && vocabulary.Contains(head + tail))
            return false;
        if (CompoundTails.Contains(tail))
            return true;
        var lastPart = head[(head.LastIndexOf('-') + 1)..];
        return HyphenPrefixes.Contains(lastPart) && (lastPart != "so" || tail.StartsWith("called", StringComparison.Ordinal));
    }

    /// <summary>The lines joined with single spaces, and where each line starts in that text.</summary>
    public static (string Text, int[] Starts) JoinPlain(IReadOnlyList<SourceLine> lines)
    {
        var starts = new int[lines.Count];
        var position = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            starts[i] = position;
            position += lines[i].Text.Length + 1;
        }
        return (string.Join(" ", lines.Select(l => l.Text)), starts);
    }

    /// <summary>The raw line number of a position in a <see cref="JoinPlain"/> text.</summary>
    public static int LineAt(IReadOnlyList<SourceLine> lines, int[] starts, int position) => lines[LineIndexAt(starts, position)].Number;

    /// <summary>The index, among the joined lines, of the line a position of a <see cref="JoinPlain"/> text falls in.</summary>
    public static int LineIndexAt(int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        if (index < 0)
            index = ~index - 1;
        return Math.Clamp(index, 0, starts.Length - 1);
    }

    /// <summary>The word the text ends with, without its final hyphen or an opening bracket or quote.</summary>
    private static string LastWord(StringBuilder text)
    {
        var start = text.Length - 1;
        while (start > 0 && text[start - 1] != ' ') start--;
        return text.ToString(start, text.Length - 1 - start).TrimStart('(', '"', '“', '\'', '‘');
    }

    private static string FirstWord(string text)
    {
        var end = text.IndexOf(' ');
        return end < 0 ? text : text[..end];
    }
}
