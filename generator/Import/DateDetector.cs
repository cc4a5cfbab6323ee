using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The issue date. An "Issued on" date beats a dateline or a date standing alone, which beat any
/// other date in the header; "Last updated", "modified", "published", "posted" and saved dates are
/// used only when nothing else is found, because pages are updated and reposted long after a
/// statement is issued; so is the date an email was sent. A date in a relative phrase ("Yesterday,
/// 21 September", "since 24 February 2022") is the date of an event: the last resort. The cue
/// nearest before a date decides ("Issued 22 Sep. | Updated 30 Sep."). Dates inside the body are
/// never taken, except a dateline opening the first paragraph ("Brussels, 5 May 2015 – …") and a
/// closing "Done at Brussels on 10 January 2023.".
/// </summary>
public static partial class DateDetector
{
    // RightToLeft: the first match is the cue nearest before the date.
    [GeneratedRegex(@"\b(?:(?<issued>issued|date of issue|released|adopted|done at|fait à|publié le|diffusé le)|(?<later>updated|modified|published|posted|reposted|re-posted|shared|revised|sent|mailed|saved|retrieved|accessed|archived|printed|captured|mis à jour|mise à jour|modifié|aktualisiert|actualizado)|(?<relative>yesterday|tomorrow|last|next|earlier|since|until|ago|hier|depuis|gestern|seit|ayer|desde))\b",
        RegexOptions.IgnoreCase | RegexOptions.RightToLeft)]
    private static partial Regex NearestCue();

    [GeneratedRegex(@"^[\p{L}\s,.\-'’()]{0,40}$")]
    private static partial Regex OnlyWords();

    // "On 21 September 2022, Russia…", "Today, 22 September…": a sentence about a day, not a dateline.
    [GeneratedRegex(@"\b(?:on|in|at|by|from|to|of|since|until|today|yesterday|tomorrow|tonight|last|this|le|am|el)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SentenceWord();

    /// <param name="extra">Dates found outside the regions (an email's "Sent:" header), already ranked.</param>
    /// <param name="reader">Reads numeric dates with the evidence of the whole file.</param>
    public static DateCandidate? Detect(StatementRegions regions, IEnumerable<DateCandidate>? extra = null, NumericDateReader? reader = null)
    {
        var candidates = extra?.ToList() ?? [];
        foreach (var block in regions.Header)
            Collect(block, candidates, reader, rankOffset: 0);
        if (regions.Body.Count > 0)
            Collect(regions.Body[0], candidates, reader, rankOffset: 0, openingOnly: true);
        // A signed text closes with where and when it was done ("Done at Brussels on 10 January 2023."): a line short
        // enough to end the body as prose.
        if (regions.Body.Count > 1 && regions.Body[^1].Lines.Count == 1)
            Collect(regions.Body[^1], candidates, reader, rankOffset: 10, issuedOnly: true);
        foreach (var block in regions.Trailer)
            Collect(block, candidates, reader, rankOffset: 10, issuedOnly: true);
        // A post shows its time under the text ("Feb 24, 2023, 10:02"), and a signed text its date ("Berlin" over
        // "May 02, 2022"): taken when nothing above the text is dated, and reported.
        foreach (var line in regions.Trailer.Take(2).SelectMany(b => b.Lines))
        {
            var stamp = TimeStamp().Match(MarkupStripper.Strip(line.Text).Trim());
            if (stamp.Success && DateParser.IsDateOnly(stamp.Groups["date"].Value) && DateParser.FindAll(stamp.Groups["date"].Value, reader) is [var found])
                candidates.Add(new DateCandidate(found.Date, 11, line.Number, line.Text,
                    found.Doubt ?? "the only date is under the text (a post's time or a signature's date); check that it is the issue date"));
        }
        // Among "posted"/"updated" dates only, the earliest is the closest to the issue date.
        return candidates.OrderBy(c => c.Rank)
            .ThenBy(c => c.Rank >= DateCandidate.Later ? c.Date.DayNumber : 0)
            .ThenBy(c => c.Line)
            .FirstOrDefault();
    }

    private static void Collect(TextBlock block, List<DateCandidate> into, NumericDateReader? reader, int rankOffset, bool openingOnly = false, bool issuedOnly = false)
    {
        var (text, starts) = LineJoiner.JoinPlain(block.Lines);
        var plain = text.Replace('*', ' ').Replace('_', ' ');
        var previousEnd = 0;
        // Spans, not substrings, of the text around each date: a block may hold thousands of dates (a table in an annex).
        foreach (var found in DateParser.FindAll(plain, reader))
        {
            var before = plain.AsSpan(0, found.Index);
            var after = plain.AsSpan(found.Index + found.Length);
            // The cue for this date lies between the previous date (or "|") and this one.
            var bar = before[previousEnd..].LastIndexOf('|');
            var segment = plain[(bar >= 0 ? previousEnd + bar + 1 : previousEnd)..found.Index];
            previousEnd = found.Index + found.Length;
            if (openingOnly && !IsDateline(before, after))
                continue;
            var cue = NearestCue().Match(segment);
            int rank;
            if (cue.Groups["issued"].Success)
                rank = 0;
            else if (cue.Groups["later"].Success)
                rank = DateCandidate.Later;
            else if (issuedOnly)
                continue;
            else if (cue.Groups["relative"].Success)
                rank = DateCandidate.Event;
            else if (IsFewWords(before) && after.Trim(" .-–—:|").IsEmpty)
                rank = 1;
            else if (openingOnly)
                rank = 3;
            else
                rank = 2;
            var index = LineJoiner.LineIndexAt(starts, found.Index);
            into.Add(new DateCandidate(found.Date, rank + rankOffset, block.Lines[index].Number, block.Lines[index].Text, found.Doubt));
        }
    }

    // "Feb 24, 2023, 10:02", "10:02 AM · Feb 24, 2023", "24.02.2023 at 10:02": a date with the time of day.
    [GeneratedRegex(@"^(?:\d{1,2}:\d{2}\s*(?:[ap]\.?m\.?)?\s*[·,|-]\s*)?(?<date>.+?)(?:,?\s*(?:at\s+|à\s+|um\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uhr|h))?)?$", RegexOptions.IgnoreCase)]
    private static partial Regex TimeStamp();

    private static bool IsFewWords(ReadOnlySpan<char> text) => text.Length <= 40 && OnlyWords().IsMatch(text);

    // A dateline names a place before the date and goes on after a dash, colon, bracket or full stop.
    private static bool IsDateline(ReadOnlySpan<char> before, ReadOnlySpan<char> after)
    {
        if (before.Length >= 60 || !IsFewWords(before) || SentenceWord().IsMatch(before))
            return false;
        var rest = after.TrimStart(" \u00A0");
        return rest.IsEmpty || rest[0] is '-' or '–' or '—' or ':' or '.' or '(' or ')' or '/' or '|';
    }
}
