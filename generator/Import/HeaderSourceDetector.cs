using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// A repost's credit line in the header, "Source: NATO" or "Originally published at https://…":
/// where the text was taken from. A URL goes to source.url, a name to source.record.source.
/// </summary>
public static partial class HeaderSourceDetector
{
    [GeneratedRegex(@"^(?:source|via|original source|reposted from|originally published (?:by|at|on|in))\s*:?\s+(?<value>\S.{0,200})$", RegexOptions.IgnoreCase)]
    private static partial Regex Credit();

    [GeneratedRegex(@"https?://\S+")]
    private static partial Regex Url();

    public static (string? Url, string? Credit, int Line, string Evidence)? Detect(IReadOnlyList<TextBlock> header)
    {
        foreach (var line in header.SelectMany(b => b.Lines))
        {
            var match = Credit().Match(MarkupStripper.Strip(line.Text));
            if (!match.Success)
                continue;
            var value = match.Groups["value"].Value.Trim();
            // "Originally published on February 24, 2023" is a date, not a source.
            if (DateParser.FindAll(value) is [{ Index: 0 }, ..])
                continue;
            var url = Url().Match(value);
            return url.Success ? (url.Value.TrimEnd('.', ')'), null, line.Number, line.Text) : (null, value, line.Number, line.Text);
        }
        return null;
    }
}
