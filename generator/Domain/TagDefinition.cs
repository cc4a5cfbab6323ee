namespace StatementArchive.Domain;

/// <summary>One entry of content/tags.yml: the slug written in front matter, its label, and the words that signal it.</summary>
public sealed record TagDefinition(string Slug, string Label, string Description, IReadOnlyList<string> Synonyms);
