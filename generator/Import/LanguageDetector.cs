namespace StatementArchive.Import;

/// <summary>
/// The language of the body by counting frequent short words. English unless another language
/// clearly dominates: a few French names in an English text must not flip it.
/// </summary>
public static class LanguageDetector
{
    private static readonly (string Code, HashSet<string> Words)[] Languages =
    [
        ("en", new(StringComparer.Ordinal) { "the", "and", "of", "to", "is", "that", "we", "our", "with", "will", "for", "are", "this", "its" }),
        ("fr", new(StringComparer.Ordinal) { "le", "la", "les", "des", "et", "est", "une", "nous", "dans", "pour", "que", "du", "sur", "qui", "au", "aux", "sont" }),
        ("de", new(StringComparer.Ordinal) { "der", "die", "das", "und", "ist", "wir", "nicht", "mit", "den", "von", "zu", "für", "auf", "dem", "sich" }),
        ("es", new(StringComparer.Ordinal) { "el", "los", "las", "y", "del", "por", "con", "una", "para", "es", "su", "al", "como" }),
        ("it", new(StringComparer.Ordinal) { "il", "di", "che", "e", "della", "delle", "degli", "dei", "nel", "nella", "per", "sono", "gli", "è", "alla", "non", "suo", "sua", "ha" }),
        ("pt", new(StringComparer.Ordinal) { "os", "do", "da", "dos", "das", "em", "um", "uma", "para", "com", "não", "ao", "pelo", "pela", "são" }),
        ("nl", new(StringComparer.Ordinal) { "het", "een", "van", "en", "dat", "zijn", "voor", "met", "niet", "wij", "op", "ook", "deze", "worden" }),
    ];

    public static string Detect(string text)
    {
        var counts = Languages.ToDictionary(l => l.Code, _ => 0);
        foreach (var word in text.ToLowerInvariant().Split([' ', ',', '.', ';', ':', '(', ')', '"', '\'', '’', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            foreach (var (code, words) in Languages)
            {
                if (words.Contains(word))
                    counts[code]++;
            }
        }
        var best = counts.Where(c => c.Key != "en").OrderByDescending(c => c.Value).First();
        return best.Value >= 10 && best.Value > 2 * counts["en"] ? best.Key : "en";
    }
}
