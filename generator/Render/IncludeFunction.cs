using Scriban;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// Scriban's own <c>include</c>, with its result marked as <see cref="Html"/>: a partial's output is
/// template markup whose values were already escaped inside it, so escaping it again would garble it.
/// </summary>
public sealed class IncludeFunction(IScriptCustomFunction builtin) : IScriptCustomFunction
{
    public int RequiredParameterCount => builtin.RequiredParameterCount;

    public int ParameterCount => builtin.ParameterCount;

    public ScriptVarParamKind VarParamKind => builtin.VarParamKind;

    public Type ReturnType => typeof(Html);

    public ScriptParameterInfo GetParameterInfo(int index) => builtin.GetParameterInfo(index);

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement)
    {
        if (context is not HtmlTemplateContext html) return new Html(builtin.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");
        // The partial renders into an output of its own: its link hints travel with its markup.
        var outer = html.BeginPartial();
        LinkHints? hints;
        string? text;
        try
        {
            text = builtin.Invoke(context, callerContext, arguments, blockStatement) as string;
        }
        finally
        {
            hints = html.EndPartial(outer);
        }
        return new Html(text ?? "") { Hints = hints };
    }

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
