namespace StatementArchive.Render;

/// <summary>A statement body turned into HTML, with the plain-text excerpt lists and feeds show.</summary>
/// <remarks>
/// The HTML and the plain text are held as UTF-8 (<see cref="Utf8Text"/>): a build holds every body at
/// once between Markdown and the pages, and these two are most of its memory. Each read makes a new
/// string, so a user takes it once and lets it go.
/// </remarks>
public sealed class RenderedBody
{
    private readonly Utf8Text _html;
    private readonly LinkHints? _hints;
    private readonly Utf8Text _plainText;

    /// <param name="plainText">The whole body as text, one block per line, from the same parse as the HTML (for search and exports).</param>
    public RenderedBody(Html html, string excerpt, string plainText)
        : this(new Utf8Text(html.Value), html.Hints, excerpt, new Utf8Text(plainText))
    {
    }

    /// <param name="hints">The HTML's link hints (see <see cref="BodyLinks"/>).</param>
    public RenderedBody(Utf8Text html, LinkHints? hints, string excerpt, Utf8Text plainText)
    {
        _html = html;
        _hints = hints;
        Excerpt = excerpt;
        _plainText = plainText;
    }

    public string Excerpt { get; }

    /// <summary>The HTML with its link hints, still as UTF-8: a page decodes it straight into its output.</summary>
    public Html Html => Html.FromUtf8(_html, _hints);

    /// <summary>The plain text, as a new string.</summary>
    public string PlainText => _plainText.ToString();

    /// <summary>The plain text without making a string of it (its length in UTF-16 code units, its UTF-8 bytes).</summary>
    public Utf8Text PlainTextUtf8 => _plainText;

    /// <summary>This body once the search index and the exports are made (see SiteRenderer).</summary>
    public RenderedBody WithoutPlainText() => new(_html, _hints, Excerpt, Utf8Text.Empty);

    /// <summary>This body once the page that shows it has taken it (see SiteRenderer).</summary>
    public RenderedBody WithoutHtml() => new(Utf8Text.Empty, null, Excerpt, _plainText);
}
