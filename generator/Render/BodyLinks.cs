using System.Net;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace StatementArchive.Render;

/// <summary>
/// The ids and links of a rendered Markdown body, read from its syntax tree instead of from its HTML,
/// so the link check need not read bodies again (see <see cref="LinkHints"/>). Links are taken as the
/// HTML holds them: escaped by Markdig's own URL writer, then unescaped as a reader of the HTML would.
/// </summary>
public static class BodyLinks
{
    /// <returns>The hints for the document's HTML, or null when the tree holds markup whose links only its HTML tells.</returns>
    public static LinkHints? Of(MarkdownDocument document)
    {
        var ids = new List<string>();
        var links = new List<string>();
        return Read(document, ids, links) ? LinkHints.Known(ids, links) : null;
    }

    /// <summary>
    /// Walks the tree as the HTML renderer does (a container's children in order, a leaf block's
    /// inlines by their sibling links: Descendants() misses inlines moved after parsing).
    /// </summary>
    /// <returns>False on markup only the HTML can tell about.</returns>
    private static bool Read(MarkdownObject node, List<string> ids, List<string> links)
    {
        if (node.TryGetAttributes()?.Id is { Length: > 0 } id) ids.Add(id);
        switch (node)
        {
            case ParagraphLinkInline paragraph:
                links.Add("#" + paragraph.Target);
                return true;
            case HtmlInline or HtmlBlock:
                return false;
            case LinkInline link:
                links.Add(AsWritten(link.GetDynamicUrl?.Invoke() ?? link.Url ?? ""));
                break;
            case AutolinkInline autolink:
                links.Add(AsWritten((autolink.IsEmail ? "mailto:" : "") + autolink.Url));
                return true;
        }
        switch (node)
        {
            case ContainerBlock container:
                foreach (var child in container)
                    if (!Read(child, ids, links)) return false;
                break;
            case LeafBlock { Inline: { } inline }:
                return Read(inline, ids, links);
            case ContainerInline container:
                for (var child = container.FirstChild; child is not null; child = child.NextSibling)
                    if (!Read(child, ids, links)) return false;
                break;
        }
        return true;
    }

    private static string AsWritten(string url)
    {
        var writer = new StringWriter();
        new HtmlRenderer(writer).WriteEscapeUrl(url);
        return WebUtility.HtmlDecode(writer.ToString()).Trim();
    }
}

/// <summary>The visible ¶ link a numbered paragraph carries to itself.</summary>
public sealed class ParagraphLinkInline(int number) : HtmlInline(Markup(number))
{
    /// <summary>The first paragraphs' ids and links are made once: every body has them.</summary>
    private const int Cached = 256;

    private static readonly string[] Ids = [.. Enumerable.Range(0, Cached).Select(MakeId)];
    private static readonly string[] Markups = [.. Enumerable.Range(0, Cached).Select(MakeMarkup)];

    /// <summary>The id of the numbered paragraph (p1, p2, …).</summary>
    public static string Id(int number) => number < Cached ? Ids[number] : MakeId(number);

    public string Target => Id(number);

    private static string Markup(int number) => number < Cached ? Markups[number] : MakeMarkup(number);

    private static string MakeId(int number) => $"p{number}";

    private static string MakeMarkup(int number) =>
        $" <a class=\"para-link\" href=\"#{MakeId(number)}\" aria-label=\"Link to paragraph {number}\">¶</a>";
}
