using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The "&lt;!-- saved from url=(0042)https://… --&gt;" comment that browsers write at the top of a page
/// saved as HTML: the address the copy was taken from, so the best source.url a file can hold short
/// of its own front matter. The figure in brackets is the URL's length, written by the browser.
/// </summary>
public static partial class SavedFromUrlDetector
{
    [GeneratedRegex(@"<!--\s*saved from url=\(\d{1,5}\)\s*(?<url>(?:https?|file)://[^\s>]+?)\s*-->", RegexOptions.IgnoreCase)]
    private static partial Regex SavedFrom();

    public static bool IsSavedFrom(string comment) => SavedFrom().IsMatch(comment);

    /// <summary>The URL and its line, from the first lines of the file (where browsers put it).</summary>
    public static (string Url, int Line, string Evidence)? Detect(IReadOnlyList<SourceLine> lines)
    {
        foreach (var line in lines.Take(20))
        {
            var match = SavedFrom().Match(line.Text);
            // A local file address says where the copy was, not where the statement was published.
            if (match.Success && !match.Groups["url"].Value.StartsWith("file:", StringComparison.OrdinalIgnoreCase))
                return (match.Groups["url"].Value, line.Number, match.Value);
        }
        return null;
    }
}
