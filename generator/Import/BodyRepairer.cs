using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 7: the body as the statement was written. Drops lines that repeat the title and a PDF's
/// running headers, makes bold or capital lines headings, joins a paragraph broken by a page break
/// (one ending without terminal punctuation followed by one starting in lower case), renumbers
/// paragraphs whose numbers a conversion turned all into "1.", and flags sentences that start in
/// lower case, where text may be missing.
/// </summary>
public static partial class BodyRepairer
{
    [GeneratedRegex(@"(?<before>\S+)[.!?][""”’)]?\s+(?<word>\p{Ll}[\p{L}\-]*)")]
    private static partial Regex LowerCaseSentenceStart();

    [GeneratedRegex(@"^\p{Ll}")]
    private static partial Regex LowerStart();

    public static IReadOnlyList<TextBlock> Repair(IReadOnlyList<TextBlock> body, string title, ImportReportBuilder report, IReadOnlySet<string>? runningLines = null)
    {
        var titleKey = MarkupStripper.Key(title);
        var kept = new List<TextBlock>();
        var pageNotes = new List<TextBlock>();
        var repeated = RepeatedRuns(body);
        var repeats = 0;
        for (var i = 0; i < body.Count; i++)
        {
            var block = body[i];
            // A PDF page's footnotes ("1 See the Report …") between the two halves of a sentence the page cut: they
            // go to the end of the text, and the sentence is joined again.
            if (kept.Count > 0 && i + 1 < body.Count && IsPageFootnotes(block) && IsBrokenBefore(kept[^1], body[i + 1]))
            {
                report.Repaired(block.StartLine, "moved the page's footnotes to the end of the text: they stood inside a sentence cut by the page break");
                pageNotes.AddRange(block.Lines.Select(l => new TextBlock(BlockKind.Paragraph, null, l.Text.Trim(), [l])));
                continue;
            }
            if (MarkupStripper.Key(block.Text) == titleKey)
            {
                report.Dropped(block, "repeats the title");
                continue;
            }
            if (repeated.Contains(block))
            {
                report.Dropped(block, "repeats an earlier paragraph");
                if (repeats++ == 0)
                    report.Unsure(block.StartLine, "paragraphs repeat earlier ones word for word and in order (pasted twice?); the repeats were dropped");
                continue;
            }
            if (!ProseDetector.IsProse(block, 3) && BoilerplateDetector.DescribeDropped(block.Text, "") == "last updated")
            {
                report.Dropped(block, "last updated");
                continue;
            }
            if (block.Lines.Count == 1 && !ProseDetector.IsProse(block, 3) && runningLines?.Contains(MarkupStripper.Key(block.Text)) == true)
            {
                report.Dropped(block, "running header or footer");
                continue;
            }
            if (TableRecognizer.AsTable(block) is { } table)
            {
                report.Repaired(block.StartLine, $"kept the {block.Lines.Count} lines of a table as a table");
                kept.Add(table);
                continue;
            }
            // "This statement is endorsed by:" then one name a line: a list, not a paragraph run together.
            if (kept.Count > 0 && block.Kind == BlockKind.Paragraph && block.Lines.Count >= 2 && BodyEdges.ContinuesAnnouncedList(kept[^1], block))
            {
                kept.AddRange(block.Lines.Select(l => new TextBlock(BlockKind.ListItem, "-", l.Text.Trim(), [l])));
                continue;
            }
            if (BodyHeadingDetector.AsHeading(block) is { } heading)
            {
                kept.Add(heading);
                continue;
            }
            if (kept.Count > 0 && IsBrokenBefore(kept[^1], block))
            {
                var previous = kept[^1];
                report.Repaired(block.StartLine, $"joined to the paragraph of line {previous.StartLine}: it was broken mid-sentence (page break)");
                kept[^1] = previous with { Text = previous.Text + " " + block.Text, Lines = previous.Lines.Concat(block.Lines).ToList() };
                continue;
            }
            kept.Add(block);
        }
        kept.AddRange(pageNotes);
        foreach (var block in kept)
            FlagLowerCaseSentences(block, report);
        return Renumber(kept, report);
    }

    // "1 See the Report of …" / "2 Charter of the United Nations, Article 2(4).": numbered notes, no list markers.
    [GeneratedRegex(@"^\d{1,2}\s+\p{Lu}")]
    private static partial Regex FootnoteLine();

    private static bool IsPageFootnotes(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Lines.All(l => FootnoteLine().IsMatch(l.Text.Trim()));

    /// <summary>
    /// A statement pasted twice into one file: two or more paragraphs in a row that repeat, word for word and in
    /// order, paragraphs before them are the copy's accident. One paragraph said again stays (a refrain).
    /// </summary>
    private static HashSet<TextBlock> RepeatedRuns(IReadOnlyList<TextBlock> body)
    {
        var first = new Dictionary<string, int>(StringComparer.Ordinal);
        var keys = body.Select(b => ProseDetector.WordCount(b.Text) >= 8 ? MarkupStripper.Key(b.Text) : null).ToList();
        var repeated = new HashSet<TextBlock>();
        for (var i = 0; i < body.Count; i++)
        {
            if (keys[i] is not { } key)
                continue;
            if (first.TryGetValue(key, out var earlier) && earlier + 1 < i && (
                    (i + 1 < body.Count && keys[i + 1] is { } next && keys[earlier + 1] == next)
                    || (i > 0 && repeated.Contains(body[i - 1]))))
                repeated.Add(body[i]);
            first.TryAdd(key, i);
        }
        return repeated;
    }

    // Word and PDF exports of auto-numbered paragraphs often write every number as "1.".
    private static List<TextBlock> Renumber(List<TextBlock> blocks, ImportReportBuilder report)
    {
        var numbered = blocks.Where(b => b.Kind == BlockKind.ListItem && b.Marker is { Length: > 0 } m && char.IsDigit(m[0])).ToList();
        if (numbered.Count < 2 || numbered.Any(b => b.Marker!.TrimEnd('.', ')') != "1"))
            return blocks;
        report.Repaired(numbered[0].StartLine, $"paragraph numbers were all \"1.\" (lost in conversion): renumbered 1 to {numbered.Count}");
        var number = 0;
        return blocks.Select(b => numbered.Contains(b) ? b with { Marker = (++number).ToString(System.Globalization.CultureInfo.InvariantCulture) + b.Marker![^1] } : b).ToList();
    }

    private static bool IsBrokenBefore(TextBlock previous, TextBlock next) =>
        previous.Kind != BlockKind.Heading
        && next.Kind == BlockKind.Paragraph
        && !ProseDetector.EndsSentence(previous.Text)
        && LowerStart().IsMatch(next.Text);

    private static void FlagLowerCaseSentences(TextBlock block, ImportReportBuilder report)
    {
        foreach (Match match in LowerCaseSentenceStart().Matches(block.Text))
        {
            var before = match.Groups["before"].Value;
            // "e.g. the", "No. of", "Art. on": abbreviations, not sentence ends.
            if (before.Length <= 3 || before.Contains('.'))
                continue;
            var word = match.Groups["word"].Value;
            var sentenceEnd = match.Value[..(before.Length + 1)];
            var line = block.Lines.FirstOrDefault(l => l.Text.Contains(sentenceEnd, StringComparison.Ordinal))?.Number ?? block.StartLine;
            report.Unsure(line, $"a sentence starts in lower case (\"{before} … {word}\"); text may be missing in the source here");
        }
    }
}
