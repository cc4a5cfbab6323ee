using System.Globalization;

namespace StatementArchive.Import;

/// <summary>
/// Reads a numeric date with the evidence of its whole file. A figure above 12 settles the order; so
/// does the same date written out elsewhere ("3 May 2021", "March 5, 2021"). Otherwise the file's
/// convention (<see cref="DateOrderDetector"/>), then dots (written day first wherever they are used),
/// then day first as most of the world writes it; each of these is a choice, returned as a doubt for
/// the report. A two-digit year is taken only when the order is settled: "03/05/21" could be a code.
/// </summary>
public sealed class NumericDateReader
{
    private readonly IReadOnlySet<DateOnly> _writtenOut;
    private readonly DateOrder? _convention;

    private NumericDateReader(IReadOnlySet<DateOnly> writtenOut, DateOrder? convention)
    {
        _writtenOut = writtenOut;
        _convention = convention;
    }

    /// <summary>Without the evidence of a file: for a single line or field read on its own.</summary>
    public static NumericDateReader WithoutContext { get; } = new(new HashSet<DateOnly>(), null);

    public static NumericDateReader FromText(string text)
    {
        var writtenOut = DateParser.FindWritten(text).Select(d => d.Date).ToHashSet();
        var convention = DateOrderDetector.Detect(text, NumericDateParser.FindAll(text), writtenOut);
        return new NumericDateReader(writtenOut, convention);
    }

    /// <summary>The date and, when its order was a choice, why; null when the figures are no date to take.</summary>
    public (DateOnly Date, string? Doubt)? Read(NumericDate date)
    {
        if (!date.IsAmbiguous)
        {
            var only = date.DayFirst ?? date.MonthFirst;
            return only is { } d ? (d, null) : null;
        }
        var dayFirst = date.DayFirst!.Value;
        var monthFirst = date.MonthFirst!.Value;
        var settled = DateOrderDetector.SettledDayFirst(date, _writtenOut);
        if (settled is { } order)
            return (order ? dayFirst : monthFirst, null);
        if (date.ShortYear)
            return null;
        var (chosenDayFirst, why) = _convention is { } c ? (c.DayFirst, c.Why)
            : date.Separator == '.' ? (true, "dates written with dots are day-first")
            : (true, "nothing in the text tells; day-first is the usual order outside the United States");
        var (chosen, other) = chosenDayFirst ? (dayFirst, monthFirst) : (monthFirst, dayFirst);
        return (chosen, $"\"{date.Text}\" is ambiguous: read {(chosenDayFirst ? "day" : "month")}-first as {Format(chosen)}, not {Format(other)}, because {why}; check the date");
    }

    private static string Format(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);
}
