using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 7b: lettered points run into one paragraph ("… in particular: (a) to impose …; (b) to
/// restrict …; and (c) to support …") are put each in a paragraph of its own, as written, letters
/// included. Own paragraphs, not a Markdown list: CommonMark has no lettered lists, Markdig renders
/// "(a) …" as a plain paragraph, and every point gets its own paragraph link. Only a run that
/// starts with (a) or (i) after a colon (or any point at the paragraph's start) and goes on in
/// sequence after ";" or "," is split, so "Article 4(a)" or "subparagraphs (a) and (b)" stay in
/// their sentence. Roman (i) is told from letter (i) by what follows: (ii) or (j).
/// </summary>
public static partial class LetteredPointSplitter
{
    [GeneratedRegex(@"(?<=^|:\s*|[;,.]\s+(?:(?:and|or|et|ou|und|oder|y|o)\s+)?)\((?<mark>[a-z]|i{1,3}|iv|v|vi{1,3}|ix|x)\)(?=\s+\S)")]
    private static partial Regex Marker();

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    private static readonly string[] Romans = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"];

    public static IReadOnlyList<TextBlock> Split(IReadOnlyList<TextBlock> blocks, ImportReportBuilder report) =>
        blocks.SelectMany(b => Split(b, report)).ToList();

    private static IEnumerable<TextBlock> Split(TextBlock block, ImportReportBuilder report)
    {
        if (block.Kind != BlockKind.Paragraph)
            return [block];
        var cuts = Run(block.Text);
        if (cuts.Count == 0)
            return [block];
        var parts = new List<TextBlock>();
        var starts = cuts[0] == 0 ? cuts : [0, .. cuts];
        for (var i = 0; i < starts.Count; i++)
        {
            var end = i + 1 < starts.Count ? starts[i + 1] : block.Text.Length;
            parts.Add(block with { Text = block.Text[starts[i]..end].Trim() });
        }
        report.Repaired(block.StartLine, $"{cuts.Count} lettered point(s) run into a paragraph: each put in a paragraph of its own, letters kept");
        return parts;
    }

    // Where each point of the first lettered sequence starts; empty when there is no sequence.
    private static List<int> Run(string text)
    {
        var cuts = new List<int>();
        string[]? sequence = null;
        var next = 0;
        foreach (Match match in Marker().Matches(text))
        {
            var mark = match.Groups["mark"].Value;
            if (sequence is null)
            {
                // A paragraph may open with a later point ("(b) …") when the copy broke the line before it.
                var opens = match.Index == 0 || (mark is "a" or "i" && text[..match.Index].TrimEnd().EndsWith(':'));
                if (!opens)
                    continue;
                sequence = Romans.Contains(mark) && mark != "v" && mark != "x" ? Romans : Letters.Select(c => c.ToString()).ToArray();
                next = Array.IndexOf(sequence, mark);
            }
            if (next < sequence.Length && mark == sequence[next])
            {
                cuts.Add(match.Index);
                next++;
            }
            else if (cuts.Count > 0)
            {
                break;
            }
        }
        // One point after a colon is a list only if the paragraph ends as a point does, the next going on below.
        return cuts.Count >= 2 || (cuts.Count == 1 && cuts[0] > 0 && GoesOn().IsMatch(text)) ? cuts : [];
    }

    [GeneratedRegex(@"[;,](?:\s+(?:and|or|et|ou|und|oder|y|o))?$")]
    private static partial Regex GoesOn();
}
