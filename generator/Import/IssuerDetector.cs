using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The issuer: who the title says made the statement ("Statement by [the] X on …", "G7 Leaders'
/// Statement", "Déclaration du X sur …"), else a header cue ("Issued by: X", a banner naming an
/// organisation), else NATO when the reference is a NATO press release number.
/// </summary>
public static partial class IssuerDetector
{
    [GeneratedRegex(@"(?:^|\s)(?:joint\s+|press\s+|final\s+)?(?:statement|declaration|communiqu[ée]|remarks|speech|address|press\s+release|message)s?\s+(?:issued\s+|made\s+|delivered\s+)?by\s+(?:the\s+)?(?<who>.+?)(?:,?\s+(?:on|at|in|following|after|regarding|concerning|about|to|upon|marking)\s+.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex StatementBy();

    [GeneratedRegex(@"^(?<who>[\p{Lu}\d][\p{L}\d\- ]+?)(?:'|’|'s|’s)\s+(?:joint\s+)?(?:statement|declaration|communiqu[ée]|remarks)\b", RegexOptions.IgnoreCase)]
    private static partial Regex PossessiveStatement();

    [GeneratedRegex(@"^(?:d[ée]claration|communiqu[ée])(?:\s+conjointe)?\s+(?:de la |de l'|de l’|des |du |de )(?<who>.+?)(?:\s+(?:sur|concernant|relative|à propos|au sujet|suite|après|à l'occasion|à la suite)\b.*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex FrenchStatementBy();

    [GeneratedRegex(@"^(?:issued by|source|issuer|émis par)\s*:\s*(?<who>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedBy();

    // "North Atlantic Treaty Organization Heads of State and Government" is how records spell what NATO calls "NATO Heads of …".
    [GeneratedRegex(@"^(?:the\s+)?North Atlantic Treaty Organi[sz]ation(?:'s|’s)?\s+(?=\p{Lu})")]
    private static partial Regex LongNatoPrefix();

    private static readonly (Regex Banner, string Issuer)[] Organisations =
    [
        (new(@"^(?:the )?north atlantic council$", RegexOptions.IgnoreCase), "North Atlantic Council"),
        (new(@"^(?:the )?(?:north atlantic treaty organi[sz]ation|nato|otan|organisation du traité de l'atlantique nord)$", RegexOptions.IgnoreCase), "NATO"),
        (new(@"^(?:the )?(?:european union|council of the (?:european union|eu)|european council|union européenne)$", RegexOptions.IgnoreCase), "European Union"),
        (new(@"^(?:the )?united nations|nations unies$", RegexOptions.IgnoreCase), "United Nations"),
        (new(@"^(?:the )?g7$", RegexOptions.IgnoreCase), "G7"),
    ];

    public static (string Issuer, int Line, string Evidence)? Detect(string title, int titleLine, IReadOnlyList<TextBlock> header, string? reference)
    {
        var fromTitle = FromTitle(title);
        if (fromTitle is not null)
            return (fromTitle, titleLine, title);

        foreach (var line in header.SelectMany(b => b.Lines))
        {
            var plain = MarkupStripper.Strip(line.Text);
            var issuedBy = IssuedBy().Match(plain);
            if (issuedBy.Success)
                return (Normalize(issuedBy.Groups["who"].Value), line.Number, line.Text);
            foreach (var (banner, issuer) in Organisations)
            {
                if (banner.IsMatch(plain))
                    return (issuer, line.Number, line.Text);
            }
        }

        if (reference is not null && Regex.IsMatch(reference, @"^(?:PR|Press Release|Communiqu[ée] de presse|M-)", RegexOptions.IgnoreCase))
            return ("NATO", 0, reference);
        return null;
    }

    public static string? FromTitle(string title)
    {
        foreach (var regex in new[] { StatementBy(), FrenchStatementBy(), PossessiveStatement() })
        {
            var match = regex.Match(title);
            if (match.Success)
                return Normalize(match.Groups["who"].Value);
        }
        return null;
    }

    private static string Normalize(string who)
    {
        who = who.Trim().TrimEnd(',', '.', ':', ';').Trim();
        return LongNatoPrefix().Replace(who, "NATO ");
    }
}
