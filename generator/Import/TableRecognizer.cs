using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// A table copied as text: three or more lines whose cells are separated by tabs or runs of spaces, every
/// line with the same number of cells, and figures in its columns ("Civil budget   370.6   438.1   +18.2%").
/// Joined like prose it would read "Civil budget 370.6 438.1 +18.2% Military budget …"; kept as a Markdown
/// pipe table, the first line its header, it reads as the source set it.
/// </summary>
public static partial class TableRecognizer
{
    // Tabs reach here as runs of spaces (TextNormalizer), so two spaces or more separate cells.
    [GeneratedRegex(@"\s{2,}")]
    private static partial Regex CellBreak();

    [GeneratedRegex(@"\d")]
    private static partial Regex Digit();

    public static TextBlock? AsTable(TextBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Lines.Count < 3)
            return null;
        var rows = block.Lines.Select(l => CellBreak().Split(l.Text.Trim())).ToList();
        var columns = rows[0].Length;
        if (columns < 2 || rows.Any(r => r.Length != columns))
            return null;
        // Figures in the body rows (each row has one), and no row that reads as a sentence.
        if (!rows.Skip(1).All(r => r.Skip(1).Any(Digit().IsMatch)) || rows.Any(r => r.Any(c => ProseDetector.WordCount(c) > 8)))
            return null;

        var table = new StringBuilder();
        AppendRow(table, rows[0]);
        table.Append('|').Append(string.Concat(Enumerable.Repeat(" --- |", columns))).Append('\n');
        foreach (var row in rows.Skip(1))
            AppendRow(table, row);
        return block with { Kind = BlockKind.Table, Marker = null, Text = table.ToString().TrimEnd('\n') };
    }

    private static void AppendRow(StringBuilder table, string[] cells)
    {
        table.Append('|');
        foreach (var cell in cells)
            table.Append(' ').Append(Escape(cell)).Append(" |");
        table.Append('\n');
    }

    // A cell is text: the characters that Markdown would read as markup inside a table are escaped.
    private static string Escape(string cell)
    {
        var escaped = new StringBuilder(cell.Length);
        foreach (var c in cell)
        {
            if (c is '|' or '\\' or '*' or '_' or '`' or '[' or ']' or '<' or '>')
                escaped.Append('\\');
            escaped.Append(c);
        }
        return escaped.ToString();
    }
}
