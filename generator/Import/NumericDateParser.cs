using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Finds dates written in figures with slashes, dots or dashes, with a four- or two-digit year last.
/// A figure, dot, slash or dash right before or after means a longer code (an IP address, a phone
/// number, "2019-06-14" read from its middle), not a date.
/// </summary>
public static partial class NumericDateParser
{
    [GeneratedRegex(@"(?<![\d./\-])(?<first>\d{1,2})(?<sep>[./\-])(?<second>\d{1,2})\k<sep>(?<year>\d{4}|\d{2})(?![\d/\-]|\.\d)")]
    private static partial Regex Numeric();

    // No clock in the importer: a two-digit year below 50 is this century. Texts of the 1950s to
    // 1990s wrote 19xx; NATO's earliest, 1949, is rarely written with two digits.
    private const int Pivot = 50;

    public static IReadOnlyList<NumericDate> FindAll(string text)
    {
        var found = new List<NumericDate>();
        foreach (Match match in Numeric().Matches(text))
        {
            var yearText = match.Groups["year"].Value;
            var year = DigitValue.Of(yearText);
            var shortYear = yearText.Length == 2;
            if (shortYear)
                year += year < Pivot ? 2000 : 1900;
            var date = new NumericDate(match.Value,
                DigitValue.Of(match.Groups["first"].ValueSpan),
                DigitValue.Of(match.Groups["second"].ValueSpan),
                year, shortYear, match.Groups["sep"].Value[0], match.Index, match.Length);
            if (date.DayFirst is not null || date.MonthFirst is not null)
                found.Add(date);
        }
        return found;
    }
}
