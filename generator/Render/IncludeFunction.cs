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

    public object Invoke(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        new Html(builtin.Invoke(context, callerContext, arguments, blockStatement) as string ?? "");

    public ValueTask<object?> InvokeAsync(TemplateContext context, ScriptNode? callerContext, ScriptArray arguments, ScriptBlockStatement? blockStatement) =>
        ValueTask.FromResult<object?>(Invoke(context, callerContext, arguments, blockStatement));
}
