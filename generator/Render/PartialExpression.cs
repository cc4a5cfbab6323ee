using Scriban;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// <c>{{ include 'name' }}</c> written into text, as <see cref="TemplateMarks"/> finds it: the partial is
/// rendered straight into the page being written. Scriban's own include renders it into an output of its
/// own and hands back a string to copy in, which for a statement page's header, footer and every listed
/// item cost an extra buffer and copy each. Written where it stands, the partial's link hints are the page's.
/// </summary>
public sealed class PartialExpression : ScriptExpression
{
    private readonly string _name;
    private readonly ScriptExpression _call;

    public PartialExpression(string name, ScriptExpression call)
    {
        _name = name;
        _call = call;
        Span = call.Span;
    }

    /// <summary>The partial's name when <paramref name="expression"/> is <c>include</c> of one literal name; null otherwise.</summary>
    public static string? NameIn(ScriptExpression expression) =>
        expression is ScriptFunctionCall { Target: ScriptVariable { Name: "include" }, Arguments: [ScriptLiteral { Value: string name }] } ? name : null;

    public override object? Evaluate(TemplateContext context)
    {
        if (context is not HtmlTemplateContext html) return context.Evaluate(_call);
        html.WritePartial(_name, this);
        return null;
    }

    public override void PrintTo(ScriptPrinter printer) => _call.PrintTo(printer);
}
