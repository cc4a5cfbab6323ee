using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Load;

/// <summary>URL-safe names: lowercase ASCII letters, digits and single hyphens, short enough to be a folder name.</summary>
public static partial class Slugs
{
    /// <summary>
    /// Longest slug: a slug becomes a folder name, and file systems refuse names over 255 bytes (an
    /// issuer named by one very long word crashed the build); 100 leaves room and keeps URLs readable.
    /// </summary>
    public const int MaxLength = 100;

    public static bool IsValid(string value) => value.Length <= MaxLength && ValidSlug().IsMatch(value);

    /// <summary>Folds accents and punctuation away: "Communiqué de presse" → "communique-de-presse".</summary>
    /// <param name="maxLength">Longer results are cut at the last hyphen that fits (or mid-word when none does).</param>
    public static string From(string text, int maxLength = MaxLength)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c)) builder.Append(char.ToLowerInvariant(c));
            else if (char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.NonSpacingMark) continue;
            else if (builder.Length > 0 && builder[^1] != '-') builder.Append('-');
        }
        var slug = builder.ToString().Trim('-');
        if (slug.Length <= maxLength) return slug;
        var cut = slug.LastIndexOf('-', maxLength);
        return slug[..(cut > 0 ? cut : maxLength)].TrimEnd('-');
    }

    [GeneratedRegex("^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
