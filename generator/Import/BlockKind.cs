namespace StatementArchive.Import;

public enum BlockKind
{
    Paragraph,
    ListItem,
    Heading,

    /// <summary>A table copied as text, its <see cref="TextBlock.Text"/> already a Markdown pipe table.</summary>
    Table,
}
