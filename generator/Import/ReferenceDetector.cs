using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Official reference numbers: NATO's "PR (2022) 125", "Press Release (2022) 061", "PR/CP(2021)086",
/// "Press Release (98)15", "Communiqué de presse (2012) 064", "M-NAC-1(96)63"; UN's "SG/SM/21734", "SC/14836"; the
/// Council of the EU's "Press release 123/22"; a numbered release in other languages
/// ("Pressemitteilung Nr. 56/22", "Comunicado 045", "Nota à imprensa nº 45"); OSCE ("PC.DEL/312/22/Rev.1"), UN
/// ("S/PRST/2022/3", "A/RES/ES-11/1") and African Union ("PSC/PR/COMM.1081 (2022)") document symbols; a
/// Council of Europe style number after its label ("Ref. DC 050(2022)"). A bare number followed by a word is not one: "Press release
/// 24 March 2022" is a label and a date. Kept as written, spaces collapsed. Record ids such
/// as GovInfo's "DCPD202200111" are not references: they go to source.record.
/// </summary>
public static partial class ReferenceDetector
{
    [GeneratedRegex(@"(?<![\p{L}\d])(?:(?:Press\s+Release|PR(?:/CP)?|Communiqu[ée]\s+de\s+presse|CP|M-[A-Z]+(?:-\d{1,2})?|SG)\s*\(\s*\d{2,4}\s*\)\s*\d{1,4}(?:\s*-\s*[A-Z]+)?|(?:SG/SM|SG/T|SG/A|SC|GA|ECOSOC|DEV|OBV)/\d{3,6}(?:-[A-Z]+/\d{2,6})*|(?:Press\s+release|Pressemitteilung|Presseerklärung|Comunicado|Nota\s+de\s+prensa|Comunicato\s+stampa|Nota\s+[àa]\s+imprensa|Nota\s+de\s+imprensa)\s+(?:(?:No|Nr|N[º°o]|n)\.?\s*)?(?:\d{1,4}/\d{2,4}|\d{1,3}(?![ \t]*\p{L}))|(?-i:(?:PC|MC|FSC|SEC|CIO|PA)\.[A-Z]{2,5}/\d{1,4}/\d{2,4}(?:/(?:Rev|Corr|Add)\.\d{1,2})*|S/(?:PRST/)?\d{4}/\d{1,4}|A/RES/(?:ES-)?\d{1,3}/\d{1,4}|PSC/(?:PR|MIN|AHG|HSG)/(?:COMM|BR)\.?\s*\d{1,4}(?:\s*\(\d{4}\))?)|(?<=\bR[ée]f(?:erence)?\.?\s*:?\s*)(?-i:[A-Z]{1,5})\s*\d{1,4}\s*\(\d{4}\))(?![\p{L}\d])",
        RegexOptions.IgnoreCase)]
    private static partial Regex Reference();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    /// <summary>Every reference number in running text, as written (for links between statements).</summary>
    public static IEnumerable<(string Reference, int Index, int Length)> FindAll(string text) =>
        Reference().Matches(text).Select(m => (Whitespace().Replace(m.Value, " "), m.Index, m.Length));

    /// <summary>A NATO press release number ("PR (2022) 125", "Press Release (98)15", "Communiqué de presse (2012) 064", "M-NAC-1(96)63"), not "Pressemitteilung 56/22".</summary>
    public static bool IsNatoPressRelease(string reference) => NatoPressRelease().IsMatch(reference);

    [GeneratedRegex(@"^(?:PR(?=[\s/(])|Press Release\b|Communiqu[ée] de presse\b|M-)", RegexOptions.IgnoreCase)]
    private static partial Regex NatoPressRelease();

    public static string? Find(string text)
    {
        var match = Reference().Match(text);
        return match.Success ? Whitespace().Replace(match.Value, " ") : null;
    }

    /// <summary>The first reference in the header (a number may wrap over lines), with its line.</summary>
    public static (string Reference, int Line, string Evidence)? Detect(IReadOnlyList<TextBlock> blocks)
    {
        foreach (var block in blocks)
        {
            // Joined with line breaks (as long as the spaces JoinPlain puts, so its starts hold): a number may wrap, but
            // "Nota à imprensa nº 45" is not followed by the next line's first word.
            var (_, starts) = LineJoiner.JoinPlain(block.Lines);
            var plain = string.Join('\n', block.Lines.Select(l => l.Text)).Replace('*', ' ');
            var match = Reference().Match(plain);
            if (!match.Success)
                continue;
            var line = LineJoiner.LineAt(block.Lines, starts, match.Index);
            return (Whitespace().Replace(match.Value, " "), line, block.Lines.First(l => l.Number == line).Text);
        }
        return null;
    }
}
