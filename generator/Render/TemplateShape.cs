using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StatementArchive.Render;

/// <summary>
/// Where a template's code blocks (<c>{{ … }}</c>) sit in its markup: in text, or inside a tag. A value a
/// block in text writes is escaped, so it cannot open a tag: the link check may skip it (see
/// <see cref="LinkHints"/>). Found once per template by AngleSharp's tokenizer, with each block
/// replaced by an inert placeholder; a block anywhere else (a tag, an attribute, a comment) is kept.
/// </summary>
public sealed class TemplateShape
{
    public static readonly TemplateShape None = new([], []);

    private readonly int[] _textStarts;
    private readonly int[] _textEnds;

    private TemplateShape(int[] textStarts, int[] textEnds)
    {
        _textStarts = textStarts;
        _textEnds = textEnds;
    }

    /// <summary>True when the template text at <paramref name="offset"/> lies in a code block whose output is text.</summary>
    public bool IsInText(int offset)
    {
        var at = Array.BinarySearch(_textStarts, offset);
        if (at < 0) at = ~at - 1;
        return at >= 0 && offset < _textEnds[at];
    }

    public static TemplateShape Of(string template)
    {
        var (markup, blocks) = CodePlaceholders.Hide(template);
        if (blocks.Count == 0) return None;

        var inText = new bool[blocks.Count];
        var tokenizer = new HtmlTokenizer(new TextSource(markup), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type == HtmlTokenType.Character) MarkText(token.Data, inText);
        }

        var starts = new List<int>();
        var ends = new List<int>();
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!inText[i]) continue;
            starts.Add(blocks[i].Index);
            ends.Add(blocks[i].Index + blocks[i].Length);
        }
        return new TemplateShape([.. starts], [.. ends]);
    }

    private static void MarkText(string text, bool[] inText)
    {
        foreach (var (at, block) in CodePlaceholders.Find(text))
        {
            if (block >= inText.Length) continue;
            // "<{{ name }}" reads as text to the tokenizer, but the value would complete a tag: keep it.
            var before = text.AsSpan(0, at);
            if (before.EndsWith("<") || before.EndsWith("</")) continue;
            inText[block] = true;
        }
    }
}
