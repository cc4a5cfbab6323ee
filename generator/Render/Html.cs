namespace StatementArchive.Render;

/// <summary>
/// HTML the generator made itself (rendered Markdown); the only value a template writes unescaped.
/// Everything else reaching a template is text and is escaped by <see cref="HtmlTemplateContext"/>.
/// </summary>
public sealed record Html(string Value)
{
    /// <summary>What is known of this markup's links without reading it (see <see cref="LinkHints"/>).</summary>
    public LinkHints? Hints { get; init; }

    public override string ToString() => Value;
}
