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
        "mentions", "légales", "politique", "de", "confidentialité", "d'utilisation", "plan", "du",
    };

    // At least one word that only a footer or share bar uses, so "Contact us" in a header is not enough.
    private static readonly HashSet<string> Telling = new(StringComparer.OrdinalIgnoreCase)
    {
        "share", "facebook", "twitter", "linkedin", "whatsapp", "privacy", "terms", "copyright", "cookies", "sitemap",
        "accessibility", "imprint", "impressum", "rss", "partager", "confidentialité", "mentions", "disclaimer",
    };

    public static bool IsFooter(string line)
    {
        var words = line.Split([' ', '|', '·', '•', ':', ',', '/', '–', '[', ']', '(', ')', '#'], StringSplitOptions.RemoveEmptyEntries);
        return words.Length is >= 2 and <= 16 && words.All(Words.Contains) && words.Any(Telling.Contains);
    }
}
