namespace StatementArchive.Import;

/// <summary>
/// A logical unit of the raw text: a paragraph (hard-wrapped lines), a list item or a heading.
/// <see cref="Text"/> is the content without its marker; <see cref="Lines"/> keeps the raw lines for
/// line numbers and for metadata that is laid out line by line (a date split over two lines).
/// </summary>
/// <param name="Marker">The list marker as written (<c>1.</c>, <c>•</c>) or the heading hashes; null for paragraphs.</param>
public sealed record TextBlock(BlockKind Kind, string? Marker, string Text, IReadOnlyList<SourceLine> Lines)
{
    public int StartLine => Lines.Count > 0 ? Lines[0].Number : 0;

    public int EndLine => Lines.Count > 0 ? Lines[^1].Number : 0;

    public TextBlock WithText(string text) => this with { Text = text };
}
