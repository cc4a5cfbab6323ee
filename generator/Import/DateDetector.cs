using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The issue date. An "Issued on" date beats a dateline or a date standing alone, which beat any
/// other date in the header; "Last updated", "modified" and "published" dates are used only when
/// nothing else is found, because pages are updated long after a statement is issued; so is the
/// date an email was sent, and the date a blog reposted the text.
/// </summary>
public static partial class DateDetector
{
    [GeneratedRegex(@"\b(?:issued|date of issue|released|done at|fait à|publié le|diffusé le)\b[^|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedCue();

    [GeneratedRegex(@"\b(?:updated|modified|published|posted|revised|sent|mailed|mis à jour|mise à jour|modifié|aktualisiert|actualizado)\b[^|]*$", RegexOptions.IgnoreCase)]
    private static partial Regex LaterCue();

    [GeneratedRegex(@"^[\p{L}\s,.\-'’()]{0,40}$")]
    private static partial Regex OnlyWords();

    /// <param name="extra">Dates found outside the regions (an email's "Sent:" header), already ranked.</param>
    public static DateCandidate? Detect(StatementRegions regions, IEnumerable<DateCandidate>? extra = null)
    {
        var candidates = extra?.ToList() ?? [];
        foreach (var block in regions.Header)
            Collect(block, candidates, rankOffset: 0);
        // A dateline opening the first paragraph ("Brussels, 5 May 2015 – …") when the header has none.
        if (regions.Body.Count > 0)
            Collect(regions.Body[0], candidates, rankOffset: 0, openingOnly: true);
        foreach (var block in regions.Trailer)
            Collect(block, candidates, rankOffset: 10, issuedOnly: true);
        // Among "posted"/"updated" dates only, the earliest is the closest to the issue date.
        return candidates.OrderBy(c => c.Rank)
            .ThenBy(c => c.Rank >= 50 ? c.Date.DayNumber : 0)
            .ThenBy(c => c.Line)
            .FirstOrDefault();
    }

    private static void Collect(TextBlock block, List<DateCandidate> into, int rankOffset, bool openingOnly = false, bool issuedOnly = false)
    {
        var (text, starts) = LineJoiner.JoinPlain(block.Lines);
        var plain = text.Replace('*', ' ').Replace('_', ' ');
        foreach (var (date, index, length) in DateParser.FindAll(plain))
        {
            var before = plain[..index];
            var after = plain[(index + length)..];
            if (openingOnly && !(index < 60 && OnlyWords().IsMatch(before)))
                continue;
            int rank;
            if (IssuedCue().IsMatch(before))
                rank = 0;
            else if (LaterCue().IsMatch(before))
                rank = 50;
            else if (issuedOnly)
                continue;
            else if (OnlyWords().IsMatch(before) && after.Trim(' ', '.', '-', '–', '—', ':', '|').Length == 0)
                rank = 1;
            else if (openingOnly)
                rank = 3;
            else
                rank = 2;
            var line = LineJoiner.LineAt(block.Lines, starts, index);
            into.Add(new DateCandidate(date, rank + rankOffset, line, block.Lines.First(l => l.Number == line).Text));
        }
    }
}
