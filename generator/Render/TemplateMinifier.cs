using System.Text;
using System.Text.RegularExpressions;
using NUglify;
using NUglify.Html;

namespace StatementArchive.Render;

/// <summary>
/// Minifies a template's static HTML once, when templates load, instead of every page it renders: the
/// Scriban code (<c>{{ … }}</c>) is swapped for inert placeholders, NUglify minifies the markup around
/// them, and the code is put back. Attribute quotes are kept, because a value written later may hold
/// spaces. A template NUglify cannot read is left as written.
/// </summary>
public static partial class TemplateMinifier
{
    private const char Open = '\uE000';
    private const char Close = '\uE001';

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
        var code = new List<string>();
        var markup = ScribanBlock().Replace(template, block =>
        {
            code.Add(block.Value);
            return $"{Open}{code.Count - 1}{Close}";
        });
        var result = Uglify.Html(markup, Settings);
        if (result.HasErrors || result.Code is null) return template;

        var restored = Placeholder().Replace(result.Code, p => code[int.Parse(p.Groups[1].ValueSpan, System.Globalization.CultureInfo.InvariantCulture)]);
        return restored.Contains(Open) || restored.Contains(Close) ? template : restored;
    }

    [GeneratedRegex(@"\{\{.*?\}\}", RegexOptions.Singleline)]
    private static partial Regex ScribanBlock();

    [GeneratedRegex("\uE000(\\d+)\uE001")]
    private static partial Regex Placeholder();
}
