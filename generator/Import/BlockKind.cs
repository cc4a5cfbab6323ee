namespace StatementArchive.Import;

public enum BlockKind
{
    Paragraph,
    ListItem,
    Heading,
}
