using System.Globalization;
using System.Text.RegularExpressions;
using StatementArchive.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Load;

/// <summary>
/// Reads typed values out of YAML nodes, reporting each problem at the node's position in the
/// content file (YamlDotNet's marks are 1-based and relative to the YAML text).
/// </summary>
public sealed partial class YamlFieldReader(string path, int yamlFirstLine, DiagnosticBag diagnostics)
{
    /// <summary>How many problems this reader reported: a file with any is not loaded.</summary>
    public int ErrorCount { get; private set; }

    public void Error(YamlNode node, string message)
    {
        ErrorCount++;
        diagnostics.Add(path, (int)node.Start.Line + yamlFirstLine - 1, (int)node.Start.Column, message);
    }

    public void Error(int line, string message)
    {
        ErrorCount++;
        diagnostics.Add(path, line, 0, message);
    }

    public string? Text(YamlNode node, string key)
    {
        if (node is not YamlScalarNode scalar)
        {
            Error(node, $"{key} must be a single value, not a list or mapping");
            return null;
        }
        var value = scalar.Value?.Trim();
        return string.IsNullOrEmpty(value) ? null : value;
    }

    public string? RequiredText(YamlNode node, string key, string example)
    {
        var value = Text(node, key);
        if (value is null && node is YamlScalarNode)
            Error(node, $"{key} is empty; write it, e.g. {key}: {example}");
        return value;
    }

    public DateOnly? Date(YamlNode node, string key)
    {
        var text = Text(node, key);
        if (text is null)
        {
            if (node is YamlScalarNode) Error(node, $"{key} is empty; write it as YYYY-MM-DD, e.g. {key}: 2022-09-22");
            return null;
        }
        // Hugo also accepts a full timestamp; the archive keeps only the day.
        var match = IsoDay().Match(text);
        if (match.Success && DateOnly.TryParseExact(match.Groups[1].Value, "yyyy-MM-dd",
                CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        Error(node, match.Success
            ? $"{key} \"{text}\" is not a real calendar date; check the day and month"
            : $"{key} \"{text}\" is not a date in the form YYYY-MM-DD, e.g. {key}: 2022-09-22");
        return null;
    }

    public IReadOnlyList<string> TextList(YamlNode node, string key)
    {
        switch (node)
        {
            case YamlSequenceNode sequence:
                var values = new List<string>();
                foreach (var item in sequence.Children)
                {
                    if (Text(item, key) is { } value) values.Add(value);
                }
                return values;
            case YamlScalarNode scalar when string.IsNullOrWhiteSpace(scalar.Value):
                return [];
            case YamlScalarNode:
                Error(node, $"{key} must be a list, e.g. {key}: [ukraine, russia]");
                return [];
            default:
                Error(node, $"{key} must be a list, not a mapping");
                return [];
        }
    }

    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})(?:[T ][0-9:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDay();
}
