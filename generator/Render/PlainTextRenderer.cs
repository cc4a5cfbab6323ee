using System.Text;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatementArchive.Render;

/// <summary>
/// A parsed Markdown body as plain text, for the search index and excerpts. It walks the same AST
/// the HTML comes from (after links were rewritten), so the searchable text is exactly the text a
/// reader sees, and a body is parsed only once.
/// </summary>
public static class PlainTextRenderer
{
    [ThreadStatic] private static StringBuilder? _thread;

    /// <summary>Every block's text, one block per line; raw HTML in content stays as the literal text the page shows.</summary>
    public static Utf8Text Render(MarkdownDocument document)
    {
        // One builder per thread, cleared for each body (see ReusableHtmlRenderer).
        var text = _thread ??= new StringBuilder();
        text.Clear();
        foreach (var block in document.Descendants<LeafBlock>())
        {
            var start = text.Length;
            if (block.Inline is { } inline) AppendInline(text, inline);
            else if (block is CodeBlock code)
            {
                foreach (var line in code.Lines.Lines.Take(code.Lines.Count))
                    text.Append(line.Slice.ToString()).Append(' ');
            }
            if (text.Length > start) text.Append('\n');
        }
        var end = text.Length;
        while (end > 0 && char.IsWhiteSpace(text[end - 1])) end--;
        text.Length = end;
        return Utf8Text.Of(text);
    }

    /// <summary>The text of one block's inlines, line breaks as spaces.</summary>
    public static string Inline(ContainerInline inline)
    {
        var text = new StringBuilder();
        AppendInline(text, inline);
        return text.ToString();
    }

    private static void AppendInline(StringBuilder text, ContainerInline container)
    {
        foreach (var inline in container.Descendants<Inline>())
        {
            switch (inline)
            {
                case LiteralInline literal: text.Append(literal.Content.AsSpan()); break;
                case CodeInline code: text.Append(code.Content); break;
                case LineBreakInline: text.Append(' '); break;
                case HtmlEntityInline entity: text.Append(entity.Transcoded.AsSpan()); break;
                case AutolinkInline autolink: text.Append(autolink.Url); break;
            }
        }
    }
}
