using System.Text;
using Scriban;
using Scriban.Parsing;
using Scriban.Runtime;
using Scriban.Runtime.Accessors;
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
    /// <summary>The hints of the page being rendered, reused page after page (see <see cref="LinkHints.Reset"/>).</summary>
    private readonly LinkHints _pageHints = new();
    private LinkHints? _hints;
    private StringBuilder? _hintsOutput;
    private readonly Dictionary<Type, IObjectAccessor?> _accessors = [];

    /// <param name="escape">False only for plain-text outputs (robots.txt), where entities would be wrong.</param>
    [ThreadStatic] private static HtmlTemplateContext? _threadContext;

    /// <summary>
    /// This thread's context for these templates, reset for a new page. Making a context clones Scriban's
    /// builtins and forgets the member accessors it has reflected, which cost more than many a page.
    /// </summary>
    public static HtmlTemplateContext ForThread(TemplateSet templates, bool escape)
    {
        if (_threadContext is { } context && context._templates == templates && context._escape == escape)
        {
            context.Reset();
            context._pageHints.Reset();
            context._hints = context._pageHints;
            context._hintsOutput = null;
            return context;
        }
        return _threadContext = new HtmlTemplateContext(templates, escape);
    }

    /// <summary>After a failed render: the next page gets a fresh context.</summary>
    public static void Forget(HtmlTemplateContext context)
    {
        if (_threadContext == context) _threadContext = null;
    }

    /// <summary>
    /// Scriban's builtin functions, made once and shared by every context: a context makes a deep copy of
    /// them otherwise, which costs more than many a page, and every thread the build runs on makes its own
    /// context. They are read-only, so no template can change them for another page or thread.
    /// </summary>
    private static readonly Lazy<ScriptObject> EscapingBuiltins = new(() => SharedBuiltins(escape: true));
    private static readonly Lazy<ScriptObject> PlainBuiltins = new(() => SharedBuiltins(escape: false));

    private static ScriptObject SharedBuiltins(bool escape)
    {
        var builtins = new Scriban.Functions.BuiltinFunctions();
        if (escape) builtins.SetValue("include", new IncludeFunction((IScriptCustomFunction)builtins["include"]!), readOnly: true);
        foreach (var value in builtins.Values)
            if (value is ScriptObject functions) functions.IsReadOnly = true;
        builtins.IsReadOnly = true;
        return builtins;
    }

    public HtmlTemplateContext(TemplateSet templates, bool escape = true) : base(escape ? EscapingBuiltins.Value : PlainBuiltins.Value)
    {
        _templates = templates;
        _escape = escape;
        _hints = _pageHints;
        StrictVariables = true;
        EnableRelaxedMemberAccess = false;
        // A year page of a 50,000-statement archive loops over thousands of items; the default (1,000) is for untrusted templates.
        LoopLimit = 1_000_000;
        // Scriban cuts strings at 1 MB by default; a tag page of a large archive is bigger than that.
        LimitToString = 0;
        NewLine = "\n";
    }

    /// <summary>What this render knows of the page's links (null when it could not keep track).</summary>
    public LinkHints? Hints => _escape ? _hints : null;

    public override TemplateContext Write(SourceSpan span, object? textAsObject)
    {
        if (!_escape) return base.Write(span, textAsObject);
        var marked = textAsObject as MarkedValue;
        if (marked is not null) textAsObject = marked.Value;
        var html = textAsObject as Html;
        var at = OutputLength;
        string? text = null;
        var plain = false;
        if (html is not null) WriteMarkup(html);
        else plain = WriteEscaped(text = ObjectToString(textAsObject) ?? "");
        if (marked is null) _hints?.Lose(); // a value the template marks did not foresee
        else if (marked.Piece is null) Hint(html, at);
        else if (marked.Piece.Role is not null) _hints?.Piece(marked.Piece, text is null ? null : plain ? text : WrittenSince(at));
        else if (html is not null) _hints?.Lose(); // markup inside a tag: only reading the page tells what it makes
        return this;
    }

    /// <summary>
    /// Text escaped straight into the page, all but its last character; that one Scriban writes, so its own
    /// state (whether the output ends a line, which indenting reads) is as if it had written the whole.
    /// With indenting under way, or text that escaping leaves alone, Scriban writes the text itself.
    /// </summary>
    /// <returns>True when the text was written as it is (nothing in it needed escaping).</returns>
    private bool WriteEscaped(string text)
    {
        if (HtmlText.IsPlain(text))
        {
            Write(text);
            return true;
        }
        if (DirectOutput is not { } output)
        {
            Write(HtmlText.Escape(text));
            return false;
        }
        var last = HtmlText.LastEscaped(text, out var replacement);
        HtmlText.Escape(text.AsSpan(0, last), output);
        if (replacement is null) Write(text, last, text.Length - last);
        else Write(replacement);
        return false;
    }

    /// <summary>
    /// Markup held as UTF-8 (a statement's body) is decoded straight into the page: all of it up to its last
    /// line feed, which Scriban is then given to write, with what follows, so its own state (whether the
    /// output ends a line, which indenting reads) is as if it had written the whole. With indenting under way,
    /// or no line feed to split at, Scriban writes the markup as a string.
    /// </summary>
    private void WriteMarkup(Html html)
    {
        var bytes = html.Utf8.Bytes;
        var lastLine = bytes.LastIndexOf((byte)'\n');
        if (!html.Utf8.IsUtf8 || lastLine < 0 || DirectOutput is not { } output)
        {
            Write(html.Value);
            return;
        }
        Utf8Text.AppendTo(output, bytes[..lastLine]);
        Write("\n");
        if (lastLine + 1 < bytes.Length) Write(Encoding.UTF8.GetString(bytes[(lastLine + 1)..]));
    }

    /// <summary>The page's builder, when text may go into it without Scriban: no indenting under way.</summary>
    private StringBuilder? DirectOutput => string.IsNullOrEmpty(CurrentIndent) && Output is StringBuilderOutput output ? output.Builder : null;

    /// <summary>The template being rendered has every code block accounted for (see <see cref="TemplateMarks"/>).</summary>
    public void LinksKnown() => _hints?.MarkKnown();

    /// <summary>Template text with these ids and links in its tags was written.</summary>
    public void TagLinks(IReadOnlyList<KnownLink> links) => _hints?.Add(links);

    /// <summary>A value written into text: escaped text holds no tag, and markup brings its hints.</summary>
    private void Hint(Html? html, int at)
    {
        if (_hints is null) return;
        var output = (Output as StringBuilderOutput)?.Builder;
        var length = output is null ? -1 : output.Length - at;
        if (length == 0) return;
        _hintsOutput ??= output;
        if (output is null || output != _hintsOutput) _hints = null; // written somewhere else than the page: stop guessing
        else if (html is null) _hints.Skip(at, length);
        else if (html.Hints is { } inner) _hints.Include(inner, at, length);
        else _hints.Lose();
    }

    /// <summary>What was written since <paramref name="at"/> (null when the output is not a page's).</summary>
    private string? WrittenSince(int at) => at < 0 ? null : ((StringBuilderOutput)Output).Builder.ToString(at, OutputLength - at);

    /// <summary>
    /// Renders a page into <see cref="PageOutput"/>, as Template.Render does short of making a string of
    /// it: the page goes from the builder to its UTF-8 bytes (see <see cref="PageBytes"/>). The context
    /// sets no output limit, which is all Template.Render adds.
    /// </summary>
    public void RenderPage(Template template)
    {
        if (template.Page is { } page && Evaluate(page) is { } result) Write(page.Span, result);
    }

    /// <summary>The page rendered since the last <see cref="ForThread"/>.</summary>
    public StringBuilder PageOutput => ((StringBuilderOutput)Output).Builder;

    /// <summary>Renders a partial straight into the current output (see <see cref="PartialExpression"/>).</summary>
    public void WritePartial(string name, ScriptNode caller)
    {
        var page = _templates.Find(name)?.Page
            ?? throw new ScriptRuntimeException(caller.Span, $"include \"{name}\" not found in the templates folder");
        EnterRecursive(caller);
        var outerKnown = _hints?.EnterTemplate() ?? false;
        try
        {
            Evaluate(page);
        }
        finally
        {
            _hints?.ExitTemplate(outerKnown);
            ExitRecursive(caller);
        }
    }

    /// <summary>Starts rendering a partial, whose output goes to a buffer of its own.</summary>
    public (LinkHints? Hints, StringBuilder? Output) BeginPartial()
    {
        var outer = (_hints, _hintsOutput);
        _hints = new LinkHints();
        _hintsOutput = null;
        return outer;
    }

    /// <returns>The partial's hints, to travel with its output.</returns>
    public LinkHints? EndPartial((LinkHints? Hints, StringBuilder? Output) outer)
    {
        var inner = _hints;
        (_hints, _hintsOutput) = outer;
        return inner;
    }

    private int OutputLength => Output is StringBuilderOutput output ? output.Builder.Length : -1;


    /// <summary>
    /// Scriban keeps member accessors per type, like this, but forgets them on every Reset(), and then
    /// reflects over each view type again for every page (~7 % of the samples of rendering). Scriban
    /// picks an accessor by the value's type alone, so keeping it for the context's life changes nothing else.
    /// </summary>
    protected override IObjectAccessor? GetMemberAccessorImpl(object target)
    {
        var type = target.GetType();
        if (!_accessors.TryGetValue(type, out var accessor)) _accessors[type] = accessor = base.GetMemberAccessorImpl(target);
        return accessor;
    }

    public override string GetTemplatePathFromName(string? templateName, ScriptNode? callerContext) => templateName ?? "";

    protected override Template CreateTemplate(string templatePath, ScriptNode? callerContext) =>
        _templates.Find(templatePath)
        ?? throw new ScriptRuntimeException(callerContext?.Span ?? default, $"include \"{templatePath}\" not found in the templates folder");
}
