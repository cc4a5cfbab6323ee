using YamlDotNet.RepresentationModel;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>A content file's front matter, read with YamlDotNet directly (not the generator's loader) to derive expectations.</summary>
public sealed record ContentStatement(string File, string PagePath, string Title, string Date, string Issuer, string Type, string? Reference, string? SourceFile, IReadOnlyList<string> Tags, string? Location = null)
{
    public static IReadOnlyList<ContentStatement> ReadAll(string statementsRoot) =>
        Directory.EnumerateFiles(statementsRoot, "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(file => Read(statementsRoot, file))
            .ToList();

    /// <summary>
    /// The model's reading order (README; generator/Model/ReadingOrder.cs): newest first, statements of one day by
    /// title, then by content file, both ordinal. Files are all under one folder, so their full paths sort as their paths in content/ do.
    /// </summary>
    public static List<ContentStatement> InReadingOrder(IEnumerable<ContentStatement> statements) => statements
        .OrderByDescending(s => s.Date, StringComparer.Ordinal)
        .ThenBy(s => s.Title, StringComparer.Ordinal)
        .ThenBy(s => s.File, StringComparer.Ordinal)
        .ToList();

    private static ContentStatement Read(string root, string file)
    {
        var text = System.IO.File.ReadAllText(file).Replace("\r\n", "\n");
        var end = text.IndexOf("\n---", 3, StringComparison.Ordinal);
        var stream = new YamlStream();
        stream.Load(new StringReader(text[3..end]));
        var map = (YamlMappingNode)stream.Documents[0].RootNode;
        string? Get(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? ((YamlScalarNode)node).Value : null;
        var tags = map.Children.TryGetValue(new YamlScalarNode("tags"), out var tagNode)
            ? ((YamlSequenceNode)tagNode).Children.Select(t => ((YamlScalarNode)t).Value!).ToList()
            : [];
        var relative = Path.GetRelativePath(root, file).Replace('\\', '/');
        var page = "statements/" + relative[..^".md".Length] + "/index.html";
        var source = map.Children.TryGetValue(new YamlScalarNode("source"), out var sourceNode)
            && ((YamlMappingNode)sourceNode).Children.TryGetValue(new YamlScalarNode("file"), out var fileNode) ? ((YamlScalarNode)fileNode).Value : null;
        return new ContentStatement(file, page, Get("title")!, Get("date")!, Get("issuer")!, Get("type")!, Get("reference"), source, tags, Get("location"));
    }
}
