using StatementArchive.Domain;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>The <c>source:</c> mapping: provenance written by the importer or by hand.</summary>
public static class SourceParser
{
    public static SourceInfo? Parse(YamlNode node, YamlFieldReader read)
    {
        if (node is not YamlMappingNode mapping)
        {
            read.Error(node, "source must be a mapping, e.g. 'source:' then indented 'url: https://…'");
            return null;
        }

        string? file = null, sha256 = null, url = null, channel = null, note = null;
        var record = new List<KeyValuePair<string, string>>();
        IReadOnlyList<string> removed = [];
        foreach (var (keyNode, valueNode) in mapping.Children)
        {
            var key = (keyNode as YamlScalarNode)?.Value ?? "";
            switch (key)
            {
                case "file":
                    file = read.Text(valueNode, "source.file");
                    if (file is not null && !IsSourcePath(file))
                    {
                        read.Error(valueNode, $"source.file \"{file}\" must be a file under sources/ in the content folder, e.g. sources/statement.txt");
                        file = null;
                    }
                    break;
                case "sha256": sha256 = read.Text(valueNode, "source.sha256"); break;
                case "url":
                    url = read.Text(valueNode, "source.url");
                    // The page links to it: a javascript: or data: address there would run or show anything.
                    if (url is not null && !WebAddress.IsHttp(url))
                    {
                        read.Error(valueNode, $"source.url \"{url}\" must be a web address starting with https:// or http://");
                        url = null;
                    }
                    break;
                case "channel": channel = read.Text(valueNode, "source.channel"); break;
                case "note": note = read.Text(valueNode, "source.note"); break;
                case "record" when valueNode is YamlMappingNode fields:
                    foreach (var (fieldKey, fieldValue) in fields.Children)
                    {
                        if (read.Text(fieldValue, "source.record") is { } value)
                            record.Add(new((fieldKey as YamlScalarNode)?.Value ?? "", value));
                    }
                    break;
                case "record":
                    read.Error(valueNode, "source.record must be a mapping of 'label: value' lines");
                    break;
                case "removed":
                    removed = read.TextList(valueNode, "source.removed");
                    break;
                default:
                    var hint = KnownKeys.Nearest(key, KnownKeys.Source) is { } near ? $"did you mean \"{near}\"? " : "";
                    read.Error(keyNode, $"unknown key \"source.{key}\"; {hint}known keys: {string.Join(", ", KnownKeys.Source)}");
                    break;
            }
        }
        return new SourceInfo(file, sha256, url, channel, note, record) { Removed = removed };
    }

    /// <summary>The raw file is published beside the site, so its path may not leave content/sources/.</summary>
    private static bool IsSourcePath(string path) =>
        path.StartsWith("sources/", StringComparison.Ordinal)
        && path.Split('/').All(segment => segment.Length > 0 && segment != "." && segment != ".." && !segment.Contains('\\'))
        && path.All(c => c >= ' ' && c != ':');
}
