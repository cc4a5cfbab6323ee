using Scriban;
using StatementArchive.Diagnostics;
using StatementArchive.Load;

namespace StatementArchive.Render;

/// <summary>
/// Every template in templates/, parsed once before any page renders; a parse error anywhere is
/// reported with its template path and 1-based line and column. Names are paths relative to the
/// folder (<c>statement.html</c>, <c>_header.html</c>); files under <c>assets/</c> are copied, not parsed.
/// </summary>
public sealed class TemplateSet
{
    public const string AssetsFolder = "assets";

    private readonly Dictionary<string, Template> _templates;

    private TemplateSet(string displayRoot, Dictionary<string, Template> templates, IReadOnlyList<(string Name, byte[] Bytes)> assets, TemplateSet? asWritten)
    {
        DisplayRoot = displayRoot;
        _templates = templates;
        Assets = assets;
        AsWritten = asWritten ?? this;
    }

    /// <summary>
    /// The templates as written, before minification: rendering a failed page again with these gives
    /// an error position in the file the maintainer edits (minifying joins lines).
    /// </summary>
    public TemplateSet AsWritten { get; }

    /// <summary>The folder as diagnostics show it, e.g. <c>templates</c>.</summary>
    public string DisplayRoot { get; }

    /// <summary>Static files (stylesheet, scripts) to publish under their relative name.</summary>
    public IReadOnlyList<(string Name, byte[] Bytes)> Assets { get; }

    public Template? Find(string name) => _templates.GetValueOrDefault(name);

    public string DisplayPath(string name) => $"{DisplayRoot}/{name}";

    public static TemplateSet? Load(string directory, string displayRoot, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(displayRoot, 1, 0, "templates folder not found; run from the project root or pass --templates DIR");
            return null;
        }

        var templates = new Dictionary<string, Template>(StringComparer.Ordinal);
        var written = new Dictionary<string, Template>(StringComparer.Ordinal);
        var assets = new List<(string, byte[])>();
        PlainFiles.ReportLinks(directory, diagnostics);
        foreach (var file in PlainFiles.Find(directory, "*"))
        {
            var name = Path.GetRelativePath(directory, file).Replace('\\', '/');
            if (name.StartsWith(AssetsFolder + "/", StringComparison.Ordinal))
            {
                assets.Add((name[(AssetsFolder.Length + 1)..], File.ReadAllBytes(file)));
                continue;
            }

            var text = File.ReadAllText(file).Replace("\r\n", "\n");
            var template = Template.Parse(text, name);
            // The first error only: the parser's later ones follow from it (an unfinished "for" also lacks its "end").
            if (template.Messages.FirstOrDefault(m => m.Type == Scriban.Parsing.ParserMessageType.Error) is { } message)
            {
                // Scriban's positions are 0-based.
                diagnostics.Add($"{displayRoot}/{name}", message.Span.Start.Line + 1, message.Span.Start.Column + 1,
                    $"template syntax: {message.Message}");
            }
            written[name] = template;
            templates[name] = template;
            if (template.HasErrors || !name.EndsWith(".html", StringComparison.Ordinal)) continue;
            TemplateMarks.Mark(template, TemplateShape.Of(text));
            var minifiedText = TemplateMinifier.Minify(text);
            if (Template.Parse(minifiedText, name) is { HasErrors: false } minified)
            {
                TemplateMarks.Mark(minified, TemplateShape.Of(minifiedText));
                templates[name] = minified;
            }
        }
        var asWritten = new TemplateSet(displayRoot, written, assets, null);
        return new TemplateSet(displayRoot, templates, assets, asWritten);
    }
}
