namespace StatementArchive.Render;

/// <summary>
/// What rendering knows about a page's links without reading it back, so the link check need not read
/// every byte: the ranges of the page that are escaped text (they cannot hold a tag, so no link or id),
/// and the ids and links of markup made from a tree (a Markdown body), whose range is then skipped too.
/// Ranges are in page order and do not overlap.
/// </summary>
public sealed class LinkHints
{
    private readonly List<(int Start, int Length)> _skipped = [];
    private readonly List<string> _ids = [];
    private readonly List<string> _links = [];

    public IReadOnlyList<(int Start, int Length)> Skipped => _skipped;

    public IReadOnlyList<string> Ids => _ids;

    public IReadOnlyList<string> Links => _links;

    /// <summary>Markup made from a tree: its ids and links are known, so none of it needs reading.</summary>
    public static LinkHints Known(int length, IEnumerable<string> ids, IEnumerable<string> links)
    {
        var hints = new LinkHints();
        hints.Skip(0, length);
        hints._ids.AddRange(ids);
        hints._links.AddRange(links);
        return hints;
    }

    public void Skip(int start, int length)
    {
        if (length == 0) return;
        // Two escaped values written one after the other make one range.
        if (_skipped.Count > 0 && _skipped[^1] is var (lastStart, lastLength) && lastStart + lastLength == start)
            _skipped[^1] = (lastStart, lastLength + length);
        else
            _skipped.Add((start, length));
    }

    /// <summary>Adds the hints of markup that was written at <paramref name="offset"/> of this page.</summary>
    public void Include(LinkHints inner, int offset)
    {
        foreach (var (start, length) in inner._skipped) Skip(offset + start, length);
        _ids.AddRange(inner._ids);
        _links.AddRange(inner._links);
    }
}
