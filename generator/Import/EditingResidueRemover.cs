using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 1d: what an editor's tools leave in a copy. Word's tracked changes pasted as text ("[Deleted: will ]",
/// comment anchors "[A1]" and the comments themselves) and pandoc's Markdown furniture (":::" fenced divs,
/// "{#id .class}" attributes, "[text]{.class}" spans). A deletion is not the published text: it goes, reported.
/// </summary>
public static partial class EditingResidueRemover
{
    [GeneratedRegex(@"\[Deleted: [^\]\n]*\]")]
    private static partial Regex TrackedDeletion();

    [GeneratedRegex(@"\[(?:Inserted|Formatted): (?<text>[^\]\n]*)\]")]
    private static partial Regex TrackedInsertion();

    [GeneratedRegex(@"\[[A-Z]{1,3}\d{1,3}\]")]
    private static partial Regex CommentAnchor();

    // The comment itself, at the end of the copy: "[A1]Should we say …? – MFA-DK".
    [GeneratedRegex(@"^\[[A-Z]{1,3}\d{1,3}\]\s*\S")]
    private static partial Regex Comment();

    [GeneratedRegex(@"^:{3,}(?:\s*\{[^}]*\}|\s*[\w-]+)?\s*$")]
    private static partial Regex FencedDiv();

    // "[Issued on 07 Mar. 2024]{.issued}" keeps its text; "](url){.external}" and a heading's "{#id .class}" lose the braces.
    [GeneratedRegex(@"\[(?<text>[^\]\n]+)\]\{[#.][^{}\n]{0,120}\}")]
    private static partial Regex AttributedSpan();

    [GeneratedRegex(@"(?<=\S)\s*\{[#.][\w\-.#:= ""']{0,120}\}")]
    private static partial Regex Attributes();

    public static IReadOnlyList<SourceLine> Remove(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            var text = line.Text;
            if (text.Length == 0 || (text.IndexOf('[') < 0 && text.IndexOf('{') < 0 && text.IndexOf(':') != 0))
            {
                result.Add(line);
                continue;
            }
            if (Comment().IsMatch(text) || FencedDiv().IsMatch(text))
            {
                report.Dropped(line.Number, text, Comment().IsMatch(text) ? "reviewer's comment" : "markup");
                result.Add(line with { Text = "" });
                continue;
            }
            foreach (Match deletion in TrackedDeletion().Matches(text))
                report.Dropped(line.Number, deletion.Value, "tracked deletion");
            text = TrackedDeletion().Replace(text, "");
            text = TrackedInsertion().Replace(text, m => m.Groups["text"].Value);
            text = CommentAnchor().Replace(text, "");
            text = AttributedSpan().Replace(text, m => m.Groups["text"].Value);
            text = Attributes().Replace(text, "");
            result.Add(line with { Text = text });
        }
        return result;
    }
}
