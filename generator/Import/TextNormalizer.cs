using System.Text;

namespace StatementArchive.Import;

/// <summary>
/// Pass 1: line endings, transfer encoding, invisible characters, the two trailing spaces that mark
/// Markdown hard breaks, and bullets left alone on a line. Every line keeps the number of its raw line.
/// </summary>
public static class TextNormalizer
{
    public static IReadOnlyList<SourceLine> Normalize(string text, ImportReportBuilder? report = null)
    {
        if (text.Length > 0 && text[0] == '\uFEFF')
            text = text[1..];
        var raw = text.Replace("\r\n", "\n").Replace('\r', '\n').Split('\n');
        var lines = QuotedPrintableDecoder.Applies(raw)
            ? QuotedPrintableDecoder.Decode(raw, report)
            : raw.Select((l, i) => new SourceLine(i + 1, l)).ToList();
        return JoinLoneBullets(lines.Select(l => l with { Text = Clean(l.Text) }).ToList());
    }

    /// <summary>
    /// A PDF's text often sets a bullet on a line of its own and its item on the next: the two are one list item
    /// ("•" over "More forces …" → "• More forces …"). The bullet's line is left empty, so every line keeps its number.
    /// </summary>
    private static List<SourceLine> JoinLoneBullets(List<SourceLine> lines)
    {
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (lines[i].Text is not ("•" or "▪" or "◦" or "●" or "‣") || lines[i + 1].Text.Length == 0)
                continue;
            lines[i + 1] = lines[i + 1] with { Text = lines[i].Text + " " + lines[i + 1].Text };
            lines[i] = lines[i] with { Text = "" };
        }
        return lines;
    }

    /// <summary>One line cleaned: odd spaces made plain, invisible characters removed, trimmed.</summary>
    public static string Clean(string line)
    {
        var builder = new StringBuilder(line.Length);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            switch (c)
            {
                // French typography puts a no-break space inside « » and before : ; ! ?; it is part
                // of the text as written (and keeps "»" from wrapping alone onto a new line).
                case '\u00A0' or '\u202F' when IsFrenchSpacing(line, i):
                    builder.Append(c);
                    break;
                // Web copies carry no-break and thin spaces between numbers and words ("24 Mar. 2022").
                case '\u00A0' or '\u2007' or '\u2009' or '\u202F':
                    builder.Append(' ');
                    break;
                // A tab separates a table's cells: two spaces keep that boundary (TableRecognizer) where one would hide it.
                case '\t':
                    builder.Append("  ");
                    break;
                // Zero-width characters and soft hyphens are invisible in a browser but break matching.
                case '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' or '\u00AD':
                    break;
                // A surrogate pair is one character; kept whole.
                case >= '\uD800' and <= '\uDBFF' when i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]):
                    builder.Append(c).Append(line[++i]);
                    break;
                // An unpaired surrogate is no character at all (text pasted in from a broken encoder): YAML refuses
                // it even escaped, so the front matter written from it would not load. U+FFFD marks the spot.
                case >= '\uD800' and <= '\uDFFF':
                    builder.Append('\uFFFD');
                    break;
                default:
                    builder.Append(c);
                    break;
            }
        }
        return WithoutLeadingPictographs(builder.ToString().Trim());
    }

    // "❗️Statement of the Ministry …", "🔹 The Ministry strongly condemns …": a channel's emoji decorate the start
    // of a line; left there they hide the title's first word and the paragraph's first letter. "©" stays.
    private static string WithoutLeadingPictographs(string line)
    {
        var start = 0;
        while (start < line.Length)
        {
            var rune = Rune.GetRuneAt(line, start);
            var pictograph = (Rune.GetUnicodeCategory(rune) == System.Globalization.UnicodeCategory.OtherSymbol && rune.Value > 0x2000 && rune.Value != 0xFFFD)
                || rune.Value is 0xFE0F or 0x200D || (rune.Value >= 0x1F1E6 && rune.Value <= 0x1F1FF);
            if (!pictograph)
                break;
            start += rune.Utf16SequenceLength;
            while (start < line.Length && line[start] == ' ')
                start++;
        }
        return start == 0 ? line : line[start..];
    }

    private static bool IsFrenchSpacing(string line, int index) =>
        (index > 0 && line[index - 1] == '«')
        || (index + 1 < line.Length && line[index + 1] is '»' or ':' or ';' or '!' or '?' && index > 0 && line[index - 1] != ' ');
}
