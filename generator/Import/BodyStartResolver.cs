using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 5b: a repost puts its own lines before the statement's: a summary in sentences ("In a
/// statement released on Thursday, NATO leaders said …"), then "Source: NATO" and the statement's
/// dateline. When such metadata lines stand among the first blocks of the body, they and the lines
/// before them belong to the header. A paragraph before them that reports on the statement in the
/// third person is the reposting site's summary: dropped, and reported as unsure. Any other
/// paragraph there stays in the body: nothing of the statement may be lost on a guess.
/// </summary>
public static partial class BodyStartResolver
{
    [GeneratedRegex(@"^(?:source|via|originally published(?: by| at| on| in)?|original source|reposted from|date|dated|issued|reference|ref|from|published|delivered(?: on)?|location|updated)\s*:", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLabel();

    [GeneratedRegex(@"^(?:in an? [^.]{0,40}?\b(?:statement|communiqu[ée]|declaration|press release|message)s? (?:released|issued|published|made|delivered|adopted|put out)\b|in an? (?:joint |new |short )?(?:statement|communiqu[ée]|declaration|press release|message)\b.{0,200}?\b(?:said|says|stated|states|announced|declared|warned|pledged|called|condemned|reaffirmed)\b|.{0,200}?\b(?:said|say|says|stated|announced|declared)\b.{0,40}\bin an? (?:joint )?(?:statement|communiqu[ée]|declaration|press release)\b|.{0,120}?\b(?:made|issued|released|delivered|gave) an? (?:joint |short |new )?(?:statement|speech|address|declaration)\b.{0,200}$)", RegexOptions.IgnoreCase)]
    private static partial Regex ReportedSpeech();

    // "Originally published by NATO; reposted by Atlantic Watch.": the repost's credit line.
    [GeneratedRegex(@"^(?:originally|first) published\b|^re(?:posted|published) (?:from|by|with)\b", RegexOptions.IgnoreCase)]
    private static partial Regex RepostCredit();

    private const int Reach = 4;

    public static StatementRegions Resolve(StatementRegions regions, ImportReportBuilder report)
    {
        var lastMetadata = -1;
        for (var i = 0; i < Math.Min(Reach, regions.Body.Count - 1); i++)
        {
            if (IsMetadataBlock(regions.Body[i]) || IsSubtitle(regions.Body[i]))
                lastMetadata = i;
        }
        if (lastMetadata < 0)
            return regions;

        var header = regions.Header.ToList();
        var keptProse = new List<TextBlock>();
        foreach (var block in regions.Body.Take(lastMetadata + 1))
        {
            if (IsMetadataBlock(block) || IsSubtitle(block)
                || (!ProseDetector.IsProse(block, 3) && !ProseDetector.IsCutByPageBreak(block) && !BodyEdges.IsSalutation(block)))
            {
                header.Add(block);
            }
            else if (ReportedSpeech().IsMatch(MarkupStripper.Strip(block.Text)))
            {
                report.Dropped(block, "repost summary");
                report.Unsure(block.StartLine, "a summary written by the reposting site was dropped; check that it is not part of the statement");
            }
            else
            {
                keptProse.Add(block);
            }
        }
        return regions with { Header = header, Body = keptProse.Concat(regions.Body.Skip(lastMetadata + 1)).ToList() };
    }

    // "Issued by NATO Heads of State and Government participating in the meeting of the North Atlantic
    // Council in Vilnius 11 July 2023.": the line under a communiqué's title that says who issued it.
    [GeneratedRegex(@"^(?:issued|adopted|released|approved|agreed) (?:by|on|at|in)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubtitleOpening();

    private static bool IsSubtitle(TextBlock block) =>
        block.Lines.Count <= 2 && ProseDetector.WordCount(block.Text) <= 40 && SubtitleOpening().IsMatch(MarkupStripper.Strip(block.Text));

    /// <summary>
    /// A block of a few lines that only state metadata: a labelled source or date, a dateline, a reference
    /// ("From: Prime Minister's Office" / "Published 25 April 2023" / "Location: London").
    /// </summary>
    public static bool IsMetadataBlock(TextBlock block) =>
        block.Kind != BlockKind.ListItem && block.Lines.Count <= 6 && block.Lines.All(l => IsMetadataLine(l.Text));

    private static bool IsMetadataLine(string line)
    {
        var plain = MarkupStripper.Strip(line);
        // "11 Jul. 2023 - | Press Release (2023) 001 | Issued on 11 Jul. 2023 |": a row of fields.
        var cells = plain.Split('|', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(c => c.Any(char.IsLetterOrDigit)).ToList();
        if (cells.Count > 1)
            return cells.All(IsMetadataLine);
        if (MetadataLabel().IsMatch(plain) && ProseDetector.WordCount(plain) <= 16)
            return true;
        if (RepostCredit().IsMatch(plain) && ProseDetector.WordCount(plain) <= 12)
            return true;
        if (ReferenceDetector.Find(plain) is not null && ProseDetector.WordCount(plain) <= 6)
            return true;
        var dates = DateParser.FindAll(plain);
        // A dateline: the date and at most a place or a cue ("Brussels, 24 February 2022").
        return dates.Count == 1 && ProseDetector.WordCount(plain.Remove(dates[0].Index, dates[0].Length)) <= 4;
    }
}
