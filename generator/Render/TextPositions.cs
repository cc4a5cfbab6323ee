using Scriban;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// Marks, in a parsed template, every expression whose value is written into text (not into a tag), so
/// the context knows at write time which values the link check may skip (see <see cref="LinkHints"/>).
/// Scriban hands a written value to the context with the span of the enclosing block, not of the
/// expression, so the mark travels with the value instead (<see cref="TextValue"/>).
/// </summary>
public static class TextPositions
{
    public static void Mark(Template template, TemplateShape shape)
    {
        if (template.Page is not { } page || Contains<ScriptCaptureStatement>(page)) return; // captured output is not the page's: leave such templates unmarked
        Mark(page, shape);
    }

    private static void Mark(ScriptNode node, TemplateShape shape)
    {
        if (node is ScriptExpressionStatement { Expression: { } expression } statement
            && expression is not ScriptAssignExpression and not TextValueExpression
            && shape.IsInText(statement.Span.Start.Offset))
        {
            statement.Expression = new TextValueExpression(expression);
            return;
        }
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child) Mark(child, shape);
    }

    private static bool Contains<T>(ScriptNode node) where T : ScriptNode
    {
        if (node is T) return true;
        for (var i = 0; i < node.ChildrenCount; i++)
            if (node.GetChildren(i) is { } child && Contains<T>(child)) return true;
        return false;
    }
}

/// <summary>A value an expression statement writes into text.</summary>
public sealed record TextValue(object Value);

/// <summary>Evaluates the expression it wraps and marks the value as written into text.</summary>
public sealed class TextValueExpression : ScriptExpression
{
    private readonly ScriptExpression _value;

    public TextValueExpression(ScriptExpression value)
    {
        _value = value;
        Span = value.Span;
    }

    public override object? Evaluate(TemplateContext context) =>
        context.Evaluate(_value) switch
        {
            null => null,
            ScriptNode code => code, // a code delegate, evaluated by the statement as before
            var value => new TextValue(value),
        };

    public override void PrintTo(ScriptPrinter printer) => _value.PrintTo(printer);
}
