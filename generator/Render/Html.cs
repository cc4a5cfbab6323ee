namespace StatementArchive.Render;

/// <summary>
/// HTML the generator made itself (rendered Markdown); the only value a template writes unescaped.
/// Everything else reaching a template is text and is escaped by <see cref="HtmlTemplateContext"/>.
/// </summary>
public sealed record Html(string Value)
{
    public override string ToString() => Value;
}
