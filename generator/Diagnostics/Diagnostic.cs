using System.Globalization;
using System.Text;

namespace StatementArchive.Diagnostics;

/// <summary>
/// A problem in the user's input, printed as <c>path:line:column: error: message</c>.
/// Line and column are 1-based; library positions are converted once, where they are read.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, string Message)
{
    public override string ToString() =>
        Printable(Column > 0 ? $"{Path}:{Line}:{Column}: error: {Message}" : $"{Path}:{Line}: error: {Message}");

    /// <summary>
    /// Messages quote what the file holds. Controls, line separators and format characters (bidi
    /// overrides among them) are shown as \uXXXX: raw, they would split the one-line error, send escape
    /// sequences to the terminal, or reverse the text around them.
    /// </summary>
    private static string Printable(string text)
    {
        if (!text.Any(Hidden)) return text;
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            if (Hidden(c)) builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture));
            else builder.Append(c);
        }
        return builder.ToString();
    }

    private static bool Hidden(char c) =>
        char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
