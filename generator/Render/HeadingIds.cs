using Markdig.Helpers;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;

namespace StatementArchive.Render;

/// <summary>
/// Ids for a body's headings as GitHub makes them ("deterrence-and-defence", then "-1", "-2", … for a
/// repeat), in one pass. Markdig's own extension looks for a free suffix by trying -1, -2, … again for
/// every repeat, so a body of 30,000 identical headings took minutes; this remembers where each base
/// got to. A later suffix is never free where an earlier one was taken, so the ids are the same.
/// </summary>
public static class HeadingIds
{
    public static void Assign(MarkdownDocument document)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var lastSuffix = new Dictionary<string, int>(StringComparer.Ordinal);
        var text = new StringWriter();
        // The heading's words without markup or escaping, as GitHub reads them.
        var words = new HtmlRenderer(text) { EnableHtmlForInline = false, EnableHtmlEscape = false };
        foreach (var heading in document.Descendants<HeadingBlock>())
        {
            var attributes = heading.GetAttributes();
            if (heading.Inline is null || attributes.Id is not null) continue;
            text.GetStringBuilder().Clear();
            words.Render(heading.Inline);
            var id = LinkHelper.UrilizeAsGfm(text.ToString()) is { Length: > 0 } slug ? slug : "section";
            if (!taken.Add(id))
            {
                var baseId = id;
                var suffix = lastSuffix.GetValueOrDefault(baseId);
                do id = $"{baseId}-{++suffix}"; while (!taken.Add(id));
                lastSuffix[baseId] = suffix;
            }
            attributes.Id = id;
        }
    }
}
