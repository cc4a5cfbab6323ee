using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Recognises the text that web pages, mailing lists and records wrap around a statement. "Strong"
/// patterns are safe anywhere, even mid-paragraph; "weak" ones (addresses, link rows, banners) only
/// name what was found in the header or trailer, which are dropped anyway.
/// </summary>
public static partial class BoilerplateDetector
{
    // A cookie notice is one sentence, sometimes bold, often followed by its close button ("X",
    // "[X](#)", "Accept"); sites inject it wherever the page was when the copy was made.
    [GeneratedRegex(@"(?:\*\*|__)?(?:This (?:web)?site|Our (?:web)?site|We) uses? cookies\b[^.!\n]*[.!]?(?:\*\*|__)?(?:\s*\[[^\]\n]{0,40}\]\([^)\n]*\))*(?:\s*(?<![\p{L}\d])(?:X|×|✕|✖|OK|Accept(?: all)?|I agree|Got it|Close)(?![\p{L}\d]))?",
        RegexOptions.IgnoreCase)]
    public static partial Regex CookieNotice();

    private static readonly (string Reason, Regex Pattern)[] StrongLines =
    [
        ("view-in-browser", new(@"\bview (?:this (?:e-?mail|message|newsletter) |it )?(?:in|on) (?:your|a|the) (?:web )?browser\b|having trouble (?:viewing|reading) this", RegexOptions.IgnoreCase)),
        ("mailing-list", new(@"^\W*\[?(?:unsubscribe|(?:manage|update|edit) (?:your )?(?:preferences|subscription)|preferences|se désabonner|se désinscrire)\]?(?:\([^)]*\))?(?:\s*[|·•].*)?$", RegexOptions.IgnoreCase)),
        ("social handle", new(@"^(?:@[A-Za-z0-9_]{2,}[\s,|·]*)+$")),
        ("social links", new(@"^(?:follow us\b.*|(?:share|tweet)(?: this| on \w+)?|(?:Twitter|Facebook|LinkedIn|Instagram|YouTube|Flickr|Threads|Bluesky|Mastodon)(?:\s*[|·,/]\s*(?:Twitter|Facebook|LinkedIn|Instagram|YouTube|Flickr|Threads|Bluesky|Mastodon|X))*)$", RegexOptions.IgnoreCase)),
        ("page furniture", new(@"^\W*(?:printable version|print(?: this page)?|print friendly|download (?:as )?pdf|e-?mail this page|skip to (?:main )?content|back to top|top of page|share this page|version imprimable|imprimer)\W*$", RegexOptions.IgnoreCase)),
        ("breadcrumbs", new(@"^(?:Home|Homepage|Accueil|Startseite)\s*(?:>|›|»|/|\||-)\s*\S", RegexOptions.IgnoreCase)),
    ];

    private static readonly (string Reason, Regex Pattern)[] StrongBlocks =
    [
        ("email footer", new(@"^(?:you(?: are|'re|’re) receiving this|you received this|this (?:e-?mail|message) (?:was|has been) sent|if you (?:no longer )?wish to (?:receive|unsubscribe)|to (?:unsubscribe|stop receiving)|vous recevez ce)", RegexOptions.IgnoreCase)),
        ("privacy notice", new(@"^(?:your (?:e-?mail|personal) (?:address|data|information) (?:will|is|are)\b.*|.*\bin the interests? of privacy\b.*|privacy (?:policy|notice|statement)\.?|.*\bwill not be shared with (?:other users|third parties)\b.*)$", RegexOptions.IgnoreCase)),
        ("copyright", new(@"^(?:©|\(c\)|copyright\b).{0,120}$|^all rights reserved\.?$", RegexOptions.IgnoreCase)),
    ];

    private static readonly (string Reason, Regex Pattern)[] WeakLines =
    [
        ("postal address", new(@"\b(?:Blvd|Boulevard|Bd|Rue|Avenue|Av\.|Street|St\.|Road|Strasse|Straße|P\.?O\.? Box)\b|^\d{4,5}\s+\p{Lu}[\p{L}\-]+(?:,\s*\p{Lu}[\p{L} ]+)?$|\bHQ\b,", RegexOptions.IgnoreCase)),
        ("navigation links", new(@"^(?:\s*\[[^\]]*\]\([^)]*\)\s*[|·•]?)+\s*$")),
        ("last updated", new(@"^\W*(?:last )?(?:updated|modified|published)\b", RegexOptions.IgnoreCase)),
        ("banner", new(@"^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$")),
    ];

    /// <summary>Why a whole line is boilerplate wherever it appears, or null.</summary>
    public static string? StrongLineReason(string line) =>
        // A long line is prose that happens to mention a browser or a subscription: never boilerplate.
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 20 ? null : FirstMatch(StrongLines, line);

    /// <summary>Why a whole block (joined text) is boilerplate wherever it appears, or null.</summary>
    public static string? StrongBlockReason(string text) => FirstMatch(StrongBlocks, text);

    /// <summary>A label for a header or trailer line that is being dropped, for the report.</summary>
    public static string DescribeDropped(string line, string fallback) =>
        FirstMatch(StrongLines, line) ?? FirstMatch(StrongBlocks, line) ?? FirstMatch(WeakLines, line) ?? fallback;

    private static string? FirstMatch((string Reason, Regex Pattern)[] table, string text)
    {
        foreach (var (reason, pattern) in table)
        {
            if (pattern.IsMatch(text))
                return reason;
        }
        return null;
    }
}
