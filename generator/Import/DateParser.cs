using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Finds dates written the ways official texts write them: "22 September 2022", "24 Mar. 2022",
/// "February 25, 2022", "2022-09-22", "5 mai 2015", "1er juin 2015", "22. September 2022",
/// "22 de septiembre de 2022", and in figures ("24.02.2022", "03/05/2021": read by a
/// <see cref="NumericDateReader"/>, which weighs the evidence for day or month first). Whitespace may
/// include the space of a joined line break.
/// </summary>
public static partial class DateParser
{
    private static readonly Dictionary<string, int> Months = BuildMonths();

    private const string MonthWord = @"(?<month>[\p{L}]{3,10})\.?";

    // "06-Feb.-2023": NATO's page titles join the parts with dashes.
    [GeneratedRegex(@"(?<![\p{L}\d])(?<day>\d{1,2})(?:st|nd|rd|th|er|\.)?(?:\s+(?:de\s+)?|-)" + MonthWord + @"(?:,?\s+(?:de\s+)?|-)(?<year>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"(?<![\p{L}\d])" + MonthWord + @"\s+(?<day>\d{1,2})(?:st|nd|rd|th)?,?\s+(?<year>\d{4})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})-(?<monthnum>\d{2})-(?<day>\d{2})(?!\d)")]
    private static partial Regex IsoDate();

    /// <summary>
    /// Every date in the text with its position and length, in order of position. Numeric dates are
    /// read with the evidence of <paramref name="reader"/>; without one, as a line on its own.
    /// </summary>
    public static IReadOnlyList<FoundDate> FindAll(string text, NumericDateReader? reader = null)
    {
        var written = Written(text);
        var numeric = new List<FoundDate>();
        // The parser's matches come in order and never overlap one another.
        foreach (var date in NumericDateParser.FindAll(text))
        {
            if (!OverlapsAny(written, date.Index, date.Length) && (reader ?? NumericDateReader.WithoutContext).Read(date) is { } read)
                numeric.Add(new FoundDate(read.Date, date.Index, date.Length, read.Doubt));
        }
        return Merge(written, numeric);
    }

    /// <summary>Dates whose month is written out, and ISO dates: never ambiguous. In order; where two forms overlap, the first form's reading stands.</summary>
    public static IReadOnlyList<FoundDate> FindWritten(string text) => Written(text);

    /// <summary>A line or cell that is a date and nothing else ("27.02.2022", "25 March 2022.").</summary>
    public static bool IsDateOnly(string text)
    {
        var trimmed = text.Trim().TrimEnd('.');
        return trimmed.Length <= 40 && FindAll(trimmed) is [var date] && date.Length >= trimmed.Length - 1;
    }

    private static List<FoundDate> Written(string text)
    {
        List<FoundDate> found = [];
        foreach (var regex in new[] { DayMonthYear(), MonthDayYear(), IsoDate() })
        {
            var more = new List<FoundDate>();
            foreach (Match match in regex.Matches(text))
            {
                if (TryBuild(match, out var date) && !OverlapsAny(found, match.Index, match.Length))
                    more.Add(new FoundDate(date, match.Index, match.Length));
            }
            found = Merge(found, more);
        }
        return found;
    }

    /// <summary>
    /// Whether a stretch overlaps a date of <paramref name="sorted"/> (in order, none overlapping). By halving,
    /// not by trying each: a table of dates in an annex has thousands, and each is checked against the rest.
    /// Only the last date that starts before the stretch ends can reach into it.
    /// </summary>
    private static bool OverlapsAny(List<FoundDate> sorted, int index, int length)
    {
        int low = 0, high = sorted.Count - 1, last = -1;
        while (low <= high)
        {
            var middle = (low + high) >>> 1;
            if (sorted[middle].Index < index + length) { last = middle; low = middle + 1; }
            else high = middle - 1;
        }
        return last >= 0 && sorted[last].Index + sorted[last].Length > index;
    }

    private static List<FoundDate> Merge(List<FoundDate> a, List<FoundDate> b)
    {
        if (b.Count == 0) return a;
        if (a.Count == 0) return b;
        var merged = new List<FoundDate>(a.Count + b.Count);
        int i = 0, j = 0;
        while (i < a.Count || j < b.Count)
            merged.Add(j == b.Count || (i < a.Count && a[i].Index < b[j].Index) ? a[i++] : b[j++]);
        return merged;
    }

    private static bool TryBuild(Match match, out DateOnly date)
    {
        date = default;
        int month;
        if (match.Groups["monthnum"].Success)
            month = DigitValue.Of(match.Groups["monthnum"].ValueSpan);
        else if (!Months.TryGetValue(match.Groups["month"].Value.ToLowerInvariant(), out month))
            return false;
        var year = DigitValue.Of(match.Groups["year"].ValueSpan);
        var day = DigitValue.Of(match.Groups["day"].ValueSpan);
        if (year is < 1900 or > 2100 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
            return false;
        date = new DateOnly(year, month, day);
        return true;
    }

    private static Dictionary<string, int> BuildMonths()
    {
        string[][] names =
        [
            // English, French, German, Spanish, Italian, Portuguese, Dutch: the languages of NATO's larger members' releases.
            // Abbreviations that are also English words ("set", "out", "ago") are left out: they would find dates in prose.
            ["january", "jan", "janvier", "janv", "januar", "jänner", "enero", "ene", "gennaio", "janeiro", "januari"],
            ["february", "feb", "février", "fevrier", "févr", "fevr", "februar", "febrero", "febbraio", "fevereiro", "fev", "februari"],
            ["march", "mar", "mars", "märz", "mär", "marzo", "março", "marco", "maart", "mrt"],
            ["april", "apr", "avril", "avr", "abril", "abr", "aprile"],
            ["may", "mai", "mayo", "maggio", "maio", "mei"],
            ["june", "jun", "juin", "juni", "junio", "giugno", "junho"],
            ["july", "jul", "juillet", "juil", "juli", "julio", "luglio", "julho"],
            ["august", "aug", "août", "aout", "agosto", "augustus"],
            ["september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"],
            ["october", "oct", "octobre", "oktober", "okt", "octubre", "ottobre", "outubro"],
            ["november", "nov", "novembre", "noviembre", "novembro"],
            ["december", "dec", "décembre", "decembre", "déc", "dezember", "dez", "diciembre", "dic", "dicembre", "dezembro"],
        ];
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var name in names[i])
                months[name] = i + 1;
        }
        return months;
    }
}
