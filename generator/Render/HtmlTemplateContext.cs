using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// A Scriban context set up on purpose: every value a template writes is escaped unless it is
/// <see cref="Html"/> (so forgetting a filter cannot open a hole); undefined variables are errors;
/// includes come only from the pre-parsed <see cref="TemplateSet"/>, never from disk.
/// </summary>
public sealed class HtmlTemplateContext : TemplateContext
{
    private readonly TemplateSet _templates;
    private readonly bool _escape;

    /// <param name="escape">False only for plain-text outputs (robots.txt), where entities would be wrong.</param>
    public HtmlTemplateContext(TemplateSet templates, bool escape = true)
    {
        _templates = templates;
        _escape = escape;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // A year page of a 50,000-statement archive loops over thousands of items; the default (1,000) is for untrusted templates.
        LoopLimit = 1_000_000;
        // Scriban cuts strings at 1 MB by default; a tag page of a large archive is bigger than that.
        LimitToString = 0;
        NewLine = "\n";
        if (escape)
        {
            var includes = new ScriptObject();
            includes.SetValue("include", new IncludeFunction((IScriptCustomFunction)BuiltinObject["include"]!), readOnly: true);
            PushGlobal(includes);
        }
    }

    public override TemplateContext Write(SourceSpan span, object? textAsObject) =>
        textAsObject is Html || !_escape
            ? base.Write(span, textAsObject)
            : base.Write(span, HtmlText.Escape(ObjectToString(textAsObject) ?? ""));

    public override string GetTemplatePathFromName(string? templateName, ScriptNode? callerContext) => templateName ?? "";

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Find(templatePath)
        ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"include \"{templatePath}\" not found in the templates folder");
}
