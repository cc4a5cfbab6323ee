namespace StatementArchive.Domain;

/// <summary>The controlled list of tags the importer may assign.</summary>
public sealed record TagVocabulary(IReadOnlyList<TagDefinition> Tags)
{
    public static TagVocabulary Empty { get; } = new([]);
}
