using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// Statement bodies to HTML with one Markdig pipeline built once. Raw HTML in content is not passed
/// through (it is shown as text); links to other statements are resolved and made relative, and the
/// words naming another statement (see <see cref="MentionFinder"/>) become links to it; links
/// with a scheme other than http, https or mailto are dropped (their text stays); every paragraph
/// and list item gets an id (p1, p2, …) that stays the same as long as the text above it does, and every
/// heading one made of its words (<see cref="HeadingIds"/>).
/// </summary>
public sealed class MarkdownRenderer(StatementIndex index, IReadOnlyList<Statement> statements, SiteUrls urls)
{
    private const int ExcerptLength = 220;

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UsePipeTables()
        .Build();

    public RenderedBody Render(Statement statement, IReadOnlyList<Mention> mentions, DiagnosticBag diagnostics) =>
        Render(statement, statement.Body, mentions, diagnostics);

    /// <param name="markdown">The statement's body, when it is no longer in the statement (see <see cref="MarkdownSources"/>).</param>
    public RenderedBody Render(Statement statement, string markdown, IReadOnlyList<Mention> mentions, DiagnosticBag diagnostics)
    {
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException e) when (e.Message.Contains("nested", StringComparison.Ordinal))
        {
            // Markdig refuses quotes or lists thousands of levels deep rather than overflow its stack.
            diagnostics.Add(statement.ContentPath, statement.BodyLine, 1,
                "the Markdown is nested too deeply (quotes or lists inside one another thousands of times); remove the stray '>' or list markers");
            return new RenderedBody(Utf8Text.Empty, null, "", Utf8Text.Empty);
        }
        HeadingIds.Assign(document);
        // One walk for both kinds of link; rewritten after it, since rewriting changes the tree.
        var links = document.Descendants<Inline>().Where(i => i is LinkInline or AutolinkInline).ToList();
        foreach (var link in links)
        {
            if (link is LinkInline inline)
                RewriteLink(inline, statement, diagnostics);
            // "<javascript:alert(1)>" is an autolink: shown as its text, like a link with an unsafe scheme.
            else if (link is AutolinkInline { IsEmail: false } autolink && SchemeOf(autolink.Url) is { } scheme && !IsWebScheme(scheme))
                autolink.ReplaceBy(new LiteralInline(autolink.Url));
        }
        LinkMentions(document, statement, mentions);
        NumberParagraphs(document);

        var renderer = ReusableHtmlRenderer.ForThread(Pipeline);
        renderer.Render(document);
        // Markdig escapes only the HTML specials; control characters would pass into the page and the feeds.
        var html = HtmlText.HasInvalid(renderer.Output)
            ? new Utf8Text(HtmlText.ReplaceInvalid(renderer.Output.ToString()))
            : Utf8Text.Of(renderer.Output);

