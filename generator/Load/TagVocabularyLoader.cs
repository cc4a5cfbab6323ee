using StatementArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

using StatementArchive.Domain;

namespace StatementArchive.Load;

/// <summary>Reads content/tags.yml (a list of slug, label, description, synonyms). A missing file means no tags.</summary>
public static class TagVocabularyLoader
{
    public static TagVocabulary Load(string path, List<Diagnostic> diagnostics)
    {
        if (!File.Exists(path))
            return TagVocabulary.Empty;
        YamlStream stream;
        try
        {
            stream = YamlLoader.Load(File.ReadAllText(path));
        }
        catch (YamlException e)
        {
            diagnostics.Add(new Diagnostic(path, (int)e.Start.Line, (int)e.Start.Column, $"tags file is not valid YAML: {e.Message}"));
            return TagVocabulary.Empty;
        }
        if (stream.Documents.Count == 0)
            return TagVocabulary.Empty;
        if (stream.Documents[0].RootNode is not YamlSequenceNode entries)
        {
            diagnostics.Add(new Diagnostic(path, 1, 1, "tags file must be a list of entries (- slug: …, label: …, synonyms: […])"));
            return TagVocabulary.Empty;
        }
        var tags = new List<TagDefinition>();
        foreach (var entry in entries)
        {
            if (entry is not YamlMappingNode map || Scalar(map, "slug") is not { Length: > 0 } slug)
            {
                diagnostics.Add(new Diagnostic(path, (int)entry.Start.Line, (int)entry.Start.Column, "tag entry needs a slug (e.g. slug: ukraine)"));
                continue;
            }
            if (!Slugs.IsValid(slug))
            {
                // The slug names the tag's folder (tags/SLUG/): anything else could leave it or break its URL.
                diagnostics.Add(new Diagnostic(path, (int)entry.Start.Line, (int)entry.Start.Column,
                    $"tag slug \"{slug}\" must be lowercase letters, digits and hyphens, at most {Slugs.MaxLength} characters, e.g. \"{Slugs.From(slug)}\""));
                continue;
            }
            var synonyms = map.Children.TryGetValue(new YamlScalarNode("synonyms"), out var node) && node is YamlSequenceNode list
                ? list.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0).ToList()
                : [];
            if (tags.Any(t => t.Slug == slug))
            {
                diagnostics.Add(new Diagnostic(path, (int)entry.Start.Line, (int)entry.Start.Column, $"tag \"{slug}\" is defined twice; merge the two entries"));
                continue;
            }
            tags.Add(new TagDefinition(slug, Scalar(map, "label") ?? slug, Scalar(map, "description") ?? "", synonyms));
        }
        return new TagVocabulary(tags);
    }

    private static string? Scalar(YamlMappingNode map, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode scalar ? scalar.Value : null;
}
