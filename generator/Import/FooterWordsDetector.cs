namespace StatementArchive.Import;

/// <summary>
/// Page footers and share bars are rows of link labels: "Share this page: Facebook Twitter Email
/// Print", "Privacy Notice | Terms of Use | Copyright". A short line made only of such words is
/// furniture wherever it stands, and never a record field, though it may look like "Label: value".
/// </summary>
public static class FooterWordsDetector
{
    private static readonly HashSet<string> Words = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "this", "page", "article", "story", "on", "via", "facebook", "twitter", "x", "linkedin", "whatsapp",
        "telegram", "reddit", "bluesky", "mastodon", "threads", "instagram", "youtube", "flickr", "email", "e-mail", "mail",
        "print", "printer", "friendly", "version", "pdf", "download", "copy", "link", "privacy", "notice", "policy",
        "terms", "of", "use", "conditions", "and", "&", "copyright", "cookies", "cookie", "settings", "accessibility",
        "contact", "us", "sitemap", "site", "map", "legal", "disclaimer", "imprint", "impressum", "rss", "feed", "feeds",
        "subscribe", "follow", "top", "back", "to", "faq", "fraud", "alert", "data", "protection", "partager", "imprimer",
        "mentions", "légales", "politique", "de", "confidentialité", "d'utilisation", "plan", "du", "help", "feedback",
        "accessibilité", "données", "personnelles", "gestion", "des", "aide", "suivez-nous", "nous", "lien", "copier",
        "delen", "deel", "bericht", "abonneren", "over", "deze", "toegankelijkheid", "kwetsbaarheid", "melden", "teilen",
        "datenschutz", "barrierefreiheit", "kontakt", "compartir", "aviso", "legal", "accesibilidad", "privacidad",
        "condividi", "accessibilità", "partilhar", "privacidade", "acessibilidade", "service", "imprimir", "stampa",
    };

    // At least one word that only a footer or share bar uses, so "Contact us" in a header is not enough.
    private static readonly HashSet<string> Telling = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "facebook", "twitter", "linkedin", "whatsapp", "privacy", "terms", "copyright", "cookies", "sitemap",
        "accessibility", "imprint", "impressum", "rss", "partager", "confidentialité", "mentions", "disclaimer", "accessibilité", "toegankelijkheid", "abonneren", "datenschutz", "barrierefreiheit", "accesibilidad", "privacidad", "accessibilità", "acessibilidade", "privacidade", "compartir", "condividi", "partilhar", "delen",
    };

    /// <summary>
    /// Only footer words with one telling word; or, in a row that also names the site's own pages ("Help
    /// Privacy Cookies Accessibility statement Contact … Government Digital Service"), at least half footer
    /// words and three telling ones, with no sentence end.
    /// </summary>
    public static bool IsFooter(string line)
    {
        var words = line.Split([' ', '|', '·', '•', ':', ',', '/', '–', '[', ']', '(', ')', '#'], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 20)
            return false;
        var footerWords = words.Count(Words.Contains);
        return (footerWords == words.Length && words.Length <= 16 && words.Any(Telling.Contains))
            || (footerWords * 2 >= words.Length && words.Where(Telling.Contains).Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 3 && !ProseDetector.EndsSentence(line));
    }
}
