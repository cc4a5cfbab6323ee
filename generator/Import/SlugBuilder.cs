using System.Text;

namespace StatementArchive.Import;

/// <summary>File name part from a title: lowercase ASCII words, small words dropped, at most eight words.</summary>
public static class SlugBuilder
{
    private const int MaxWords = 8;
    private const int MaxLength = 80;

    private static readonly HashSet<string> StopWords = new(StringComparer.Ordinal)
    {
        "the", "a", "an", "of", "on", "in", "by", "and", "to", "for", "at", "so", "with", "from", "its", "their",
        "le", "la", "les", "de", "des", "du", "et", "sur", "l", "d", "au", "aux", "en", "un", "une",
    };

    public static string Build(string title)
    {
        var ascii = Fold(title.Replace("North Atlantic Treaty Organization", "NATO", StringComparison.OrdinalIgnoreCase)
            .Replace("North Atlantic Treaty Organisation", "NATO", StringComparison.OrdinalIgnoreCase));
        var words = ascii.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !StopWords.Contains(w))
            .Take(MaxWords);
        var slug = string.Join('-', words);
        // Eight words can still be one very long word each; the file name must fit the file system.
        if (slug.Length > MaxLength) slug = slug[..MaxLength].TrimEnd('-');
        return slug.Length == 0 ? "statement" : slug;
    }

    // Lowercase ASCII with accents folded; apostrophes vanish ("Russia's" → "russias") so they do not split words.
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.ToLowerInvariant())
        {
            if (c is '\'' or '’' or '‘')
                continue;
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
                builder.Append(c);
            else
                builder.Append(FoldAccent(c));
        }
        return builder.ToString();
    }

    private static string FoldAccent(char c) => c switch
    {
        'à' or 'á' or 'â' or 'ä' or 'ã' or 'å' => "a",
        'ç' => "c",
        'è' or 'é' or 'ê' or 'ë' => "e",
        'ì' or 'í' or 'î' or 'ï' => "i",
        'ñ' => "n",
        'ò' or 'ó' or 'ô' or 'ö' or 'õ' or 'ø' => "o",
        'ù' or 'ú' or 'û' or 'ü' => "u",
        'ý' or 'ÿ' => "y",
        'œ' => "oe",
        'æ' => "ae",
        'ß' => "ss",
        _ => " ",
    };
}
