using System.Net;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 1b: HTML left in a copy ("view source", a CMS export, a mail client). Comments, images and
/// code (scripts, styles, inline SVG: the element whole, even over several lines) are dropped and
/// reported; headings and list items keep their role as Markdown; other tags go and entities are decoded. A closing block tag ends a paragraph: an empty line carrying the same raw
/// number is inserted, so line numbers stay the raw file's. Only known HTML tag names are touched,
/// so "Press Office &lt;press@example.org&gt;" style addresses in an email header survive.
/// </summary>
public static partial class HtmlResidueRemover
{
    private const string Tags = "p|br|div|span|h[1-6]|a|img|ul|ol|li|strong|b|em|i|u|blockquote|section|article|header|footer|nav|main|aside|table|tbody|thead|tr|td|th|hr|figure|figcaption|small|sup|sub|font|center|html|body|head|title|meta|link";

    [GeneratedRegex(@"</?(?<tag>" + Tags + @")(?:\s[^<>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Tag();

    [GeneratedRegex(@"<!--.*?(?:-->|$)")]
    private static partial Regex Comment();

    [GeneratedRegex(@"<(?<tag>script|style|noscript|template|svg)\b[^>]*>.*?</\k<tag>\s*>|<!DOCTYPE[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CodeElement();

    [GeneratedRegex(@"<(?<tag>script|style|noscript|template|svg)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CodeOpening();

    [GeneratedRegex(@"</(?<tag>script|style|noscript|template|svg)\b[^>]*>", RegexOptions.IgnoreCase)]
    private static partial Regex CodeEndTag();

    [GeneratedRegex(@"&(?:[a-zA-Z]{2,8}|#\d{1,6}|#x[0-9a-fA-F]{1,6});")]
    private static partial Regex Entity();

    [GeneratedRegex(@"(?<!<br\s*/?>\s*)<br\s*/?>$", RegexOptions.IgnoreCase)]
    private static partial Regex LineBreakEnd();

    [GeneratedRegex(@"\ssrc\s*=\s*[""']?(?<src>[^""'\s>]+)", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();

    [GeneratedRegex(@"^(?:p|div|h[1-6]|li|ul|ol|section|article|header|footer|blockquote|table|tr|hr|figure|main|aside|nav)$", RegexOptions.IgnoreCase)]
    private static partial Regex BlockTag();

    public static IReadOnlyList<SourceLine> Remove(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        if (!lines.Any(HasResidue))
            return lines;
        var result = new List<SourceLine>(lines.Count);
        var inComment = false;
        string? inCode = null; // the element an unclosed <script> or <style> opened
        var cleaned = 0;
        var joined = JoinLineBreaks(SplitParagraphBreaks(lines)).ToList();
        var lastEndTag = LastEndTags(joined);
        for (var i = 0; i < joined.Count; i++)
        {
            var line = joined[i];
            var text = line.Text;
            if (inComment)
            {
                var end = text.IndexOf("-->", StringComparison.Ordinal);
                report.Dropped(line.Number, end < 0 ? text : text[..(end + 3)], "HTML comment");
                inComment = end < 0;
                text = end < 0 ? "" : text[(end + 3)..];
            }
            if (inCode is not null)
            {
                var close = CodeEndTag().Matches(text).FirstOrDefault(m => m.Groups["tag"].Value.Equals(inCode, StringComparison.OrdinalIgnoreCase)) ?? Match.Empty;
                report.Dropped(line.Number, close.Success ? text[..(close.Index + close.Length)] : text, "HTML " + inCode);
                text = close.Success ? text[(close.Index + close.Length)..] : "";
                inCode = close.Success ? null : inCode;
            }
            foreach (Match code in CodeElement().Matches(text))
                report.Dropped(line.Number, code.Value, code.Groups["tag"].Success ? "HTML " + code.Groups["tag"].Value.ToLowerInvariant() : "HTML doctype");
            text = CodeElement().Replace(text, " ");
            // Code that runs on over the next lines goes up to its end tag. An opening tag never closed is
            // prose that names it ("a <script> tag"), and stays: dropping to the end would lose the rest.
            if (CodeOpening().Match(text) is { Success: true } opening
                && lastEndTag.GetValueOrDefault(opening.Groups["tag"].Value.ToLowerInvariant(), -1) > i)
            {
                inCode = opening.Groups["tag"].Value.ToLowerInvariant();
                report.Dropped(line.Number, text[opening.Index..], "HTML " + inCode);
                text = text[..opening.Index];
            }
            foreach (Match comment in Comment().Matches(text))
            {
                report.Dropped(line.Number, comment.Value, SavedFromUrlDetector.IsSavedFrom(comment.Value) ? "metadata: source.url" : "HTML comment");
                inComment = !comment.Value.EndsWith("-->", StringComparison.Ordinal);
            }
            text = Comment().Replace(text, " ");
            var (converted, endsBlock, startsBlock) = Convert(text, line.Number, report);
            if (converted != text)
                cleaned++;
            if (startsBlock)
                result.Add(line with { Text = "" });
            result.Add(line with { Text = TextNormalizer.Clean(converted) });
            if (endsBlock)
                result.Add(line with { Text = "" });
        }
        if (cleaned > 0)
            report.Repaired(lines.First(HasResidue).Number,
                $"removed HTML tags and entities left in the copy ({cleaned} lines)");
        return result;
    }

    /// <summary>For each code element, the last line holding its end tag ("&lt;/script"), looked up once for the file.</summary>
    private static Dictionary<string, int> LastEndTags(List<SourceLine> lines)
    {
        var last = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (Match end in CodeEndTag().Matches(lines[i].Text))
                last[end.Groups["tag"].Value.ToLowerInvariant()] = i;
        }
        return last;
    }

    // "<br><br>" inside a line is how some pages separate paragraphs: the text after it starts a new one.
    [GeneratedRegex(@"(?:<br\s*/?>\s*){2,}", RegexOptions.IgnoreCase)]
    private static partial Regex ParagraphBreak();

    private static List<SourceLine> SplitParagraphBreaks(IReadOnlyList<SourceLine> lines)
    {
        var result = new List<SourceLine>(lines.Count);
        foreach (var line in lines)
        {
            var parts = ParagraphBreak().Split(line.Text);
            if (parts.Length == 1 || parts.All(p => p.Trim().Length == 0))
            {
                result.Add(line);
                continue;
            }
            for (var i = 0; i < parts.Length; i++)
            {
                if (i > 0) result.Add(line with { Text = "" });
                result.Add(line with { Text = parts[i] });
            }
        }
        return result;
    }

    // "<br>" breaks a line inside one paragraph: the lines it separates stay one block of the text.
    private static IEnumerable<SourceLine> JoinLineBreaks(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            while (LineBreakEnd().IsMatch(line.Text) && i + 1 < lines.Count && lines[i + 1].Text.Length > 0 && !StartsBlock(lines[i + 1].Text))
                line = line with { Text = LineBreakEnd().Replace(line.Text, "").TrimEnd() + " " + lines[++i].Text.TrimStart() };
            yield return line;
        }
    }

    private static bool HasResidue(SourceLine line) =>
        Tag().IsMatch(line.Text) || Entity().IsMatch(line.Text) || line.Text.Contains("<!--", StringComparison.Ordinal)
        || CodeElement().IsMatch(line.Text) || CodeOpening().IsMatch(line.Text);

    private static bool StartsBlock(string text) =>
        Tag().Match(text) is { Success: true, Index: 0 } first && BlockTag().IsMatch(first.Groups["tag"].Value)
        && !first.Value.StartsWith("</", StringComparison.Ordinal);

    private static (string Text, bool EndsBlock, bool StartsBlock) Convert(string text, int number, ImportReportBuilder report)
    {
        var trimmed = text.Trim();
        var startsBlock = StartsBlock(trimmed);
        var endsBlock = Tag().Matches(trimmed).LastOrDefault() is { } last && last.Index + last.Length == trimmed.Length
            && (BlockTag().IsMatch(last.Groups["tag"].Value) || last.Value.StartsWith("<br", StringComparison.OrdinalIgnoreCase) && trimmed.Length == last.Length);
        var converted = Tag().Replace(text, m => Replacement(m, number, report));
        if (Entity().IsMatch(converted))
            converted = WebUtility.HtmlDecode(converted);
        return (converted, endsBlock, startsBlock);
    }

    private static string Replacement(Match tag, int number, ImportReportBuilder report)
    {
        var name = tag.Groups["tag"].Value.ToLowerInvariant();
        var closing = tag.Value.StartsWith("</", StringComparison.Ordinal);
        switch (name)
        {
            case "img":
                report.Dropped(number, ImageSource().Match(tag.Value) is { Success: true } src ? src.Groups["src"].Value : tag.Value, "image");
                return " ";
            case "strong" or "b":
                return "**";
            case "li" when !closing:
                return "- ";
            case ['h', var level] when !closing:
                return new string('#', level - '0') + " ";
            default:
                return " ";
        }
    }
}
