using System.Globalization;

namespace StatementArchive.Import;

/// <summary>
/// A date written in figures only ("03/05/2021", "14.06.19", "14-06-2019"). Which figure is the day
/// is not written: <see cref="DayFirst"/> and <see cref="MonthFirst"/> are its two possible readings,
/// null where a reading is no date (a month above 12).
/// </summary>
public sealed record NumericDate(string Text, int First, int Second, int Year, bool ShortYear, char Separator, int Index, int Length)
{
    public DateOnly? DayFirst => Build(day: First, month: Second);

    public DateOnly? MonthFirst => Build(day: Second, month: First);

    /// <summary>Both readings are dates, and different ones: 03/05/2021 but not 14/06/2019 or 05/05/2021.</summary>
    public bool IsAmbiguous => DayFirst is not null && MonthFirst is not null && DayFirst != MonthFirst;

    private DateOnly? Build(int day, int month) =>
        DateOnly.TryParseExact(string.Create(CultureInfo.InvariantCulture, $"{Year:0000}-{month:00}-{day:00}"), "yyyy-MM-dd",
            CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) && date.Year is >= 1900 and <= 2100
            ? date
            : null;
}