        var excerpt = statement.Summary ?? Excerpt(document);
        return new RenderedBody(html, BodyLinks.Of(document), excerpt, PlainTextRenderer.Render(document));
    }

    private void RewriteLink(LinkInline link, Statement from, DiagnosticBag diagnostics)
    {
        var url = link.Url?.Trim() ?? "";
        if (url.Length == 0 || url.StartsWith('#')) return;

        if (SchemeOf(url) is { } scheme)
        {
            if (!IsWebScheme(scheme)) Unwrap(link);
            else if (link.IsImage) link.IsImage = false; // no request may leave the site: an external image becomes a link to it
            return;
        }

        var hashAt = url.IndexOfAny(['#', '?']);
        var path = Uri.UnescapeDataString(hashAt < 0 ? url : url[..hashAt]);
        var suffix = hashAt < 0 ? "" : url[hashAt..];
        string? target = path.StartsWith('/')
            ? path.TrimStart('/')
            : path.EndsWith(".md", StringComparison.Ordinal)
                ? RelativeUrl.Resolve(from.ContentFile[..(from.ContentFile.LastIndexOf('/') + 1)], path)
                : null;
        if (target is null && !path.EndsWith(".md", StringComparison.Ordinal)) return; // page-relative: the link checker verifies it

        var found = target is null ? -1 : index.Find(target);
        if (found < 0)
        {
            if (target is not null && !target.StartsWith("statements/", StringComparison.Ordinal) && !target.EndsWith(".md", StringComparison.Ordinal))
            {
                link.Url = urls.Between(from.SitePath, target) + suffix; // another site page: checked after rendering
                return;
            }
            diagnostics.Add(from.ContentPath, from.BodyLine + link.Line, link.Column + 1,
                $"link to \"{url}\": no statement has that path; link to a statement by its page (/statements/YYYY/name/) or its file (../YYYY/name.md)");
            return;
        }
        link.Url = urls.Between(from.SitePath, statements[found].SitePath) + suffix;
    }

    /// <summary>The scheme of an absolute address, lower-cased ("https" for "//host/…"); null for a path.</summary>
    private static string? SchemeOf(string url)
    {
        if (url.StartsWith("//", StringComparison.Ordinal)) return "https";
        var colon = url.IndexOf(':');
        var slash = url.IndexOf('/');
        return colon > 0 && (slash < 0 || colon < slash) ? url[..colon].Trim().ToLowerInvariant() : null;
    }

    private static bool IsWebScheme(string scheme) => scheme is "http" or "https" or "mailto";

    /// <summary>The first place each mentioned statement is named becomes a link to it (text already in a link is left alone).</summary>
    private void LinkMentions(MarkdownDocument document, Statement from, IReadOnlyList<Mention> mentions)
    {
        if (mentions.Count == 0) return;
        var pending = mentions.ToList();
        var queue = new Queue<LiteralInline>(document.Descendants<LiteralInline>().Where(l => !InsideLink(l)));
        while (pending.Count > 0 && queue.TryDequeue(out var literal))
        {
            var text = literal.Content.ToString();
            var (mention, at) = pending
                .Select(m => (Mention: m, At: text.IndexOf(m.Text, StringComparison.Ordinal)))
                .Where(m => m.At >= 0)
                .OrderBy(m => m.At)
                .FirstOrDefault();
            if (mention is null) continue;
            pending.Remove(mention);

            var link = new LinkInline(urls.Between(from.SitePath, statements[mention.Target].SitePath), "") { IsClosed = true };
            link.AppendChild(new LiteralInline(mention.Text));
            var after = new LiteralInline(text[(at + mention.Text.Length)..]);
            literal.Content = new Markdig.Helpers.StringSlice(text[..at]);
            literal.InsertAfter(link);
            link.InsertAfter(after);
            queue.Enqueue(after);
        }
    }

    private static bool InsideLink(Inline inline)
    {
        for (var parent = inline.Parent; parent is not null; parent = parent.Parent)
            if (parent is LinkInline) return true;
        return false;
    }

    private static void Unwrap(LinkInline link)
    {
        var child = link.FirstChild;
        while (child is not null)
        {
            var next = child.NextSibling;
            child.Remove();
            link.InsertBefore(child);
            child = next;
        }
        link.Remove();
    }

    /// <summary>
    /// Ids p1, p2, … in reading order on every top-level paragraph and list item, each with a visible
    /// link to itself so a reader can copy the address of one paragraph.
    /// </summary>
    private static void NumberParagraphs(MarkdownDocument document)
    {
        var number = 0;
        foreach (var block in document.Descendants<Block>().ToList())
        {
            if (block is not ListItemBlock && !(block is ParagraphBlock && block.Parent is MarkdownDocument or QuoteBlock)) continue;
            var id = ParagraphLinkInline.Id(++number);
            block.GetAttributes().Id = id;
            var text = block as ParagraphBlock ?? FirstParagraph((ListItemBlock)block);
            text?.Inline?.AppendChild(new ParagraphLinkInline(number));
        }
    }

    /// <summary>The first paragraph in reading order; a plain walk, where Descendants() would allocate its stack and iterator on every body.</summary>
    private static ParagraphBlock? FirstParagraph(ContainerBlock container)
    {
        foreach (var block in container)
        {
            if (block is ParagraphBlock paragraph) return paragraph;
            if (block is ContainerBlock inner && FirstParagraph(inner) is { } found) return found;
        }
        return null;
    }

    private static string Excerpt(MarkdownDocument document)
    {
        var first = FirstParagraph(document);
        if (first?.Inline is null) return "";
        var plain = PlainTextRenderer.Inline(first.Inline).Trim();
        if (plain.Length <= ExcerptLength) return plain;
        var cut = plain.LastIndexOf(' ', ExcerptLength);
        return plain[..(cut > 0 ? cut : ExcerptLength)].TrimEnd(',', ';', ':') + "…";
    }
}
