using Scriban;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// Marks a parsed template with what its <see cref="TemplateShape"/> says, so that rendering can tell the
/// link check what a page holds (see <see cref="LinkHints"/>): every expression whose value is written
/// into text or into an attribute value is wrapped to say so (Scriban hands a written value to the
/// context with the span of the enclosing block, not of the expression, so the mark travels with the
/// value), and after each stretch of template text that opens tags with ids or links a statement adds
/// them when that text is written. A template whose every block is accounted for starts by saying its
/// links will all be known.
/// </summary>
public static class TemplateMarks
{
    public static void Mark(Template template, TemplateShape shape)
    {
        if (template.Page is not { Body: { } body } page || Contains<ScriptCaptureStatement>(page)) return; // captured output is not the page's: leave such templates unmarked
        // A first walk only counts: attribute values and tags are marked only when every block and tag is found.
        var found = new Counts();
        Mark(page, shape, found, links: false);
        var knowsLinks = shape.KnowsLinks && found.AttributeExpressions == shape.AttributeBlocks && found.TagLinks == shape.TagLinks;
        Mark(page, shape, new Counts(), knowsLinks);
        if (knowsLinks) body.Statements.Insert(0, new LinksKnownStatement());
    }

    private sealed class Counts
    {
        public int AttributeExpressions;
        public int TagLinks;
    }

    /// <param name="links">Mark attribute values and tags too, not only values written into text.</param>
    private static void Mark(ScriptNode node, TemplateShape shape, Counts found, bool links)
    {
        if (node is ScriptBlockStatement block)
        {
            var statements = block.Statements;
            for (var i = 0; i < statements.Count; i++)
            {
                if (statements[i] is ScriptRawStatement raw)
                {
                    var tagLinks = shape.TagLinksIn(raw.Span.Start.Offset, raw.Span.End.Offset).ToArray();
                    found.TagLinks += tagLinks.Length;
                    if (links && tagLinks.Length > 0) statements.Insert(++i, new TagLinksStatement(tagLinks));
                }
                else Mark(statements[i], shape, found, links);
            }
            return;
        }
        if (node is ScriptExpressionStatement { Expression: { } expression } statement
            && expression is not ScriptAssignExpression and not MarkedExpression and not PartialExpression)
        {
            var offset = statement.Span.Start.Offset;
            if (shape.IsInText(offset))
            {
                if (!links) statement.Expression = PartialExpression.NameIn(expression) is { } partial
                    ? new PartialExpression(partial, expression)
                    : new MarkedExpression(expression, null);
            }
            else if (shape.PieceAt(offset) is { } piece)
            {
                found.AttributeExpressions++;
                if (links) statement.Expression = new MarkedExpression(expression, piece);
            }
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child) Mark(child, shape, found, links);
    }

    private static bool Contains<T>(ScriptNode node) where T : ScriptNode
    {
        if (node is T) return true;
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child && Contains<T>(child)) return true;
        return false;
    }
}
