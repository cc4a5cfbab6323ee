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
    // It starts a sentence: "… that this website uses cookies will no longer suffice" is a statement's own words.
    [GeneratedRegex(@"(?<=^|[.!?][""”’)]?\s+|\s[|·]\s*)(?:\*\*|__)?(?:This (?:web)?site|Our (?:web)?site|We) uses? cookies\b[^.!\n]*[.!]?(?:\*\*|__)?(?:\s*[|·/]?\s*(?:\[[^\]\n]{0,40}\]\([^)\n]*\)|(?<![\p{L}\d])" + Buttons + @"(?![\p{L}\d])))*",
        RegexOptions.IgnoreCase)]
    public static partial Regex CookieNotice();

    // A cookie banner standing on its own line: it opens with a sentence that names cookies and asks for
    // consent or speaks of the site ("We'd like to set additional cookies to understand how you use GOV.UK",
    // "Diese Website verwendet Cookies"), and what follows speaks to the reader or is buttons ("You can read
    // more … here. Accept Decline"); or it is a short heading or button row ("Cookies on GOV.UK"). A notice
    // injected into a paragraph is cut out by CookieNotice instead, and a statement that speaks of cookies
    // (rules on tracking) names neither consent nor its own site.
    [GeneratedRegex(@"\bcookies?\b", RegexOptions.IgnoreCase)]
    private static partial Regex CookieWord();

    [GeneratedRegex(@"\b(?:accept\w*|reject\w*|decline|refuse|allow|consent\w*|manage|settings|preferences|essential|necessary|analytics|browsing|experience|(?:this|our) (?:web)?site|website|(?:other |third[- ]party )sites|third[- ]part(?:y|ies)|how you use|akzeptieren|ablehnen|notwendige?|einstellungen|verwendet|accepter|refuser|personnaliser|param[eè]tres|exp[ée]rience|navigation|(?:ce|notre) site|utilise(?:r|z)?|utilisons|aceptar|rechazar|configuraci[óo]n|accett\w*|rifiut\w*|consens\w*|acconsent\w*|impostazioni|(?:questo|il nostro) sito|utilizza|acept\w*|rechaz\w*|naveg\w*|preferencias|terceros|utilizamos|aceit\w*|rejeit\w*|accepteren|weigeren|gebruikt|plaatsen|verbeteren)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ConsentWord();

    [GeneratedRegex(@"\b(?:you|your|vous|votre|vos|Sie|Ihnen|Ihre|uns|usted|su|voi|você|uw)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReaderWord();

    [GeneratedRegex(@"(?<=[.!?])\s+")]
    private static partial Regex SentenceBreak();

    public static bool IsCookieBanner(string line)
    {
        if (!CookieWord().IsMatch(line))
            return false;
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "Cookies on GOV.UK", "Cookie settings", "Accept additional cookies Reject additional cookies View cookies".
        if (words.Length <= 10 && words.All(w => CookieWord().IsMatch(w) || ButtonWord().IsMatch(w) || w.Contains('.', StringComparison.Ordinal) && w.Length > 3))
            return true;
        var sentences = SentenceBreak().Split(line);
        return words.Length <= 60
            && BannerOpening().IsMatch(sentences[0]) && CookieWord().IsMatch(sentences[0])
            && sentences.Skip(1).All(s => CookieWord().IsMatch(s) || ConsentWord().IsMatch(s) || ReaderWord().IsMatch(s)
                || s.Contains('|', StringComparison.Ordinal) || ProseDetector.WordCount(s) <= 4);
    }

    // A banner speaks for the site in its first words: "This website uses", "We'd like to set", "Nous utilisons",
    // "Diese Website verwendet", "Questo sito utilizza", "Utilizamos", "Rijksoverheid.nl gebruikt". A statement on
    // cookie rules ("Banners that merely state that this website uses cookies …") opens otherwise.
    [GeneratedRegex(@"^\W*(?:(?:this|our) (?:web)?site\b|we(?:'d|’d| would)? (?:also )?(?:use|like|set|place|store)\b|[\w-]+(?:\.[\w-]+)+ (?:uses|gebruikt|utilise|verwendet|utiliza|utilizza)\b|(?:ce|notre) site\b|nous utilisons\b|diese (?:web)?seite\b|diese website\b|wir (?:verwenden|nutzen)\b|questo sito\b|utilizziamo\b|(?:este|nuestro) (?:sitio|portal)\b|utilizamos\b|usamos\b|este site\b|wij gebruiken\b|deze (?:web)?site\b)", RegexOptions.IgnoreCase)]
    private static partial Regex BannerOpening();

    [GeneratedRegex(@"^(?:accept|reject|decline|allow|deny|view|manage|settings|preferences|policy|additional|essential|necessary|all|only|ok|on|and|cookie-?einstellungen|gestion|des|de|param[eè]tres|tout|accepter|refuser|alle|akzeptieren|ablehnen|aceptar|rechazar|accetta|rifiuta|accepteren|weigeren)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex ButtonWord();

    // The buttons of a cookie banner, which a copy picks up as text after the notice.
    private const string Buttons = @"(?:X|×|✕|✖|OK|Accept(?: all)?(?: cookies)?|Reject(?: all)?(?: cookies)?|Allow(?: all)?(?: cookies)?|Decline|I agree|Got it|Close|Manage (?:settings|preferences|cookies)|Cookie (?:settings|preferences)|Learn more|More info)";

    // "[image: IMG_2041.JPG]", "![](photo.png)" or a bare image file name: what a copy keeps of a picture.
    [GeneratedRegex(@"!\[[^\]\n]*\]\([^)\n]*\)|\[(?:image|img|photo|picture|cid)\s*:?[^\]\n]*\]|(?<![\p{L}\d/])[\w\-.%()]{1,80}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic)(?![\p{L}\d])", RegexOptions.IgnoreCase)]
    public static partial Regex Image();

    private static readonly (string Reason, Regex Pattern)[] StrongLines =
    [
        ("view-in-browser", new(@"\bview (?:this (?:e-?mail|message|newsletter) |it )?(?:in|on) (?:your|a|the) (?:web )?browser\b|having trouble (?:viewing|reading) this|se não conseguir visualizar\b|si no (?:puede|consigue) ver (?:correctamente )?este (?:correo|mensaje)|si vous ne (?:parvenez|pouvez) pas à (?:lire|visualiser|voir) ce (?:message|courriel|mail)|wenn diese (?:e-?mail|nachricht) nicht (?:richtig |korrekt )?angezeigt wird|se non visualizzi correttamente\b|als deze (?:e-?mail|nieuwsbrief) niet goed wordt weergegeven", RegexOptions.IgnoreCase)),
        ("mailing-list", new(@"^\W*\[?(?:unsubscribe|(?:manage|update|edit) (?:your )?(?:preferences|subscription)|preferences|se désabonner|se désinscrire)\]?(?:\([^)]*\))?(?:\s*[|·•].*)?$", RegexOptions.IgnoreCase)),
        // "@NATO", and a fediverse handle with its server: "@EUCouncil@social.network.europa.eu".
        ("social handle", new(@"^(?:@[A-Za-z0-9_]{2,}(?:@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)?[\s,|·]*)+$")),
        ("social links", new(@"^(?:(?:follow us|suivez-nous|folgen sie uns|síguenos|seguici|siga-nos|volg ons)\b.*|(?:share|tweet)(?: this| on \w+)?|(?:Twitter|Facebook|LinkedIn|Instagram|YouTube|Flickr|Threads|Bluesky|Mastodon)(?:\s*[|·,/]\s*(?:Twitter|Facebook|LinkedIn|Instagram|YouTube|Flickr|Threads|Bluesky|Mastodon|X))*)$", RegexOptions.IgnoreCase)),
        ("page furniture", new(@"^\W*(?:printable version|print(?: this page)?|print friendly|download (?:as )?pdf|e-?mail this page|skip to (?:(?:the )?main )?(?:content|navigation)|skip to [""“][^""”]{1,40}[""”]|skip navigation|vai alla navigazione(?: del sito)?|aller à la navigation|ir a la navegación|zur navigation(?: springen)?|naar (?:de )?navigatie|(?:direkt )?zum inhalt(?: springen)?|(?:aller|passer) au contenu(?: principal)?|(?:ir|saltar) al contenido(?: principal)?|(?:vai|salta) al contenuto(?: principale)?|ir para o conte[úu]do(?: principal)?|naar (?:de )?(?:hoofd)?inhoud|menu|menü|main menu|search|suche|recherche|rechercher|buscar|cerca|zoeken|back to top|(?:…|\.\.\.)?\s*see more|show more|translate post|top of page|share this page|version imprimable|imprimer)\W*$", RegexOptions.IgnoreCase)),
        ("navigation links", new(@"^(?:(?:go|back|return) to (?:the )?[\p{L} ]{2,20}?\s*(?:[|·•]\s*|$))+$", RegexOptions.IgnoreCase)),
        ("breadcrumbs", new(@"^(?:Home|Homepage|Accueil|Startseite)\s*(?:>|›|»|/|\||-)\s*\S", RegexOptions.IgnoreCase)),
        // "SECRETARY-GENERAL > STATEMENTS AND MESSAGES": short segments joined by arrows, no sentence.
        // Each crumb a name that starts in capitals or digits: "… immédiat » doit être respecté" is a French quotation.
        ("breadcrumbs", new(@"^(?:\[?[\p{Lu}\d][^>›».!?]{0,39}\s[>›»]\s){1,6}\[?[\p{Lu}\d][^>›».!?]{0,59}$")),
        ("page number", new(@"^(?:(?:page|p\.|seite|página)\s*\d{1,4}(?:\s*(?:of|/|de|sur|von)\s*\d{1,4})?|\d{1,4}\s*(?:of|/)\s*\d{1,4}|[\-–—]\s*\d{1,4}\s*[\-–—]|\d{1,3})$", RegexOptions.IgnoreCase)),
        ("image", new(@"^(?:" + ImageLine + @")$", RegexOptions.IgnoreCase)),
        ("image", new(@"^(?:photo|image|picture|video)(?: credit)?\s*(?:by\b|:|©)\s*[^.!?]{1,60}$", RegexOptions.IgnoreCase)),
        // "[Frequently asked questions] [Press Releases]": an old page's text links.
        ("navigation links", new(@"^(?:\s*\[[^\]\[]{1,40}\]\s*[|·]?)+\s*$")),
        // The banner on every United States government site ("An official website of the United States government …").
        ("government site banner", new(@"^(?:an official (?:web)?site of the (?:united states government|european union)|here['’]s how you know|how do you know\??|an official (?:web)?site of the european union\s+how do you know\??|official websites use \.gov|a \.gov website belongs to an official government organization in the united states\.?|secure \.gov websites use https|a lock \(.{0,40}\) or https:// means .*|a lock or https:// means .*)$", RegexOptions.IgnoreCase)),
        // What a site says of itself in its footer: "Dit is een website van de Rijksoverheid.", "Authorised by the Australian Government, Canberra".
        ("site notice", new(@"^(?:dit is een website van\b.*|this is (?:a|the) (?:official )?website of\b.*|this (?:web)?site is (?:managed|maintained|run|operated) by\b.*|authori[sz]ed by the [\p{L} ]{3,60}(?:, [\p{L} ]{2,30})?\.?)$", RegexOptions.IgnoreCase)),
        // A page's feedback widget: "Is this page useful? Maybe Yes No … Report a problem with this page".
        ("feedback widget", new(@"^(?:is this page useful\??|was this (?:page|information|article|answer) (?:useful|helpful)\??|(?:yes|no),? this page is (?:not )?useful|maybe|thank you for your feedback|report a problem with this page|help us improve [\w.]+)$", RegexOptions.IgnoreCase)),
    ];

    private const string ImageLine = @"!\[[^\]]*\]\([^)]*\)|\[(?:image|img|photo|picture|cid)\s*:?[^\]]*\]|[\w\-.%() ]{1,80}\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|heic)";

    private static readonly (string Reason, Regex Pattern)[] StrongBlocks =
    [
        ("email footer", new(@"^(?:you(?: are|'re|’re) receiving this|you received this|this (?:e-?mail|message) (?:was|has been) sent|if you (?:no longer )?wish to (?:receive|unsubscribe)|to (?:unsubscribe|stop receiving)|vous recevez ce)", RegexOptions.IgnoreCase)),
        ("privacy notice", new(@"^(?:your (?:e-?mail|personal) (?:address|data|information) (?:will|is|are)\b.*|.*\bin the interests? of privacy\b.*|privacy (?:policy|notice|statement)\.?|.*\bwill not be shared with (?:other users|third parties)\b.*)$", RegexOptions.IgnoreCase)),
        // "(c) to support …" is point (c) of a list, and "Copyright law …" a sentence: a notice names a year or rights.
        ("copyright", new(@"^(?:©|\(c\)(?=\s*(?:\d{4}|copyright))|copyright\b(?=.{0,60}(?:©|\d{4}|all rights))).{0,120}$|^all rights reserved\.?$", RegexOptions.IgnoreCase)),
        // The site's licence line: "All content is available under the Open Government Licence v3.0, …".
        ("licence", new(@"^(?=.{0,200}$)(?:all content is available under\b.*\blicen[cs]e\b.*|(?:this (?:work|page|content) is )?licensed under (?:a |the )?(?:creative commons|open government)\b.*|(?:©\s*)?crown copyright\.?)$", RegexOptions.IgnoreCase)),
        // An Australian page's acknowledgement of country, closing every government release.
        ("acknowledgement of country", new(@"^we acknowledge the traditional (?:custodians|owners)\b.*$", RegexOptions.IgnoreCase)),
        // The United States government banner's long line ("A lock ( ) or https:// means you've safely connected …").
        ("government site banner", new(@"^(?=.{0,300}$)(?:a lock \(.{0,40}\) or https:// means\b.*|a lock or https:// means\b.*|a \.gov website belongs to an official government organization\b.*)$", RegexOptions.IgnoreCase)),
        // Short notes that a text is not the record ("For information media. Not an official record.").
        ("disclaimer", new(@"^(?=.{0,240}$)(?:for information media\b.*|.*\bnot an official (?:record|document|translation)\b.*|check against delivery\.?|(?:this|the) (?:press release|text|document|information|summary) is (?:provided )?(?:for information(?:al)? purposes only|not (?:an official|legally binding))\b.*|the (?:views|opinions) expressed (?:here|in this)\b.*)$", RegexOptions.IgnoreCase)),
        // The sender's words around a forwarded text ("Dear colleagues,", "Please find below …").
        // At most fifteen words: a paragraph of the statement may well open "For your information, …".
        ("cover note", new(@"^(?=(?:\S+\s+){0,14}\S+$)(?:(?:dear|hello|hi)\b[^.!?]{0,60}[,!:]?|please (?:find|see) (?:below|attached|enclosed)\b.*|(?:below|attached|enclosed) (?:is|are|please find)\b.*|for your (?:information|attention)[,.:]?.*|fyi\b.*)$", RegexOptions.IgnoreCase)),
    ];

    private static readonly (string Reason, Regex Pattern)[] WeakLines =
    [
        ("postal address", new(@"\b(?:Blvd|Boulevard|Bd|Rue|Avenue|Av\.|Street|St\.|Road|Strasse|Straße|P\.?O\.? Box)\b|^\d{4,5}\s+\p{Lu}[\p{L}\-]+(?:,\s*\p{Lu}[\p{L} ]+)?$|\bHQ\b,", RegexOptions.IgnoreCase)),
        ("navigation links", new(@"^(?:\s*\[[^\]]*\]\([^)]*\)\s*[|·•]?)+\s*$")),
        ("last updated", new(@"^\W*(?:(?:last |page |first )?(?:updated|modified|published)|(?:dernière )?mise à jour|mis à jour|zuletzt aktualisiert|última actualización)\b", RegexOptions.IgnoreCase)),
        ("contact", new(@"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+|\b(?:tel|phone|fax|mobile|mob|gsm)\b\.?\s*:?\s*\+?\(?\d|^(?:press|media) (?:office|contacts?|team|desk)\b|^www\.|^https?://", RegexOptions.IgnoreCase)),
        ("repost line", new(@"^posted (?:by|on|in)\b", RegexOptions.IgnoreCase)),
        ("comments or related posts", new(@"^(?:leave a (?:reply|comment)|\d+\s+(?:comments?|replies)|related (?:posts|articles|stories)|required fields are marked\b)", RegexOptions.IgnoreCase)),
        ("banner", new(@"^[^\p{Ll}]*\p{Lu}{2,}[^\p{Ll}]*$")),
    ];

    // "Castellano | Català | English", "Aviso legal | Accesibilidad | Mapa web", "ITA | ENG": a row of link
    // labels. No digits: "11 Jul. 2023 | Press Release (2023) 001" is a row of metadata.
    [GeneratedRegex(@"^(?=[^\d]*$)\s*[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,2}(?:\s*[|·•]\s*[\p{L}.'’\-]+(?: [\p{L}.'’\-]+){0,2})+\s*[|·•]?\s*$")]
    private static partial Regex LinkRow();

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex ColumnGap();

    // "- 2 -        PC.DEL/312/22": a PDF page's number and running header on one line, far apart.
    private static bool IsPageHeaderRow(string line)
    {
        var cells = ColumnGap().Split(line.Trim());
        return cells.Length >= 2
            && cells.Any(c => FirstMatch(StrongLines, c) == "page number")
            && cells.All(c => FirstMatch(StrongLines, c) == "page number" || ReferenceDetector.Find(c) == c || DateParser.IsDateOnly(c));
    }

    /// <summary>Why a whole line is boilerplate wherever it appears, or null.</summary>
    public static string? StrongLineReason(string line) =>
        // A long line is prose that happens to mention a browser or a subscription: never boilerplate.
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 20 ? null
        : StatementEndDetector.IsMark(line) ? "end marker"
        : IsPageHeaderRow(line) ? "page number"
        : FirstMatch(StrongLines, line) ?? (FooterWordsDetector.IsFooter(line) ? "page furniture" : LinkRow().IsMatch(line) ? "navigation links" : null);

    /// <summary>Why a whole block (joined text) is boilerplate wherever it appears, or null.</summary>
    public static string? StrongBlockReason(string text) => FirstMatch(StrongBlocks, text);

    /// <summary>A label for a header or trailer line that is being dropped, for the report.</summary>
    public static string DescribeDropped(string line, string fallback) =>
        StrongLineReason(line) ?? FirstMatch(StrongBlocks, line) ?? StatementEndDetector.Describe(line) ?? FirstMatch(WeakLines, line) ?? fallback;

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
