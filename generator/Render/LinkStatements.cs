using Scriban;
using Scriban.Syntax;

namespace StatementArchive.Render;

/// <summary>Put first in a template whose every code block is accounted for (see <see cref="TemplateMarks"/>).</summary>
public sealed class LinksKnownStatement : ScriptStatement
{
    public override object? Evaluate(TemplateContext context)
    {
        (context as HtmlTemplateContext)?.LinksKnown();
        return null;
    }

    public override void PrintTo(ScriptPrinter printer)
    {
    }
}

/// <summary>Put after a stretch of template text: the ids and links its tags hold, added when it is written.</summary>
public sealed class TagLinksStatement(IReadOnlyList<KnownLink> links) : ScriptStatement
{
    public override object? Evaluate(TemplateContext context)
    {
        (context as HtmlTemplateContext)?.TagLinks(links);
        return null;
    }

    public override void PrintTo(ScriptPrinter printer)
    {
    }
}
