using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>
/// Reads a page's ids and links with AngleSharp's HTML tokenizer: the same reading of the markup as its
/// parser, without building a document tree, which checking links does not need and which costs more
/// than minifying the page. With <see cref="LinkHints"/> from rendering, less is read: escaped text
/// between tags is left out (it holds no tag), Markdown bodies' ids and links come from their syntax
/// trees, and a page whose hints are complete (its template has every code block in text or in a
/// quoted attribute value, see <see cref="TemplateShape"/>) is not read at all.
/// </summary>
public static class PageScanner
{
    /// <param name="Links">In page order, repeats included; for a page with complete hints, the hints' own list (read it before the next page).</param>
    public sealed record Scan(HashSet<string> Ids, IReadOnlyList<string> Links);

    /// <summary>A rendered page: its text is decoded only when its hints leave something to read.</summary>
    public static Scan Read(Page page) => Read(page.Hints is { Complete: true } ? "" : page.Text, page.Hints);

    public static Scan Read(string html, LinkHints? hints = null)
    {
        // Sized for the hints' ids up front: grown one resize at a time, 11,000 pages' sets cost a collection or two.
        var ids = new HashSet<string>(hints?.Ids.Count ?? 0, StringComparer.Ordinal);
        if (hints is { Complete: true })
        {
            ids.UnionWith(hints.Ids);
            return new Scan(ids, hints.Links);
        }
        var links = new List<string>();
        if (hints is not null)
        {
            ids.UnionWith(hints.Ids);
            links.AddRange(hints.Links);
            html = Markup(html, hints.Skipped);
        }
        var tokenizer = new HtmlTokenizer(new TextSource(html), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get())
        {
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag) continue;
            foreach (var attribute in tag.Attributes)
            {
                switch (attribute.Name)
                {
                    case "id":
                    case "name" when tag.Name == "a":
                        if (attribute.Value.Length > 0) ids.Add(attribute.Value);
                        break;
                    case "href":
                    case "src":
                        links.Add(attribute.Value.Trim());
                        break;
                }
            }
        }
        return new Scan(ids, links);
    }

    /// <summary>The page without its skipped ranges.</summary>
    private static string Markup(string html, IReadOnlyList<(int Start, int Length)> skipped)
    {
        if (skipped.Count == 0) return html;
        var kept = html.Length;
        foreach (var (_, length) in skipped) kept -= length;
        return string.Create(kept, (html, skipped), static (span, state) =>
        {
            var (page, ranges) = state;
            var from = 0;
            foreach (var (start, length) in ranges)
            {
                page.AsSpan(from, start - from).CopyTo(span);
                span = span[(start - from)..];
                from = start + length;
            }
            page.AsSpan(from).CopyTo(span);
        });
    }
}
