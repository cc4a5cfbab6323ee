using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Render;

/// <summary>
/// A template with each Scriban code block (<c>{{ … }}</c>) swapped for an inert placeholder, so an HTML
/// tool (NUglify, AngleSharp) can read the markup around the code: <c>U+E000</c>, the block's number,
/// <c>U+E001</c> — private-use characters no template writes and HTML tools leave alone.
/// </summary>
public static partial class CodePlaceholders
{
    public const char Open = '\uE000';
    public const char Close = '\uE001';

    /// <returns>The markup with placeholders, and the code blocks in order (placeholder n stands for blocks[n]).</returns>
    public static (string Markup, IReadOnlyList<Match> Blocks) Hide(string template)
    {
        var blocks = CodeBlock().Matches(template);
        if (blocks.Count == 0) return (template, []);
        var markup = new StringBuilder(template.Length);
        var last = 0;
        for (var i = 0; i < blocks.Count; i++)
        {
            markup.Append(template, last, blocks[i].Index - last).Append(Open).Append(i.ToString(CultureInfo.InvariantCulture)).Append(Close);
            last = blocks[i].Index + blocks[i].Length;
        }
        return (markup.Append(template, last, template.Length - last).ToString(), blocks.ToList());
    }

    /// <summary>Each placeholder in <paramref name="text"/>: its position, block number and length.</summary>
    public static IEnumerable<(int At, int Block, int Length)> Find(string text)
    {
        foreach (Match placeholder in Placeholder().Matches(text))
            yield return (placeholder.Index, int.Parse(placeholder.Groups[1].ValueSpan, CultureInfo.InvariantCulture), placeholder.Length);
    }

    /// <summary>The length of block <paramref name="block"/>'s placeholder.</summary>
    public static int Length(int block) => block.ToString(CultureInfo.InvariantCulture).Length + 2;

    /// <summary>The text with a space after each placeholder, as if every block wrote one.</summary>
    public static string Spaced(string text) => Placeholder().Replace(text, "$0 ");

    /// <summary>Puts the code back; null when a placeholder went missing or was mangled.</summary>
    public static string? Restore(string markup, IReadOnlyList<Match> blocks)
    {
        var restored = Placeholder().Replace(markup, p =>
            int.TryParse(p.Groups[1].ValueSpan, CultureInfo.InvariantCulture, out var n) && n < blocks.Count ? blocks[n].Value : p.Value);
        return restored.Contains(Open) || restored.Contains(Close) ? null : restored;
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex CodeBlock();

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex Placeholder();
}
