using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Joins hard-wrapped lines of one paragraph. A line ending in "letter-" followed by a line starting
/// in lower case is a word hyphenated at a PDF line end: the hyphen goes and the halves are joined.
/// </summary>
public static partial class LineJoiner
{
    [GeneratedRegex(@"\p{Ll}-$")]
    private static partial Regex HyphenatedEnd();

    [GeneratedRegex(@"^\p{Ll}")]
    private static partial Regex LowerStart();

    public static string Join(IReadOnlyList<SourceLine> lines, ImportReportBuilder? report = null)
    {
        if (lines.Count == 0)
            return "";
        var text = lines[0].Text;
        for (var i = 1; i < lines.Count; i++)
        {
            var next = lines[i].Text;
            if (HyphenatedEnd().IsMatch(text) && LowerStart().IsMatch(next))
            {
                report?.Repaired(lines[i - 1].Number, $"joined the word hyphenated across lines: \"{LastWord(text)}{FirstWord(next)}\"");
                text = text[..^1] + next;
            }
            else
            {
                text = text + " " + next;
            }
        }
        return text;
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
    public static int LineAt(IReadOnlyList<SourceLine> lines, int[] starts, int position)
    {
        var index = Array.BinarySearch(starts, position);
        if (index < 0)
            index = ~index - 1;
        return lines[Math.Clamp(index, 0, lines.Count - 1)].Number;
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..^1];

    private static string FirstWord(string text)
    {
        var end = text.IndexOf(' ');
        return end < 0 ? text : text[..end];
    }
}
