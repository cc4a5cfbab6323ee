using System.Net;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// What rendering knows about a page's links without reading it back, so the link check need not read
/// every byte: the ranges of the page that are escaped text (they cannot hold a tag, so no link or id),
/// and the ids and links of markup made from a tree (a Markdown body), whose range is then skipped too.
/// When the page's template has every code block accounted for (see <see cref="TemplateMarks"/>), the
/// ids and links of its tags are added as they are written, and the hints are <see cref="Complete"/>:
/// the page need not be read at all. Ranges are in page order and do not overlap.
/// </summary>
public sealed class LinkHints
{
    private readonly List<(int Start, int Length)> _skipped = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _links = [];
    private readonly StringBuilder _attribute = new();
    private bool _attributeLost;
    private bool _known;
    private bool _lost;
    private bool _rangesDropped;

    /// <summary>
    /// The escaped ranges, for a page whose hints are not complete; empty when ranges were not kept (the
    /// whole page is read then).
    /// </summary>
    public IReadOnlyList<(int Start, int Length)> Skipped => _rangesDropped ? [] : _skipped;

    public IReadOnlyList<string> Ids => _ids;

    public IReadOnlyList<string> Links => _links;

    /// <summary>Every id and link of the page is in <see cref="Ids"/> and <see cref="Links"/>.</summary>
    public bool Complete => _known && !_lost;

    /// <summary>Markup made from a tree: its ids and links are known, so none of it needs reading (nor ranges to skip).</summary>
    public static LinkHints Known(IEnumerable<string> ids, IEnumerable<string> links)
    {
        var hints = new LinkHints { _known = true };
        hints._ids.AddRange(ids);
        hints._links.AddRange(links);
        return hints;
    }

    /// <summary>
    /// Empty again, for the next page of the thread that renders with it: its lists and buffer keep their
    /// size, so a page's hints cost no allocation once the thread has rendered a large page.
    /// </summary>
    public void Reset()
    {
        _skipped.Clear();
        _ids.Clear();
        _links.Clear();
        _attribute.Clear();
        _attributeLost = _known = _lost = _rangesDropped = false;
    }

    /// <summary>A copy that does not change when these hints are reset (see <see cref="Page.Kept"/>).</summary>
    public LinkHints Copy()
    {
        var copy = new LinkHints { _known = _known, _lost = _lost, _rangesDropped = _rangesDropped };
        copy._skipped.AddRange(_skipped);
        copy._ids.AddRange(_ids);
        copy._links.AddRange(_links);
        return copy;
    }

    /// <summary>The template says every id and link will be added as it is written.</summary>
    public void MarkKnown() => _known = true;

    /// <summary>A partial starts writing into the page: whether its links are known is its own template's to say.</summary>
    /// <returns>Whether the including template's were, for <see cref="ExitTemplate"/>.</returns>
    public bool EnterTemplate()
    {
        var outer = _known;
        _known = false;
        return outer;
    }

    /// <summary>The partial is written; a partial whose links were not known leaves the page's unknown too.</summary>
    public void ExitTemplate(bool outerKnown)
    {
        if (!_known) Lose();
        _known = outerKnown;
    }

    /// <summary>Something was written that only a reading of the page can tell: the hints stay partial.</summary>
    public void Lose() => _lost = true;

    public void Skip(int start, int length)
    {
        if (length == 0) return;
        // While every link is known, ranges serve nothing: a page whose hints stay complete is not read. A
        // tag page writes thousands of values; should the hints be lost after all, the whole page is read.
        if (_known && !_lost)
        {
            _rangesDropped = true;
            return;
        }
        // Two escaped values written one after the other make one range.
        if (_skipped.Count > 0 && _skipped[^1] is var (lastStart, lastLength) && lastStart + lastLength == start)
            _skipped[^1] = (lastStart, lastLength + length);
        else
            _skipped.Add((start, length));
    }

    /// <summary>Adds the hints of markup that was written at <paramref name="offset"/> of this page.</summary>
    public void Include(LinkHints inner, int offset, int length)
    {
        if (inner.Complete)
        {
            Skip(offset, length);
        }
        else
        {
            Lose();
            if (inner._rangesDropped) _rangesDropped = true;
            else foreach (var (start, skipped) in inner._skipped) Skip(offset + start, skipped);
        }
        _ids.AddRange(inner._ids);
        _links.AddRange(inner._links);
    }

    /// <summary>Ids and links of tags written whole in template text.</summary>
    public void Add(IReadOnlyList<KnownLink> links)
    {
        foreach (var link in links) Add(link);
    }

    /// <summary>
    /// A value written, escaped, into an attribute the link check reads; the last piece of the attribute
    /// completes it. The escaped text is read back as the check would read it: its entities decoded.
    /// </summary>
    /// <param name="escaped">Null for a value that only a reading of the page can tell (markup).</param>
    public void Piece(AttributePiece piece, string? escaped)
    {
        if (piece.First)
        {
            _attribute.Clear();
            _attributeLost = false;
        }
        // HTML reads a carriage return as a line feed; markup would be read for its entities.
        if (escaped is null || escaped.Contains('\r'))
        {
            _attributeLost = true;
            Lose();
        }
        if (_attributeLost) return;
        _attribute.Append(piece.Before).Append(escaped!.Contains('&') ? WebUtility.HtmlDecode(escaped) : escaped);
        if (piece.After is null || piece.Role is not { } role) return;
        if (KnownLink.Of(role, _attribute.Append(piece.After).ToString()) is { } link) Add(link);
    }

    private void Add(KnownLink link)
    {
        if (link.Role == LinkRole.Id) _ids.Add(link.Value);
        else _links.Add(link.Value);
    }
}
