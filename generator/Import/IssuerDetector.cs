using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The issuer: who the title says made the statement ("Statement by [the] X on …", "… attributable to
/// X", "G7 Leaders' Statement", "Déclaration du X sur …", and the same in Spanish, Portuguese, Italian,
/// German and Dutch; "Readout of X's call with …"), else a lede ("The following statement was issued … by X:",
/// "X today issued the following statement:"), else a header cue ("Issued by: X", a page's "From:" label, a
/// banner naming an organisation), else NATO when the
/// reference is a NATO press release number.
/// </summary>
public static partial class IssuerDetector
{
    [GeneratedRegex(@"(?:^|\s)(?:joint\s+|press\s+|final\s+)?(?:statement|declaration|communiqu[ée]|remarks|speech|address|press\s+release|message|press\s+conference|press\s+briefing|briefing|interview)s?\s+(?:(?:issued\s+|made\s+|delivered\s+|given\s+)?by|attributable\s+to|from|of(?=\s+the\s+(?-i:\p{Lu})))\s+(?:the\s+)?(?<who>.+?)(?:,?\s+(?:participating|on(?!\s+behalf\b)|at|in|following|after|regarding|concerning|about|to|upon|marking)\s+.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementBy();

    [GeneratedRegex(@"^(?<who>[\p{Lu}\d][\p{L}\d\- ]+?)(?:'|’|'s|’s)\s+(?:joint\s+)?(?:statement|declaration|communiqu[ée]|remarks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveStatement();

    // "Security Council Press Statement on …", "EU Statement on …", "PM statement on …": who, named before the kind of text.
    [GeneratedRegex(@"^(?<who>\p{Lu}[\p{L}\d\-]*(?:\s+(?:\p{Lu}[\p{L}\d\-]*|of|the|and|for)){0,6}?)\s+(?i:(?:joint\s+)?(?:press\s+)?(?:statement|declaration|communiqu[ée])\b)")]
    private static partial Regex NamedBeforeKind();

    // Words that qualify the text, not name its author ("Joint Statement", "Final Communiqué").
    private static readonly HashSet<string> NotAuthors = new(StringComparer.OrdinalIgnoreCase)
    {
        "joint", "press", "final", "opening", "closing", "written", "oral", "official", "public", "common", "national",
        "introductory", "keynote", "concluding", "summary", "ministerial", "new", "full", "general", "special",
    };

    // "Vilnius Summit Communiqué", "Statement of the NATO Foreign Ministers' Meeting": an event, not who issued the text.
    [GeneratedRegex(@"\b(?:summit|meeting|conference|session|ministerial|talks|forum|dialogue|visit)\W*$", RegexOptions.IgnoreCase)]
    private static partial Regex EventName();

    [GeneratedRegex(@"^(?:d[ée]claration|communiqu[ée])(?:\s+conjointe)?\s+(?:de la |de l'|de l’|des |du |de )(?<who>.+?)(?:\s+(?:sur|concernant|relative|à propos|au sujet|suite|après|à l['’]occasion|à la suite|lors)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchStatementBy();

    [GeneratedRegex(@"^(?:declaraci[óo]n|comunicado|nota)(?:\s+conjunt[ao]|\s+de\s+prensa)?\s+(?:del |de la |de los |de las |de )(?<who>.+?)(?:\s+(?:sobre|acerca|con motivo|ante|en relaci[óo]n|tras|relativ[ao]|en el|en la|en los|en las)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex SpanishStatementBy();

    [GeneratedRegex(@"^(?:declara[çc][ãa]o|comunicado|nota)(?:\s+conjunta|\s+de\s+imprensa|\s+[àa]\s+imprensa)?\s+(?:do |da |dos |das |de )(?<who>.+?)(?:\s+(?:sobre|acerca|relativ[ao]|a respeito|no|na|nos|nas|por ocasi[ãa]o|ap[óo]s|em)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex PortugueseStatementBy();

    [GeneratedRegex(@"^(?:(?:gezamenlijke\s+)?verklaring|persbericht)\s+van\s+(?:de\s+|het\s+)?(?<who>.+?)(?:\s+(?:over|inzake|naar aanleiding van|bij)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DutchStatementBy();

    [GeneratedRegex(@"^(?:dichiarazione|comunicato)(?:\s+congiunt[ao])?\s+(?:del |della |dello |dell'|dell’|dei |degli |delle |di )(?<who>.+?)(?:\s+(?:su|sulla|sul|sullo|sull'|sull’|sugli|sulle|in occasione|dopo|a seguito)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ItalianStatementBy();

    [GeneratedRegex(@"^(?:gemeinsame\s+)?(?:erklärung|presseerklärung|stellungnahme|rede)\s+(?:(?<genitive>des )|der |von )(?<who>.+?)(?:\s+(?:zum|zur|zu|über|anlässlich|nach|bei|vor)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GermanStatementBy();

    // "des Bundeskanzlers", "des Rates": the name of the issuer is the noun without its genitive ending.
    [GeneratedRegex(@"(?<=\p{L}{2}[^\W\d_es])e?s$")]
    private static partial Regex GenitiveEnding();

    // "Issued by: X", or a subtitle "Issued by X participating in the meeting … in Vilnius 11 July 2023."
    [GeneratedRegex(@"^(?:(?:issued by|source|issuer|émis par)\s*:\s*(?<who>.+)|issued by (?:the )?(?<who>.+?)(?:,?\s+(?:participating|meeting|on|at|in|following)\b.*|\.)?)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedBy();

    // "North Atlantic Treaty Organization Heads of State and Government" is how records spell what NATO calls "NATO Heads of …".
    [GeneratedRegex(@"^(?:the\s+)?North Atlantic Treaty Organi[sz]ation(?:'s|’s)?\s+(?=\p{Lu})")]
    private static partial Regex LongNatoPrefix();

    private static readonly (Regex Banner, string Issuer)[] Organisations =
    [
        (new(@"^(?:the )?north atlantic council$", RegexOptions.IgnoreCase), "North Atlantic Council"),
        (new(@"^(?:the )?(?:north atlantic treaty organi[sz]ation|nato|otan|organisation du traité de l'atlantique nord)$", RegexOptions.IgnoreCase), "NATO"),
        // Three bodies, not one: the Council of the EU (ministers), the European Council (leaders), the Union.
        (new(@"^(?:the )?(?:council of the (?:european union|eu)|conseil de l'union européenne|conseil de l'ue)$", RegexOptions.IgnoreCase), "Council of the European Union"),
        (new(@"^(?:the )?(?:european council|conseil européen)$", RegexOptions.IgnoreCase), "European Council"),
        (new(@"^(?:the )?(?:european union|union européenne|eu|ue)$", RegexOptions.IgnoreCase), "European Union"),
        (new(@"^(?:the )?(?:united nations|nations unies|un)$", RegexOptions.IgnoreCase), "United Nations"),
        (new(@"^(?:the )?g7$", RegexOptions.IgnoreCase), "G7"),
    ];

    [GeneratedRegex(@"^(?<party>\p{Lu}\p{Ll}+)(?:[-–](?<party>\p{Lu}\p{Ll}+))+\s+joint\s+(?:statement|declaration|communiqu[ée])\b", RegexOptions.IgnoreCase)]
    private static partial Regex JointParties();

    // "Readout of President Biden's Call with …", "Readout of the Secretary-General's meeting with …": whose call it was.
    [GeneratedRegex(@"^read-?out\s+(?:of|from)\s+(?:the\s+)?(?<who>(?-i:\p{Lu})[^:]{1,80}?)(?:'s|’s)\s+(?:[\p{L}-]+\s+){0,2}?(?:call|meeting|conversation|discussion|visit|talks?|engagement|trip)s?\b", RegexOptions.IgnoreCase)]
    private static partial Regex ReadoutOf();

    // A page's "From:" label on a line of its own, over who (gov.uk: "Prime Minister's Office, 10 Downing Street and …").
    // An e-mail's "From: name <address>" has its value on the same line, and is no issuer.
    [GeneratedRegex(@"^from\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex FromLabel();

    /// <summary>The organisation a header line names on its own ("United Nations", "Council of the EU"), or null.</summary>
    public static string? Banner(string plain)
    {
        foreach (var (banner, issuer) in Organisations)
        {
            if (banner.IsMatch(plain.Trim()))
                return issuer;
        }
        return null;
    }

    public static (string Issuer, int Line, string Evidence)? Detect(string title, int titleLine, IReadOnlyList<TextBlock> header, string? reference, TextBlock? lede = null)
    {
        var fromTitle = FromTitle(title);
        if (fromTitle is not null)
            return (fromTitle, titleLine, title);

        // A lede that names who issued the text is more precise than the site's banner.
        if (lede is not null && Lede.Read(lede) is { Who: { } who })
            return (Normalize(who), lede.StartLine, lede.Text);

        var lines = header.SelectMany(b => b.Lines).Where(l => l.Text.Trim().Length > 0).ToList();
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var plain = MarkupStripper.Strip(line.Text);
            if (FromLabel().IsMatch(plain.Trim()) && i + 1 < lines.Count)
            {
                // Of "A and B", the first, who leads.
                var first = MarkupStripper.Strip(lines[i + 1].Text).Trim().Split(" and ", 2, StringSplitOptions.TrimEntries)[0];
                if (first.Length > 2 && !first.Contains('@') && char.IsUpper(first[0]) && DateParser.FindAll(first).Count == 0)
                    return (Normalize(first), lines[i + 1].Number, lines[i + 1].Text);
            }
            var issuedBy = IssuedBy().Match(plain);
            if (issuedBy.Success)
                return (Normalize(issuedBy.Groups["who"].Value), line.Number, line.Text);
            if (Banner(plain) is { } issuer)
                return (issuer, line.Number, line.Text);
            // "Delivered by Ambassador Michael Carpenter to the Permanent Council": who spoke, not the forum's letterhead.
            if (DeliveredBy().Match(plain.Trim()) is { Success: true } delivered)
                return (Normalize(delivered.Groups["who"].Value), line.Number, line.Text);
        }

        if (reference is not null && ReferenceDetector.IsNatoPressRelease(reference))
            return ("NATO", 0, reference);
        return Letterhead(lines, title);
    }

    // "NATO PARLIAMENTARY ASSEMBLY", "Federal Department of Foreign Affairs", "Australian Government": a letterhead names an office.
    [GeneratedRegex(@"\b(?:assembly|council|ministry|department|office|commission|parliament|government|embassy|mission|delegation|secretariat|presidency|chancellery|committee|agency|organi[sz]ation|union|assemblée|conseil|ministère|ministerio|ministério|ministero|bundesregierung|ministerium)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OfficeWord();

    [GeneratedRegex(@"^(?:as\s+)?delivered\s+by\s+(?:the\s+)?(?<who>(?-i:\p{Lu})[^,;:]{2,80}?)(?:,|\s+(?:to|at|on|in|before|during)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex DeliveredBy();

    // "European Commission logo": a picture's text names the office and what it shows.
    [GeneratedRegex(@"\s+(?:logo|emblem|crest|seal|flag|banner)$", RegexOptions.IgnoreCase)]
    private static partial Regex PictureWord();

    // "El Ministerio", "The Government": an office word with an article is a menu item, not a name.
    [GeneratedRegex(@"^(?:the|el|la|los|las|le|les|l'|der|die|das|il|lo|o|a|de|het)\s+\S+$", RegexOptions.IgnoreCase)]
    private static partial Regex ArticleAndNoun();

    /// <summary>"Federal Department of Foreign Affairs", "Australian Government": a name (every word but the joining ones capitalised) that names an office.</summary>
    public static bool IsOfficeName(string plain) =>
        OfficeWord().IsMatch(plain) && plain.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .All(w => char.IsUpper(w[0]) || w is "of" or "for" or "and" or "the" or "on" or "de" or "du" or "des" or "la" or "le" or "et" or "&");

    /// <summary>The last resort: the first short header line that names an office, as a letterhead or a site's banner does.</summary>
    private static (string Issuer, int Line, string Evidence)? Letterhead(IReadOnlyList<SourceLine> lines, string title)
    {
        var titleKey = MarkupStripper.Key(title);
        foreach (var line in lines)
        {
            var plain = PictureWord().Replace(MarkupStripper.Strip(line.Text).Trim(), "");
            if (ProseDetector.WordCount(plain) is >= 2 and <= 7 && OfficeWord().IsMatch(plain) && !plain.Any(char.IsDigit) && !ArticleAndNoun().IsMatch(plain)
                && !ProseDetector.EndsSentence(plain) && MarkupStripper.Key(plain) != titleKey && !plain.Contains(':')
                && BoilerplateDetector.DescribeDropped(plain, "") is "" or "banner")
                return (Normalize(plain), line.Number, line.Text);
        }
        return null;
    }

    public static string? FromTitle(string title)
    {
        if (ReadoutOf().Match(title) is { Success: true } readout)
            return Normalize(readout.Groups["who"].Value);
        foreach (var regex in new[] { StatementBy(), FrenchStatementBy(), SpanishStatementBy(), PortugueseStatementBy(), ItalianStatementBy(), GermanStatementBy(), DutchStatementBy(), PossessiveStatement(), NamedBeforeKind() })
        {
            var match = regex.Match(title);
            if (!match.Success)
                continue;
            var who = Normalize(match.Groups["who"].Value);
            if (EventName().IsMatch(who) || who.Split(' ').All(NotAuthors.Contains))
                continue;
            if (ReferenceEquals(regex, NamedBeforeKind()))
            {
                if (Banner(who) is { } organisation)
                    return organisation;
                // "India-Germany Joint Statement": the parties, joined by a hyphen.
                if (JointParties().Match(title) is { Success: true } parties)
                    return string.Join(" and ", parties.Groups["party"].Captures.Select(c => c.Value));
                // "Vilnius Declaration", "Helsinki Final Act": one word before the kind of text is more often a place than an author; an acronym (EU, PM, OSCE) is an author.
                if (!who.Contains(' ', StringComparison.Ordinal) && who.Any(char.IsLower))
                    continue;
            }
            // Only a single noun is put back in the nominative: adjectives before it decline in ways a suffix rule would get wrong.
            return match.Groups["genitive"].Success && !who.Contains(' ', StringComparison.Ordinal) ? GenitiveEnding().Replace(who, "") : who;
        }
        return null;
    }

    private static string Normalize(string who)
    {
        // "the Spokesperson for the Secretary-General - on the …": the dash before the subject is not part of the name.
        who = who.Trim().TrimEnd(',', '.', ':', ';', '-', '–', '—', ' ').Trim();
        return LongNatoPrefix().Replace(who, "NATO ");
    }
}
