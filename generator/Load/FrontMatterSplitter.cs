using StatementArchive.Diagnostics;

namespace StatementArchive.Load;

/// <summary>Finds the YAML front matter fence of a content file. Accepts a BOM and CRLF line endings.</summary>
/// <remarks>Lines are found by scanning, and the YAML and the body are each cut out once: splitting a whole archive into lines and joining it again doubled what loading allocates.</remarks>
public static class FrontMatterSplitter
{
    public static FrontMatterDocument? Split(string path, string text, DiagnosticBag diagnostics)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        var firstEnd = LineEnd(text, 0);
        if (text.AsSpan(0, firstEnd).TrimEnd() is not "---")
        {
            var what = text.AsSpan().Trim().Length == 0 ? "the file is empty" : "the file does not start with front matter";
            diagnostics.Add(path, 1, 1,
                $"{what}; a statement starts with a line '---', then title, date, issuer and type, then '---'");
            return null;
        }

        var yamlStart = firstEnd + 1;
        for (int start = yamlStart, number = 2; start <= text.Length; number++)
        {
            var end = LineEnd(text, start);
            if (text.AsSpan(start, end - start).TrimEnd() is "---" or "...")
            {
                var yaml = start == yamlStart ? "" : text[yamlStart..(start - 1)];
                var body = end < text.Length ? text[(end + 1)..] : "";
                return new FrontMatterDocument(yaml, YamlFirstLine: 2, body, BodyFirstLine: number + 1);
            }
            start = end + 1;
        }

        diagnostics.Add(path, 1, 1, "front matter has no closing '---'; add a line '---' after the last key");
        return null;
    }

    /// <summary>Where the line starting at <paramref name="start"/> ends: its line feed, or the end of the text.</summary>
    private static int LineEnd(string text, int start)
    {
        var newline = text.IndexOf('\n', start);
        return newline < 0 ? text.Length : newline;
    }
}
