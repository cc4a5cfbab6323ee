using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 8: blocks to CommonMark. Numbered paragraphs stay ordered list items with their numbers,
/// bullets become "-" items, headings keep their level (at least 2: the page title is the h1), and
/// plain paragraphs are escaped where their first characters would otherwise start a list or heading.
/// </summary>
public static partial class MarkdownBodyWriter
{
    [GeneratedRegex(@"^(\d{1,9})([.)])(?=\s|$)")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^([#>+\-*=]|\|)(?=\s|$|[#=\-])")]
    private static partial Regex LeadingMarker();

    public static string Write(IReadOnlyList<TextBlock> blocks)
    {
        var builder = new StringBuilder();
        TextBlock? previous = null;
        string? parent = null; // the rendered marker of the item a sub-bullet belongs to
        foreach (var block in blocks)
        {
            if (previous is not null)
                builder.Append(IsSameList(previous, block) ? "\n" : "\n\n");
            if (IsSubBullet(block) && parent is not null)
            {
                // Indented to the parent's text, so Markdown nests it under that item.
                builder.Append(' ', parent.Length + 1).Append("- ").Append(block.Text);
            }
            else
            {
                var rendered = Render(block);
                builder.Append(rendered);
                parent = block.Kind == BlockKind.ListItem ? rendered[..rendered.IndexOf(' ')] : null;
            }
            previous = block;
        }
        return builder.ToString();
    }

    private static string Render(TextBlock block) => block.Kind switch
    {
        BlockKind.Heading => new string('#', Math.Max(2, block.Marker?.Length ?? 2)) + " " + block.Text,
        BlockKind.ListItem when IsOrdered(block) => block.Marker!.TrimEnd('.', ')') + ". " + block.Text,
        BlockKind.ListItem => "- " + block.Text,
        BlockKind.Table => block.Text,
        _ => Escape(block.Text),
    };

    private static string Escape(string text)
    {
        var number = LeadingNumber().Match(text);
        if (number.Success)
            return number.Groups[1].Value + "\\" + text[number.Groups[1].Length..];
        return LeadingMarker().IsMatch(text) ? "\\" + text : text;
    }

    private static bool IsSubBullet(TextBlock block) => block is { Kind: BlockKind.ListItem, Marker: "o" };

    private static bool IsOrdered(TextBlock block) => block.Marker is { Length: > 0 } m && char.IsDigit(m[0]);

    // Items written on consecutive lines stay one tight list, as in the source.
    private static bool IsSameList(TextBlock previous, TextBlock next) =>
        previous.Kind == BlockKind.ListItem && next.Kind == BlockKind.ListItem
        && (IsOrdered(previous) == IsOrdered(next) || IsSubBullet(previous) || IsSubBullet(next))
        && next.StartLine == previous.EndLine + 1;
}
