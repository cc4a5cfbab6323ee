using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 2 and 4: boilerplate that may sit anywhere. On lines (before blocks are formed, so a footer
/// line does not glue onto a paragraph) it removes cookie notices and image names inside the line,
/// and whole boilerplate lines (end marks, page numbers, share bars, a social post's counts); on blocks it removes multi-line footers and notices.
/// </summary>
public static partial class BoilerplateRemover
{
    [GeneratedRegex(@" {2,}")]
    private static partial Regex RepeatedSpaces();

    // A cookie banner's close button left alone on a line, whether or not its notice was on it.
    [GeneratedRegex(@"^\W*(?:\[?(?:X|×|✕)\]?(?:\(#?\))?)\W*$")]
    private static partial Regex CloseButton();

    public static IReadOnlyList<SourceLine> FilterLines(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var result = new List<SourceLine>(lines.Count);
        var postFurniture = SocialPostFurniture.Find(lines);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (postFurniture[i])
            {
                report.Dropped(line.Number, line.Text, "social post furniture");
                result.Add(line with { Text = "" });
                continue;
            }
            if (BoilerplateDetector.IsCookieBanner(line.Text))
            {
                report.Dropped(line.Number, line.Text, "cookie notice");
                result.Add(line with { Text = "" });
                continue;
            }
            var text = RemoveInline(line, BoilerplateDetector.CookieNotice(), "cookie notice", report);
            text = RemoveInline(line with { Text = text }, BoilerplateDetector.Image(), "image", report);
            var reason = text.Length == 0 ? null : BoilerplateDetector.StrongLineReason(text);
            if (reason is not null || (text.Length > 0 && CloseButton().IsMatch(text)))
            {
                report.Dropped(line.Number, text, reason ?? "cookie notice");
                text = "";
            }
            result.Add(line with { Text = text });
        }
        return result;
    }

    public static IReadOnlyList<TextBlock> FilterBlocks(IReadOnlyList<TextBlock> blocks, ImportReportBuilder report)
    {
        var result = new List<TextBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            var reason = BoilerplateDetector.StrongBlockReason(block.Text);
            if (reason is not null)
            {
                report.Dropped(block, reason);
                continue;
            }
            result.Add(block);
        }
        return result;
    }

    private static string RemoveInline(SourceLine line, Regex pattern, string reason, ImportReportBuilder report)
    {
        var text = line.Text;
        var matches = pattern.Matches(text);
        if (matches.Count == 0)
            return text;
        foreach (Match match in matches)
            report.Dropped(line.Number, match.Value, reason);
        text = pattern.Replace(text, " ");
        return RepeatedSpaces().Replace(text, " ").Trim();
    }
}
