using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Load;

/// <summary>URL-safe names: lowercase ASCII letters, digits and single hyphens.</summary>
public static partial class Slugs
{
    public static bool IsValid(string value) => ValidSlug().IsMatch(value);

    /// <summary>Folds accents and punctuation away: "Communiqué de presse" → "communique-de-presse".</summary>
    public static string From(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        return builder.ToString().Trim('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
