using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 3: lines into blocks. Blank lines separate blocks; inside a run of lines a list marker or a
/// Markdown heading starts a new block, any other line continues the current one (hard wrapping).
/// </summary>
public static partial class BlockSplitter
{
    // "5\." is a number escaped by an HTML-to-Markdown converter, "5 ." a number spaced by a PDF copy.
    [GeneratedRegex(@"^(?<marker>(?<number>\d{1,3}) ?\\?(?<close>[.)])|[•·▪◦‣●\-*+–])\s+(?<text>\S.*)$")]
    private static partial Regex ListItem();

    // "Tags: …" then "Categories: …": fields laid out one a line are separate blocks, not one wrapped paragraph.
    [GeneratedRegex(@"^[*_]{0,2}\p{Lu}[\p{L}'’ ]{0,30}[*_]{0,2}:[*_]{0,2}\s+\S")]
    private static partial Regex FieldLine();

    [GeneratedRegex(@"^(?<marker>#{1,6})\s+(?<text>.*?)\s*#*$")]
    private static partial Regex Heading();

    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var blocks = new List<TextBlock>();
        BlockKind kind = BlockKind.Paragraph;
        string? marker = null;
        var current = new List<SourceLine>();
        var vocabulary = LineJoiner.Vocabulary(lines);

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

        foreach (var line in lines)
        {
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
            var item = ListItem().Match(line.Text);
            if (item.Success)
            {
                Flush();
                kind = BlockKind.ListItem;
                marker = item.Groups["number"].Success ? item.Groups["number"].Value + item.Groups["close"].Value : item.Groups["marker"].Value;
            }
            else if (current.Count > 0 && FieldLine().IsMatch(line.Text) && FieldLine().IsMatch(current[^1].Text))
            {
                Flush();
            }
            current.Add(line);
        }
        Flush();
        return blocks;
    }

    private static string StripMarker(string text, BlockKind kind) => kind switch
    {
        BlockKind.Heading => Heading().Match(text) is { Success: true } m ? m.Groups["text"].Value : text,
        _ => ListItem().Match(text) is { Success: true } m ? m.Groups["text"].Value : text,
    };
}
