using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Where the statement was issued, from a dateline ("Brussels 24 March 2022", "BRUSSELS, 5 May 2015 –")
/// or an "Issued in"/"Done at" line in the header or opening the first paragraph. Footers are never
/// searched: the city in a postal address is where the press office is, not where the text was issued.
/// </summary>
public static partial class LocationDetector
{
    private const string Place = @"(?<place>\p{Lu}[\p{L}'’\-]+(?:[ \-](?:\p{Lu}[\p{L}'’\-]+|de|del|la|am|upon|sur))*?)";

    private const string Weekday = @"(?i:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|domenica|segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag)";

    [GeneratedRegex(@"^(?:issued in|done at|held in|fait à|made in|given at)\s+" + Place + @"(?=\s*(?:,|\bon\b|\d|$|\.))", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedIn();

    // The place, then perhaps the weekday that wire datelines put before the date ("Brussels, Monday, 24 …")
    // or the article some languages put there ("Paris, le 22 janvier").
    [GeneratedRegex(@"^" + Place + @"\s*(?:,|\(\p{L}+\)|-|–|—)?\s*(?:" + Weekday + @",\s*)?(?:le|den|el|il|am|op)?\s*$")]
    private static partial Regex Dateline();

    // "Related Articles" over the date of the first one is a list of links, not a signature.
    private static readonly HashSet<string> SectionWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "related", "articles", "news", "posts", "more", "read", "see", "also", "latest", "stories", "updates", "press",
        "releases", "statements", "speeches", "documents", "topics", "events", "photos", "videos",
    };

    private static readonly HashSet<string> NotPlaces = new(StringComparer.OrdinalIgnoreCase)
    {
        "issued", "updated", "last updated", "published", "posted", "date", "dated", "released", "modified",
        "on", "le", "the", "am", "el", "il", "op",
        "press release", "statement", "communiqué", "news", "for immediate release", "embargoed",
        // "Yesterday, 21 September 2022, Russia…": a relative phrase before a date is no dateline.
        "yesterday", "today", "tomorrow", "tonight", "since", "until", "earlier", "hier", "aujourd'hui", "gestern", "heute", "ayer", "hoy",
    };

    // "Issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius 11 July 2023."
    [GeneratedRegex(@"^(?i:issued by)\b.{0,160}?\bin " + Place + @",?\s+(?:on\s+)?\d")]
    private static partial Regex IssuedByIn();

    [GeneratedRegex(@"^" + Place + @"$")]
    private static partial Regex PlaceAlone();

    [GeneratedRegex(@"\d{1,2}\s*[-–]\s*$")]
    private static partial Regex RangeStart();

    [GeneratedRegex(@"^\s*[|–—]\s*" + Place + @"\s*$")]
    private static partial Regex PlaceAfterDate();

    [GeneratedRegex(@"^" + Weekday + "$", RegexOptions.IgnoreCase)]
    private static partial Regex WeekdayName();

    public static (string Location, int Line, string Evidence)? Detect(StatementRegions regions)
    {
        var blocks = regions.Header.Concat(regions.Body.Take(1));
        foreach (var block in blocks)
        {
            var isOpening = regions.Body.Count > 0 && ReferenceEquals(block, regions.Body[0]);
            foreach (var line in isOpening ? block.Lines.Take(1) : block.Lines)
            {
                var found = FromLine(MarkupStripper.Strip(line.Text));
                if (found is not null)
                    return (found, line.Number, line.Text);
            }
        }
        // "Done at Brussels on 10 January 2023." may close the body itself.
        var closing = regions.Body.Count > 1 && regions.Body[^1].Lines.Count == 1 ? [regions.Body[^1]] : Array.Empty<TextBlock>();
        return FromSignature([.. closing, .. regions.Trailer]);
    }

    /// <summary>
    /// Where and when the text was signed, standing alone under it: "Berlin" over "May 02, 2022". The statement
    /// ends there; what follows is the page's.
    /// </summary>
    public static bool IsSignOff(string line, string? next) =>
        next is not null && DateParser.IsDateOnly(next) && PlaceAlone().Match(MarkupStripper.Strip(line).Trim()) is { Success: true } place
        && !place.Groups["place"].Value.Split(' ').Any(SectionWords.Contains) && Tidy(place.Groups["place"].Value) is not null;

    // A joint statement may end with where and when it was done: "New Delhi" over "March 02, 2023".
    private static (string Location, int Line, string Evidence)? FromSignature(IReadOnlyList<TextBlock> trailer)
    {
        var lines = trailer.SelectMany(b => b.Lines).Where(l => l.Text.Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var plain = MarkupStripper.Strip(lines[i].Text).Trim();
            if (FromLine(plain) is { } dateline)
                return (dateline, lines[i].Number, lines[i].Text);
            if (i + 1 < lines.Count && PlaceAlone().Match(plain) is { Success: true } place
                && DateParser.IsDateOnly(lines[i + 1].Text)
                && !place.Groups["place"].Value.Split(' ').Any(SectionWords.Contains)
                && Tidy(place.Groups["place"].Value) is { } name)
                return (name, lines[i].Number, lines[i].Text);
        }
        return null;
    }

    private static string? FromLine(string line)
    {
        var issuedIn = IssuedIn().Match(line);
        if (issuedIn.Success)
            return Tidy(issuedIn.Groups["place"].Value);
        var subtitle = IssuedByIn().Match(line);
        if (subtitle.Success)
            return Tidy(subtitle.Groups["place"].Value);
        var dates = DateParser.FindAll(line);
        if (dates.Count == 0)
            return null;
        if (dates[0].Index == 0)
        {
            // "04 Apr. 2023 | Brussels": the place after the date, alone in its cell.
            var after = PlaceAfterDate().Match(line[dates[0].Length..]);
            return after.Success ? Tidy(after.Groups["place"].Value) : null;
        }
        // "Bucharest, 29-30 November 2022": the range's first day is not part of the place.
        var before = RangeStart().Replace(line[..dates[0].Index], "").Trim();
        var dateline = Dateline().Match(before);
        return dateline.Success ? Tidy(dateline.Groups["place"].Value) : null;
    }

    private static string? Tidy(string place)
    {
        place = place.Trim();
        if (NotPlaces.Contains(place) || WeekdayName().IsMatch(place) || place.Length < 3 || ProseDetector.WordCount(place) > 4)
            return null;
        // Wire datelines shout ("BRUSSELS"); the archive writes the name as a name.
        if (!place.Any(char.IsLower))
            place = string.Join(' ', place.Split(' ').Select(w => w[..1] + w[1..].ToLowerInvariant()));
        return place;
    }
}
