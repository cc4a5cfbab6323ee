using System.Globalization;

namespace StatementArchive.Import;

/// <summary>
/// The value of a run of decimal digits in any script. The importer's patterns use \d, which in .NET
/// matches every Unicode decimal digit ("٢٠٢٢", "２０２２"), and int.Parse reads only ASCII ones.
/// </summary>
public static class DigitValue
{
    /// <summary>The run's value; callers pass one or a few digits matched by \d.</summary>
    public static int Of(ReadOnlySpan<char> digits)
    {
        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
                throw new ArgumentException($"'{c}' is not a decimal digit", nameof(digits));
            value = checked(value * 10 + digit);
        }
        return value;
    }
}
