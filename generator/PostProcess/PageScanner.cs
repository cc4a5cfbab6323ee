using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StatementArchive.PostProcess;

/// <summary>
/// Reads a page's ids and links with AngleSharp's HTML tokenizer: the same reading of the markup as its
/// parser, without building a document tree, which checking links does not need and which costs more
/// than minifying the page.
/// </summary>
public static class PageScanner
{
    public sealed record Scan(HashSet<string> Ids, List<string> Links);

    public static Scan Read(string html)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var links = new List<string>();
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
}
