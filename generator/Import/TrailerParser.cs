using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 6b: the trailer. Record fields ("*Categories:* …", "DCPD Number: …") and notes are kept for
/// the front matter; everything else there (handles, addresses, footers) is dropped and reported.
/// </summary>
public static partial class TrailerParser
{
    [GeneratedRegex(@"^(?:note|notes|editor'?s note|editor’s note|note to editors|notes to editors|nb)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();

    public static TrailerRecord Parse(IReadOnlyList<TextBlock> trailer, ImportReportBuilder report)
    {
        var fields = new List<KeyValuePair<string, string>>();
        string? note = null;
        foreach (var block in trailer)
        {
            var match = ProseDetector.IsLabelledField(block) ? ProseDetector.LabelledField().Match(block.Text) : null;
            if (match is null)
            {
                foreach (var line in block.Lines)
                    report.Dropped(line.Number, line.Text, BoilerplateDetector.DescribeDropped(line.Text, "after the statement"));
                continue;
            }
            var label = match.Groups["label"].Value.Trim();
            var value = match.Groups["value"].Value.Trim().TrimEnd('*', '_').Trim();
            if (NoteLabel().IsMatch(label))
            {
                note = note is null ? value : note + " " + value;
                report.Origin("source.note", block.StartLine, block.Lines[0].Text);
                continue;
            }
            // GovInfo ends every field with a full stop; it is punctuation, not part of the value.
            if (value.EndsWith('.') && !value.EndsWith("..", StringComparison.Ordinal))
                value = value[..^1];
            var key = Slug(label);
            if (key.Length == 0 || fields.Any(f => f.Key == key))
            {
                report.Dropped(block, "repeated or unnamed record field");
                continue;
            }
            fields.Add(new(key, value));
            report.Origin("source.record." + key, block.StartLine, block.Lines[0].Text);
        }
        return new TrailerRecord(fields, note);
    }

    private static string Slug(string label)
    {
        var builder = new StringBuilder();
        foreach (var c in label.ToLowerInvariant())
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else if (builder.Length > 0 && builder[^1] != '_')
                builder.Append('_');
        }
        return builder.ToString().Trim('_');
    }
}
