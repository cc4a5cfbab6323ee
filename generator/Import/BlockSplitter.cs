using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 3: lines into blocks. Blank lines separate blocks; inside a run of lines a list marker, a
/// lettered point ("(a)") or a Markdown heading starts a new block, and so does a line after a short
/// line that ends a sentence (see <see cref="EndsParagraph"/>); any other line continues the current
/// one (hard wrapping).
/// </summary>
public static partial class BlockSplitter
{
    // "5\." is a number escaped by an HTML-to-Markdown converter, "5 ." a number spaced by a PDF copy.
    [GeneratedRegex(@"^(?<marker>(?<number>\d{1,3}) ?\\?(?<close>[.)])|[•·▪◦‣●\-*+–])\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();

    [GeneratedRegex(@"^(?<marker>o)\s+(?<text>\S.*)$")]
    private static partial Regex SubBullet();

    // "Tags: …" then "Categories: …": fields laid out one a line are separate blocks, not one wrapped paragraph.
    [GeneratedRegex(@"^[*_]{0,2}\p{Lu}[\p{L}'’ ]{0,30}[*_]{0,2}:[*_]{0,2}\s+\S")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^(?<marker>#{1,6})\s+(?<text>.*?)\s*#*$")]
    private static partial Regex Heading();

    // "(a) …", "b) …", "(iv) …": points of a list whose letters are part of the text, kept as written.
    [GeneratedRegex(@"^(?:\([a-z]\)|[a-z]\)|\((?:i|ii|iii|iv|v|vi|vii|viii|ix|x)\))\s+\S")]
    private static partial Regex LetteredPoint();

    [GeneratedRegex(@"[.!?][""”’)]?$")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"^(?:1[89]|20)\d{2}\.\s+\p{Lu}")]
    private static partial Regex YearEntry();

    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var blocks = new List<TextBlock>();
        BlockKind kind = BlockKind.Paragraph;
        string? marker = null;
        var current = new List<SourceLine>();
        var vocabulary = LineJoiner.Vocabulary(lines);
        var runWidths = RunWidths(lines);

        void Flush()
        {
            if (current.Count == 0)
                return;
            var first = current[0];
            var joined = LineJoiner.Join(current, report, vocabulary);
            var text = kind == BlockKind.Paragraph ? joined : StripMarker(joined, kind);
            blocks.Add(new TextBlock(kind, marker, text.Trim(), current.ToList()));
            current.Clear();
            kind = BlockKind.Paragraph;
            marker = null;
        }

        for (var index = 0; index < lines.Count; index++)
        {
            var line = lines[index];
            if (line.Text.Length == 0)
            {
                Flush();
                continue;
            }
            var heading = Heading().Match(line.Text);
            if (heading.Success)
            {
                Flush();
                kind = BlockKind.Heading;
                marker = heading.Groups["marker"].Value;
                current.Add(line);
                Flush();
                continue;
            }
            // A date alone on its line ("27.02.2022") is a dateline, never a wrapped line of the title above or the
            // paragraph below, however the lines around it are wrapped (but the value of a "Date modified:" label).
            if (DateParser.IsDateOnly(line.Text) && !(current.Count > 0 && current[^1].Text.EndsWith(':')))
            {
                Flush();
                current.Add(line);
                Flush();
                continue;
            }
            var item = ListItem().Match(line.Text);
            // "o secure energy supplies;" under a bulleted point: Word's second-level bullet, a list item only there.
            if (!item.Success && SubBullet().Match(line.Text) is { Success: true } sub && (kind == BlockKind.ListItem || current.Count == 0 && blocks.Count > 0 && blocks[^1].Kind == BlockKind.ListItem && blocks[^1].EndLine == line.Number - 1))
                item = sub;
            if (item.Success)
            {
                Flush();
                kind = BlockKind.ListItem;
                marker = item.Groups["number"].Success ? item.Groups["number"].Value + item.Groups["close"].Value : item.Groups["marker"].Value;
            }
            else if (current.Count > 0 && ((FieldLine().IsMatch(line.Text) && FieldLine().IsMatch(current[^1].Text))
                || LetteredPoint().IsMatch(line.Text) || EndsParagraph(current[^1].Text, line.Text, runWidths[index])))
            {
                Flush();
            }
            current.Add(line);
        }
        Flush();
        return blocks;
    }

    /// <summary>
    /// Some copies put each paragraph (and the title and date) on a line of its own with no blank
    /// line between. When a run of lines is not hard-wrapped (its longest line is longer than any wrap
    /// width), each line is a block unless the next goes on in lower case or follows a long unfinished
    /// line (a line broken mid-sentence).
    /// In a wrapped run, a line that ends a sentence well short of the wrap width ends its paragraph:
    /// a wrapped line ends short only where its paragraph ends.
    /// </summary>
    private static bool EndsParagraph(string previous, string next, int runWidth)
    {
        if (next.Length == 0 || char.IsLower(next[0]))
            return false;
        // A long line left unfinished ("… signed by the Allies and" / "NATO partners …") goes on.
        if (runWidth > WrapWidth)
            return previous.Length <= WrapWidth || ProseDetector.EndsSentence(previous);
        // "1999. NATO deploys …" under "1995. NATO leads …": a timeline's entries start with their year.
        if (SentenceEnd().IsMatch(previous) && YearEntry().IsMatch(next))
            return true;
        return SentenceEnd().IsMatch(previous) && (char.IsUpper(next[0]) || next[0] is '"' or '“' or '«')
            && previous.Length < runWidth * 3 / 4;
    }

    // Mail clients wrap at 72 to 78 characters, PDF text at up to about 110.
    private const int WrapWidth = 120;

    // The longest line of each run of non-blank lines, for every line of the run.
    private static int[] RunWidths(IReadOnlyList<SourceLine> lines)
    {
        var widths = new int[lines.Count];
        var start = 0;
        for (var i = 0; i <= lines.Count; i++)
        {
            if (i < lines.Count && lines[i].Text.Length > 0)
                continue;
            var width = 0;
            for (var j = start; j < i; j++)
                width = Math.Max(width, lines[j].Text.Length);
            for (var j = start; j < i; j++)
                widths[j] = width;
            start = i + 1;
        }
        return widths;
    }

    private static string StripMarker(string text, BlockKind kind) => kind switch
    {
        BlockKind.Heading => Heading().Match(text) is { Success: true } m ? m.Groups["text"].Value : text,
        _ => ListItem().Match(text) is { Success: true } m ? m.Groups["text"].Value
            : SubBullet().Match(text) is { Success: true } sub ? sub.Groups["text"].Value : text,
    };
}
