using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 4b: the legal disclaimer a mail server appends ("This email and any attachments are
/// confidential…", "If you are not the intended recipient…", "Ce message et ses pièces jointes…").
/// It is written in sentences, so without this pass it would be taken for the statement's last
/// paragraphs. A disclaimer opens a block (or a line after a finished sentence) and only legal text
/// or non-prose follows it to the end; one followed by more prose is kept and reported, because the
/// words may be the statement's own (a statement about data protection).
/// </summary>
public static partial class DisclaimerRemover
{
    [GeneratedRegex(@"^(?:\**(?:legal |confidentiality |e-?mail )?(?:disclaimer|notice)\s*:|this (?:e-?mail|message|communication|transmission)(?: message)?(?:,? (?:and|including) (?:any|all|its) (?:attachments?|files?|documents?)(?: transmitted with it| attached to it)?,?)? (?:is|are|may be|contains?|and its contents are) (?:strictly )?(?:confidential|privileged|intended)|if you (?:are not|have received this (?:e-?mail|message|communication) in error)|the (?:information|content|contents) (?:contained )?(?:in|of) this (?:e-?mail|message|communication)|ce (?:message|courriel|mail|e-mail)(?: électronique)?(?: et (?:toutes )?(?:ses|les) pièces jointes)? (?:est|sont|peu(?:ven)?t)|si vous n['’]êtes pas (?:le|la) destinataire|diese (?:e-?mail|nachricht)\b.{0,40}\bvertraulich|wenn sie nicht der (?:richtige |beabsichtigte )?(?:adressat|empfänger)|este (?:mensaje|correo)(?: electrónico)?\b.{0,40}\bconfidencial|si (?:usted )?no es el destinatario)",
        RegexOptions.IgnoreCase)]
    private static partial Regex Opener();

    [GeneratedRegex(@"intended recipient|destinataire|destinatario|empfänger|strictly prohibited|unauthori[sz]ed|notify the sender|(?:delete|destroy) (?:it|this|the|all)|viruses?\b|liabilit|confidential|privileged|strictement interdit|supprimer|vertraulich|prohibid", RegexOptions.IgnoreCase)]
    private static partial Regex LegalWords();

    public static IReadOnlyList<TextBlock> Remove(IReadOnlyList<TextBlock> blocks, ImportReportBuilder report)
    {
        var split = blocks.SelectMany(SplitAtOpener).ToList();
        var start = split.FindIndex(b => IsOpener(b.Text));
        if (start <= 0)
            return split;
        var following = split.Skip(start + 1).ToList();
        var statementFollows = following.Any(b => ProseDetector.IsProse(b, 3) && !IsOpener(b.Text) && !LegalWords().IsMatch(b.Text));
        if (statementFollows)
        {
            report.Unsure(split[start].StartLine, "this paragraph reads like an email disclaimer, but statement text follows it; kept");
            return split;
        }
        var kept = split.Take(start).ToList();
        foreach (var block in split.Skip(start))
        {
            if (IsOpener(block.Text) || LegalWords().IsMatch(block.Text))
                report.Dropped(block, "email disclaimer");
            else
                kept.Add(block);
        }
        return kept;
    }

    private static bool IsOpener(string text) => Opener().IsMatch(MarkupStripper.Strip(text));

    // A disclaimer pasted straight under the last paragraph: split at its first line, but only
    // where the line before ends a sentence, never inside one.
    private static IEnumerable<TextBlock> SplitAtOpener(TextBlock block)
    {
        for (var i = 1; i < block.Lines.Count; i++)
        {
            if (!IsOpener(block.Lines[i].Text) || !ProseDetector.EndsSentence(block.Lines[i - 1].Text))
                continue;
            var at = block.Text.IndexOf(block.Lines[i].Text, StringComparison.Ordinal);
            if (at <= 0)
                continue;
            return
            [
                new TextBlock(block.Kind, block.Marker, block.Text[..at].TrimEnd(), block.Lines.Take(i).ToList()),
                new TextBlock(BlockKind.Paragraph, null, block.Text[at..], block.Lines.Skip(i).ToList()),
            ];
        }
        return [block];
    }
}
