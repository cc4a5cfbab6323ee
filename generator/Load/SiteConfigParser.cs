using StatementArchive.Diagnostics;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>Reads content/site.yml: title, description, base_url, language.</summary>
public static class SiteConfigParser
{
    private static readonly string[] Keys = ["title", "description", "base_url", "language"];

    public static SiteConfig? Parse(string path, string text, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        try
        {
            var stream = YamlLoader.Load(text.TrimStart('\uFEFF'));
            if (stream.Documents.Count > 0 && stream.Documents[0].RootNode is YamlMappingNode mapping)
            {
                var read = new YamlFieldReader(path, 1, diagnostics);
                foreach (var (keyNode, valueNode) in mapping.Children)
                {
                    var key = (keyNode as YamlScalarNode)?.Value ?? "";
                    if (Array.IndexOf(Keys, key) < 0)
                        read.Error(keyNode, $"unknown key \"{key}\"; known keys: {string.Join(", ", Keys)}");
                    else if (read.Text(valueNode, key) is { } value)
                        values[key] = value;
                }
            }
        }
        catch (YamlException e)
        {
            diagnostics.Add(path, (int)e.Start.Line, (int)e.Start.Column, $"YAML syntax: {e.Message}");
            return null;
        }

        var baseUrl = baseUrlOverride ?? values.GetValueOrDefault("base_url");
        if (baseUrl is null || !Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            diagnostics.Add(path, 1, 0, baseUrlOverride is null
                ? "base_url is missing or not an absolute http(s) URL; add e.g. base_url: https://owner.github.io/repo/"
                : $"--base-url \"{baseUrlOverride}\" is not an absolute http(s) URL, e.g. https://owner.github.io/repo/");
            return null;
        }

        return new SiteConfig(
            values.GetValueOrDefault("title") ?? "Statement archive",
            values.GetValueOrDefault("description") ?? "",
            baseUrl.EndsWith('/') ? baseUrl : baseUrl + "/",
            values.GetValueOrDefault("language") ?? "en");
    }
}
