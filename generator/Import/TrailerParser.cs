using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 6b: the trailer. Record fields ("*Categories:* …", "DCPD Number: …") and notes are kept for
/// the front matter; everything else there (handles, addresses, footers, a repost's own tags) is
/// dropped and reported.
/// </summary>
public static partial class TrailerParser
{
    [GeneratedRegex(@"^(?:note|notes|editor'?s note|editor’s note|note to editors|notes to editors|nb)$", RegexOptions.IgnoreCase)]
    private static partial Regex NoteLabel();

    // A blog's own taxonomy; a government record's "Categories" are kept unless the text is a repost.
    [GeneratedRegex(@"^(?:tags?|tagged(?: with)?|filed under|posted in|categories|category|topics)$", RegexOptions.IgnoreCase)]
    private static partial Regex SiteTaxonomy();

    public static TrailerRecord Parse(IReadOnlyList<TextBlock> trailer, ImportReportBuilder report, bool isRepost = false)
    {
        var fields = new List<KeyValuePair<string, string>>();
        string? note = null;
        var fallback = "after the statement";
        var inNotes = false;
        foreach (var block in trailer)
        {
            // "Notes to editors" standing as a heading: the paragraphs under it are the note, kept whole.
            var plain = MarkupStripper.Strip(block.Text).Trim().TrimEnd(':').Trim();
            if (NoteLabel().IsMatch(plain))
            {
                inNotes = true;
                report.Origin("source.note", block.StartLine, block.Lines[0].Text);
                continue;
            }
            if (inNotes && ProseDetector.IsProse(block, 3) && BoilerplateDetector.DescribeDropped(block.Text, "") == "")
            {
                var text = block.Kind == BlockKind.ListItem && block.Marker is { } marker && char.IsDigit(marker[0]) ? marker + " " + block.Text : block.Text;
                note = note is null ? text : note + " " + text;
                continue;
            }
            inNotes = false;
            // "Share this page: Facebook Twitter" reads as a field but is a share bar.
            var furniture = BoilerplateDetector.StrongLineReason(block.Text) ?? BoilerplateDetector.StrongBlockReason(block.Text);
            var match = ProseDetector.IsLabelledField(block) && furniture is null ? ProseDetector.LabelledField().Match(block.Text) : null;
            if (match is not null && isRepost && SiteTaxonomy().IsMatch(match.Groups["label"].Value.Trim()))
            {
                report.Dropped(block, "site tags");
                continue;
            }
            if (match is null)
            {
                foreach (var line in block.Lines)
                {
                    var reason = BoilerplateDetector.DescribeDropped(line.Text, fallback);
                    // After a sign-off, the sender's name and title are a signature.
                    if (reason == "signature")
                        fallback = "signature";
                    report.Dropped(line.Number, line.Text, reason);
                }
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
            var key = FieldKeyBuilder.Build(label);
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
}
