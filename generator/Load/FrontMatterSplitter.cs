using StatementArchive.Diagnostics;

namespace StatementArchive.Load;

/// <summary>Finds the YAML front matter fence of a content file. Accepts a BOM and CRLF line endings.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterDocument? Split(string path, string text, DiagnosticBag diagnostics)
    {
        text = text.TrimStart('\uFEFF').Replace("\r\n", "\n");
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            var what = text.Trim().Length == 0 ? "the file is empty" : "the file does not start with front matter";
            diagnostics.Add(path, 1, 1,
                $"{what}; a statement starts with a line '---', then title, date, issuer and type, then '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (lines[i].TrimEnd() is "---" or "...")
            {
                var yaml = string.Join('\n', lines, 1, i - 1);
                var body = string.Join('\n', lines, i + 1, lines.Length - i - 1);
                return new FrontMatterDocument(yaml, YamlFirstLine: 2, body, BodyFirstLine: i + 2);
            }
        }

        diagnostics.Add(path, 1, 1, "front matter has no closing '---'; add a line '---' after the last key");
        return null;
    }
}
