using System.Globalization;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The file's own convention for numeric dates, used only for a date its figures and the written-out
/// dates leave ambiguous. The evidence, strongest first: the file's other numeric dates whose order
/// is settled (a figure above 12, or the same date written out); then cues of the source: United
/// States offices write month first, European, NATO and UN texts and texts in French, German or
/// Spanish write day first. Conflicting evidence of one kind gives way to the next kind.
/// </summary>
public static partial class DateOrderDetector
{
    [GeneratedRegex(@"Washington,?\s+D\.?\s?C\.?|The White House|Office of the Press Secretary|U\.S\. Department of \p{Lu}\p{L}+|Department of State|United States Mission to|U\.S\. Embassy|\bPRNewswire\b")]
    private static partial Regex MonthFirstCue();

    [GeneratedRegex(@"\bNATO\b|North Atlantic Council|\bOTAN\b|United Nations|Secretary-General|European Union|European Commission|Council of the EU\b|European Council|\bOSCE\b|\bBrussels\b|\bBruxelles\b|\bGeneva\b|\bGenève\b|\bStrasbourg\b|\bLuxembourg\b|\bThe Hague\b|\bLondon\b|\bParis\b|\bBerlin\b|\bRome\b|\bMadrid\b")]
    private static partial Regex DayFirstCue();

    public static DateOrder? Detect(string text, IReadOnlyList<NumericDate> numerics, IReadOnlySet<DateOnly> writtenOut)
    {
        var dayFirst = numerics.Where(d => SettledDayFirst(d, writtenOut) == true).Select(d => d.Text).ToList();
        var monthFirst = numerics.Where(d => SettledDayFirst(d, writtenOut) == false).Select(d => d.Text).ToList();
        if (dayFirst.Count > 0 && monthFirst.Count == 0)
            return new DateOrder(true, $"another numeric date in the text is day-first (\"{dayFirst[0]}\")");
        if (monthFirst.Count > 0 && dayFirst.Count == 0)
            return new DateOrder(false, $"another numeric date in the text is month-first (\"{monthFirst[0]}\")");

        var us = MonthFirstCue().Matches(text);
        var europe = DayFirstCue().Matches(text);
        if (us.Count > europe.Count)
            return new DateOrder(false, $"the source writes US-style (\"{us[0].Value}\")");
        if (europe.Count > us.Count)
            return new DateOrder(true, $"the source is European, NATO or UN (\"{europe[0].Value}\")");
        var language = LanguageDetector.Detect(text);
        return language == "en" ? null : new DateOrder(true, $"the text is in {LanguageName(language)}, which writes the day first");
    }

    /// <summary>True for day-first, false for month-first, null when this date alone does not tell.</summary>
    public static bool? SettledDayFirst(NumericDate date, IReadOnlySet<DateOnly> writtenOut)
    {
        if (date.DayFirst is null || date.MonthFirst is null)
            return date.DayFirst is not null && date.First > 12 ? true : date.MonthFirst is not null && date.Second > 12 ? false : null;
        if (!date.IsAmbiguous)
            return null;
        var day = writtenOut.Contains(date.DayFirst.Value);
        var month = writtenOut.Contains(date.MonthFirst.Value);
        return day == month ? null : day;
    }

    private static string LanguageName(string code) => code switch
    {
        "fr" => "French",
        "de" => "German",
        "es" => "Spanish",
        _ => code.ToUpper(CultureInfo.InvariantCulture),
    };
}
