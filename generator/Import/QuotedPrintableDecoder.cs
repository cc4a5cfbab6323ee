using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Mail archives and forwarded emails often keep the quoted-printable transfer encoding: a line
/// ending in "=" continues on the next line with no space, and "=E2=80=99" spells UTF-8 bytes.
/// Runs on raw (untrimmed) lines, because the space that follows a soft break belongs to the text.
/// A joined line keeps the number of its first raw line, so later line numbers stay the raw file's.
/// </summary>
public static partial class QuotedPrintableDecoder
{
    // Transports add spaces at line ends, which a decoder ignores (RFC 2045): "=  " is still a soft break.
    [GeneratedRegex(@"(?<!=)=[ \t]*$")]
    private static partial Regex SoftBreak();

    [GeneratedRegex(@"=[0-9A-F]{2}")]
    private static partial Regex Escape();

    [GeneratedRegex(@"^content-transfer-encoding:\s*quoted-printable", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex Declared();

    /// <summary>Quoted-printable when declared, or when several lines end in a soft break.</summary>
    public static bool Applies(IReadOnlyList<string> lines) =>
        lines.Count(l => SoftBreak().IsMatch(l)) >= 2 || lines.Any(l => Declared().IsMatch(l));

    public static IReadOnlyList<SourceLine> Decode(IReadOnlyList<string> lines, ImportReportBuilder? report)
    {
        var result = new List<SourceLine>(lines.Count);
        var joins = 0;
        var firstJoin = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            var number = i + 1;
            var text = lines[i];
            while (SoftBreak().IsMatch(text) && i + 1 < lines.Count)
            {
                text = text.TrimEnd(' ', '\t')[..^1] + lines[++i];
                joins++;
                firstJoin = firstJoin == 0 ? number : firstJoin;
            }
            result.Add(new SourceLine(number, DecodeEscapes(text)));
        }
        report?.Repaired(Math.Max(firstJoin, 1), $"decoded quoted-printable email text: {joins} soft line breaks joined, =XX escapes decoded");
        return result;
    }

    // Runs of =XX escapes are bytes of UTF-8; everything between them is text as it stands.
    private static string DecodeEscapes(string text)
    {
        if (!Escape().IsMatch(text))
            return text;
        var builder = new StringBuilder(text.Length);
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && IsHex(text[i + 1]) && IsHex(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }
            Flush(builder, bytes);
            builder.Append(text[i]);
        }
        Flush(builder, bytes);
        return builder.ToString();
    }

    private static void Flush(StringBuilder builder, List<byte> bytes)
    {
        if (bytes.Count == 0)
            return;
        builder.Append(Encoding.UTF8.GetString(bytes.ToArray()));
        bytes.Clear();
    }

    private static bool IsHex(char c) => c is >= '0' and <= '9' or >= 'A' and <= 'F';
}
