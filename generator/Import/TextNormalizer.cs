using System.Text;

namespace StatementArchive.Import;

/// <summary>
/// Pass 1: line endings, invisible characters and the two trailing spaces that mark Markdown hard
/// breaks. Lines are never added or removed here, so every later line number is the raw file's.
/// </summary>
public static class TextNormalizer
{
    public static IReadOnlyList<SourceLine> Normalize(string text)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var lines = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var result = new List<SourceLine>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
            result.Add(new SourceLine(i + 1, CleanLine(lines[i])));
        return result;
    }

    private static string CleanLine(string line)
    {
        var builder = new StringBuilder(line.Length);
        foreach (var c in line)
        {
            switch (c)
            {
                // Web copies carry no-break and thin spaces between numbers and words ("24 Mar. 2022").
                case '\u00A0' or '\u2007' or '\u2009' or '\u202F' or '\t':
                    builder.Append(' ');
                    break;
                // Zero-width characters and soft hyphens are invisible in a browser but break matching.
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return builder.ToString().Trim();
    }
}
