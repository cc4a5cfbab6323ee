using System.Text.RegularExpressions;
using AngleSharp.Html;
using AngleSharp.Html.Parser;
using AngleSharp.Html.Parser.Tokens;
using AngleSharp.Text;

namespace StatementArchive.Render;

/// <summary>
/// Where a template's code blocks (<c>{{ … }}</c>) sit in its markup, and the ids and links its tags
/// hold, found once per template by AngleSharp's tokenizer with each block replaced by an inert
/// placeholder. A value a block in text writes is escaped, so it cannot open a tag; a block in a quoted
/// attribute value adds to that value only. When every block is one or the other, the page's ids and
/// links are known from the template and the values written (<see cref="KnowsLinks"/>): the link check
/// need not read the page at all (see <see cref="LinkHints"/>).
/// </summary>
public sealed class TemplateShape
{
    private enum Place
    {
        Unknown,
        Text,
        Attribute,
    }

    private readonly Match[] _blocks;
    private readonly Place[] _places;
    private readonly AttributePiece?[] _pieces;
    private readonly List<(int Offset, KnownLink Link)> _tagLinks;

    private TemplateShape(Match[] blocks, Place[] places, AttributePiece?[] pieces, List<(int, KnownLink)> tagLinks, bool knowsLinks)
    {
        _blocks = blocks;
        _places = places;
        _pieces = pieces;
        _tagLinks = tagLinks;
        KnowsLinks = knowsLinks;
    }

    /// <summary>
    /// Every block writes into text or into a quoted attribute value, and no attribute the link check
    /// reads is split by a block in a way its pieces could not rebuild (an entity, a trimmed space).
    /// </summary>
    public bool KnowsLinks { get; }

    /// <summary>True when the template text at <paramref name="offset"/> lies in a code block whose output is text.</summary>
    public bool IsInText(int offset) => BlockAt(offset) is var block and >= 0 && _places[block] == Place.Text;

    /// <summary>The piece of an attribute value the code block at <paramref name="offset"/> writes; null when it writes elsewhere.</summary>
    public AttributePiece? PieceAt(int offset) => BlockAt(offset) is var block and >= 0 ? _pieces[block] : null;

    /// <summary>The code block at <paramref name="offset"/>, by number; -1 outside blocks.</summary>
    public int BlockAt(int offset)
    {
        int low = 0, high = _blocks.Length - 1;
        while (low <= high)
        {
            var middle = (low + high) / 2;
            if (offset < _blocks[middle].Index) high = middle - 1;
            else if (offset >= _blocks[middle].Index + _blocks[middle].Length) low = middle + 1;
            else return middle;
        }
        return -1;
    }

    /// <summary>The number of attribute-value blocks: each must turn out to be one expression.</summary>
    public int AttributeBlocks => _places.Count(p => p == Place.Attribute);

    /// <summary>The ids and links of the tags that start between the two template offsets (inclusive), written whole in the template.</summary>
    public IEnumerable<KnownLink> TagLinksIn(int start, int end)
    {
        foreach (var (offset, link) in _tagLinks)
            if (offset >= start && offset <= end) yield return link;
    }

    /// <summary>How many ids and links tags hold whole: each must be found in a stretch of template text.</summary>
    public int TagLinks => _tagLinks.Count;

