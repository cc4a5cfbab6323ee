namespace StatementArchive.Render;

/// <summary>
/// HTML the generator made itself (rendered Markdown); the only value a template writes unescaped.
/// Everything else reaching a template is text and is escaped by <see cref="HtmlTemplateContext"/>.
/// A statement's body stays in its UTF-8 form until it is written into the page (see <see cref="RenderedBody"/>).
/// </summary>
public sealed class Html
{
    private readonly string? _value;

    public Html(string value) => _value = value;

    private Html(Utf8Text utf8) => Utf8 = utf8;

    /// <summary>Markup held as UTF-8, with what is known of its links.</summary>
    public static Html FromUtf8(Utf8Text markup, LinkHints? hints) => new(markup) { Hints = hints };

    /// <summary>The markup as a string, decoded anew on each read when it is held as UTF-8.</summary>
    public string Value => _value ?? Utf8.ToString();

    /// <summary>The markup as UTF-8 when it is held that way; empty otherwise.</summary>
    public Utf8Text Utf8 { get; }

    /// <summary>What is known of this markup's links without reading it (see <see cref="LinkHints"/>).</summary>
    public LinkHints? Hints { get; init; }

    public override string ToString() => Value;
}
