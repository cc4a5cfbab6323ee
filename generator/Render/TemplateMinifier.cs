using NUglify;
using NUglify.Html;

namespace StatementArchive.Render;

/// <summary>
/// Minifies a template's static HTML once, when templates load, instead of every page it renders: the
/// Scriban code (<c>{{ … }}</c>) is swapped for inert placeholders, NUglify minifies the markup around
/// them, and the code is put back. Attribute quotes are kept, because a value written later may hold
/// spaces. A template NUglify cannot read is left as written.
/// </summary>
public static class TemplateMinifier
{
    private static readonly HtmlSettings Settings = new()
    {
        RemoveComments = true,
        RemoveAttributeQuotes = false,
        RemoveEmptyAttributes = false,
        IsFragmentOnly = true,
        MinifyJs = false,
        MinifyCss = false,
    };

    public static string Minify(string template)
    {
        var (markup, blocks) = CodePlaceholders.Hide(template);
        var result = Uglify.Html(markup, Settings);
        if (result.HasErrors || result.Code is null) return template;
        return CodePlaceholders.Restore(result.Code, blocks) ?? template;
    }
}