    public static TemplateShape Of(string template)
    {
        var (markup, blockList) = CodePlaceholders.Hide(template);
        var blocks = blockList.ToArray();
        var places = new Place[blocks.Length];
        var pieces = new AttributePiece?[blocks.Length];
        var tagLinks = new List<(int, KnownLink)>();
        var knowsLinks = true;

        foreach (var token in Tokens(markup))
        {
            if (token.Type == HtmlTokenType.Character) MarkText(token.Data, places);
            if (token.Type != HtmlTokenType.StartTag || token is not HtmlTagToken tag) continue;
            var tagOffset = TemplateOffset(token.Position.Position - 1, blocks);
            foreach (var attribute in tag.Attributes)
            {
                var role = KnownLink.RoleOf(tag.Name, attribute.Name);
                var parts = CodePlaceholders.Find(attribute.Value).ToList();
                if (parts.Count == 0)
                {
                    if (role is { } whole && KnownLink.Of(whole, attribute.Value) is { } link) tagLinks.Add((tagOffset, link));
                    continue;
                }
                // An entity could be split between template text and a value; AngleSharp would read it whole.
                if (role is not null && attribute.Value.Contains('&')) knowsLinks = false;
                var from = 0;
                for (var k = 0; k < parts.Count; k++)
                {
                    var (at, block, length) = parts[k];
                    if (block >= blocks.Length) continue;
                    var after = k == parts.Count - 1 ? attribute.Value[(at + length)..] : null;
                    pieces[block] = new AttributePiece(role, attribute.Value[from..at], k == 0, after);
                    places[block] = Place.Attribute;
                    from = at + length;
                }
            }
        }

        for (var i = 0; i < blocks.Length; i++)
        {
            if (places[i] == Place.Unknown) knowsLinks = false;
            // Scriban's ~ and - trim template text next to the block: the pieces around it would not be what is written.
            if (places[i] == Place.Attribute && Trims(blocks[i].Value)) knowsLinks = false;
        }
        if (knowsLinks && !ValuesAreQuoted(markup)) knowsLinks = false;
        return new TemplateShape(blocks, places, pieces, tagLinks, knowsLinks);
    }

    private static IEnumerable<HtmlToken> Tokens(string markup)
    {
        var tokenizer = new HtmlTokenizer(new TextSource(markup), HtmlEntityProvider.Resolver);
        for (var token = tokenizer.Get(); token.Type != HtmlTokenType.EndOfFile; token = tokenizer.Get()) yield return token;
    }

    private static void MarkText(string text, Place[] places)
    {
        foreach (var (at, block, _) in CodePlaceholders.Find(text))
        {
            if (block >= places.Length) continue;
            // "<{{ name }}" reads as text to the tokenizer, but the value would complete a tag: keep it.
            var before = text.AsSpan(0, at);
            if (before.EndsWith("<") || before.EndsWith("</")) continue;
            places[block] = Place.Text;
        }
    }

    private static bool Trims(string block) =>
        block.StartsWith("{{~", StringComparison.Ordinal) || block.StartsWith("{{-", StringComparison.Ordinal)
        || block.EndsWith("~}}", StringComparison.Ordinal) || block.EndsWith("-}}", StringComparison.Ordinal);

    /// <summary>
    /// A written value may hold spaces, which end an unquoted attribute value. Reading the markup again
    /// with a space after every placeholder must give the same attributes with that space in their values.
    /// </summary>
    private static bool ValuesAreQuoted(string markup)
    {
        var expected = Attributes(markup).Select(a => a with { Value = CodePlaceholders.Spaced(a.Value) }).ToList();
        return expected.SequenceEqual(Attributes(CodePlaceholders.Spaced(markup)));
    }

    private static IEnumerable<(string Tag, string Name, string Value)> Attributes(string markup)
    {
        foreach (var token in Tokens(markup))
        {
            if (token is not HtmlTagToken tag) continue;
            foreach (var attribute in tag.Attributes) yield return (tag.Name, attribute.Name, attribute.Value);
        }
    }

    /// <summary>The template offset of a position in the markup with placeholders.</summary>
    private static int TemplateOffset(int markupIndex, Match[] blocks)
    {
        // Placeholder k starts where block k starts, shifted by how much longer or shorter the earlier placeholders are.
        var shift = 0;
        for (var k = 0; k < blocks.Length; k++)
        {
            var placeholderStart = blocks[k].Index + shift;
            if (placeholderStart > markupIndex) break;
            shift += CodePlaceholders.Length(k) - blocks[k].Length;
        }
        return markupIndex - shift;
    }
}
