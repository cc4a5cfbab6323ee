using System.Text.RegularExpressions;
using StatementArchive.Domain;

namespace StatementArchive.Import;

/// <summary>
/// The kind of text, from what the title calls itself first (its opening words, then any kind word
/// in it), then from header labels ("Press Release"), then from a lede (<see cref="Lede"/>), then from a
/// press-release reference number.
/// </summary>
public static partial class TypeDetector
{
    // English and French as NATO writes them; German, Spanish, Portuguese, Italian and Dutch as governments and the EU do.
    private static readonly (Regex Pattern, StatementType Type)[] Kinds =
    [
        (new(@"\bjoint\s+(?:press\s+)?statement\b|\bd[ée]claration\s+conjointe\b|\bcommuniqu[ée]\s+conjoint\b|\bgemeinsame\s+erklärung\b|\bdeclaraci[óo]n\s+conjunta\b|\bcomunicado\s+conjunto\b|\bdichiarazione\s+congiunta\b|\bdeclara[çc][ãa]o\s+conjunta\b|\bgezamenlijke\s+verklaring\b", RegexOptions.IgnoreCase), StatementType.JointStatement),
        (new(@"\bcommuniqu[ée]\s+de\s+presse\b|\bpress\s+release\b|\bnews\s+release\b|\bmedia\s+release\b|\bnota\s+de\s+imprensa\b|\bpressemitteilung\b|\bcomunicado\s+de\s+prensa\b|\bnota\s+de\s+prensa\b|\bcomunicato\s+stampa\b|\bnota\s+[àa]\s+imprensa\b|\bcomunicado\s+de\s+imprensa\b|\bpersbericht\b", RegexOptions.IgnoreCase), StatementType.PressRelease),
        (new(@"\bd[ée]claration\b|\bdeclaraci[óo]n\b|\bdeclara[çc][ãa]o\b|\bdeklaration\b", RegexOptions.IgnoreCase), StatementType.Declaration),
        (new(@"\bcommuniqu[ée]\b|\bkommuniqu[ée]\b|\bcomunicado\b|\bcomunicato\b", RegexOptions.IgnoreCase), StatementType.Communique),
        (new(@"\b(?:speech|remarks|address|discours|allocution|keynote|lecture|rede|ansprache|discurso|discorso|intervenci[óo]n|intervento|press conference|press briefing|doorstep|transcript|conférence de presse|pressekonferenz)\b", RegexOptions.IgnoreCase), StatementType.Speech),
        (new(@"\b(?:statement|d[ée]claration|erklärung|presseerklärung|stellungnahme|dichiarazione|verklaring)\b", RegexOptions.IgnoreCase), StatementType.Statement),
    ];

    public static (StatementType Type, int Line, string Evidence)? Detect(string title, int titleLine, IReadOnlyList<TextBlock> header, string? reference, TextBlock? lede = null)
    {
        // "Statement by … on the Declaration of …" is a statement: the title's opening words decide first.
        var opening = string.Join(' ', title.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(3));
        foreach (var text in new[] { opening, title })
        {
            var type = Match(text);
            if (type is not null)
                return (type.Value, titleLine, title);
        }

        foreach (var line in header.SelectMany(b => b.Lines))
        {
            var plain = MarkupStripper.Strip(line.Text).TrimStart('#', ' ');
            if (ProseDetector.WordCount(plain) > 4 || ReferenceDetector.Find(plain) is not null)
                continue;
            var type = Match(plain);
            if (type is not null)
                return (type.Value, line.Number, line.Text);
        }

        if (lede is not null && Lede.Read(lede) is { Kind: var kind } && Match(kind) is { } named)
            return (named, lede.StartLine, lede.Text);

        // "Nota à imprensa nº 45", "Pressemitteilung Nr. 56/22": a numbered release names its kind; "PR (2022) 125" is NATO's.
        if (reference is not null && (Match(reference) ?? (ReferenceDetector.IsNatoPressRelease(reference) ? StatementType.PressRelease : null)) is { } numbered)
            return (numbered, 0, reference);
        return null;
    }

    /// <summary>The kind a stated value names ("Joint Statement", "joint-statement", "Communiqué"), or null.</summary>
    public static StatementType? FromText(string text) => Match(text.Replace('-', ' ').Replace('_', ' '));

    private static StatementType? Match(string text)
    {
        foreach (var (pattern, type) in Kinds)
        {
            if (pattern.IsMatch(text))
                return type;
        }
        return null;
    }
}
