using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 5: the header is everything before the first prose paragraph and the section headings right
/// above it; the trailer is everything
/// after the last prose paragraph that is not a record field or a note (walking back from the end,
/// because records put their fields and notes after the text). A line that ends the statement
/// (an end mark, a sign-off, a comments section; <see cref="StatementEndDetector"/>) after the first
/// paragraph closes the body there, so notes, signatures and readers' comments stay out of it.
/// </summary>
public static partial class RegionDetector
{
    public static StatementRegions? Detect(IReadOnlyList<TextBlock> blocks, IReadOnlyList<int>? endLines = null)
    {
        // Very short statements have no eight-word sentence; accept three words before giving up.
        var speakers = SpeakerLineDetector.Speakers(blocks);
        bool IsField(TextBlock block) => ProseDetector.IsLabelledField(block) && !speakers.Contains(SpeakerLineDetector.Label(block) ?? "");
        var first = FindFirst(blocks, 8, IsField);
        if (first < 0)
            first = FindFirst(blocks, 3, IsField);
        if (first < 0)
            return null;
        while (first > 0 && (IsSectionHeading(blocks, first - 1) || IsFirstOfNumberedSections(blocks, first - 1) || IsSalutation(blocks[first - 1])))
            first--;

        var end = endLines?.Where(l => l > blocks[first].EndLine).DefaultIfEmpty(int.MaxValue).Min() ?? int.MaxValue;
        var last = blocks.Count - 1;
        // A Markdown footnote ("[^3]: https://…") or a table of figures is the statement's own, though not prose.
        while (last > first && (blocks[last].StartLine > end || !ProseDetector.IsProse(blocks[last], 3) || IsField(blocks[last]))
               && !(blocks[last].StartLine <= end && (FootnoteDefinition().IsMatch(blocks[last].Text) || TableRecognizer.AsTable(blocks[last]) is not null)))
            last--;

        // A speech's closing "Thank you." is its last sentence, too short to read as prose.
        while (last + 1 < blocks.Count && blocks[last + 1].StartLine <= end && IsClosingCourtesy(blocks[last + 1]))
            last++;

        return new StatementRegions(
            blocks.Take(first).ToList(),
            blocks.Skip(first).Take(last - first + 1).ToList(),
            blocks.Skip(last + 1).ToList());
    }

    // "## Introduction" right above the first paragraph, under a title set as a shallower heading, opens the
    // statement's first section: it belongs to the body, as the later section headings do.
    private static bool IsSectionHeading(IReadOnlyList<TextBlock> blocks, int index) =>
        blocks[index] is { Kind: BlockKind.Heading, Marker: { } marker }
        && blocks.Take(index).Any(b => b is { Kind: BlockKind.Heading, Marker: { } above } && above.Length < marker.Length);

    [GeneratedRegex(@"^\[\^[\w-]{1,20}\]:\s")]
    private static partial Regex FootnoteDefinition();

    // "I. INTRODUCTION" above the first paragraph, when "II. …" follows in the text: the first of the
    // statement's numbered sections, not a line of the page's header.
    [GeneratedRegex(@"^(?<numeral>[IVX]{1,5})\.\s+\p{Lu}[^.!?]{0,80}$")]
    private static partial Regex RomanSection();

    private static bool IsFirstOfNumberedSections(IReadOnlyList<TextBlock> blocks, int index) =>
        blocks[index].Lines.Count == 1 && SectionNumeral(blocks[index]) == "I"
        && blocks.Skip(index + 1).Any(b => SectionNumeral(b) == "II");

    // The numeral whether the splitter kept it in the text or took it for a list marker ("I." before "INTRODUCTION").
    private static string? SectionNumeral(TextBlock block)
    {
        var text = MarkupStripper.Strip(block.Marker is { } marker && block.Kind == BlockKind.ListItem ? marker + " " + block.Text : block.Text);
        return RomanSection().Match(text) is { Success: true } heading ? heading.Groups["numeral"].Value : null;
    }

    // "Mr. Chair,", "Good afternoon.", "Excellencies, ladies and gentlemen,": a speech opens by addressing its
    // audience in a line too short to read as prose; it is the speaker's first words, not the page's header.
    // A resolution opens the same way with its author: "The Assembly," then "1. Recalling …".
    [GeneratedRegex(@"^(?:(?:mr|mrs|ms|madam|madame|mister|monsieur|herr|frau|señor|señora|signor|signora)\.?\s+(?:chair(?:man|woman|person)?|president|secretary[- ]general|speaker|ambassador|minister|le président|la présidente|präsident(?:in)?|presidente)|dear (?:colleagues|friends|all)|(?:your )?excellenc(?:y|ies)|ladies and gentlemen|distinguished (?:guests|delegates|colleagues)|(?:dear )?colleagues|good (?:morning|afternoon|evening)(?: everyone| all)?|hello(?: everyone)?|mesdames(?: et messieurs)?|sehr geehrte[rn]?\b.*|meine (?:sehr geehrten )?damen und herren|señoras y señores|the (?:\p{L}+ ){0,3}(?:assembly|council|conference|committee|commission),)(?:[,;]\s*(?:ladies and gentlemen|excellencies|dear colleagues|distinguished guests|colleagues|friends))*\s*[,.!:;]?$", RegexOptions.IgnoreCase)]
    private static partial Regex SalutationLine();

    [GeneratedRegex(@"^(?:thank you(?: (?:very much|all|so much))?|thanks very much|merci(?: beaucoup)?|vielen dank|danke(?: schön)?|muchas gracias|gracias|grazie(?: mille)?|obrigad[oa]|dank u(?: wel)?)\s*[.!]$", RegexOptions.IgnoreCase)]
    private static partial Regex ClosingCourtesy();

    private static bool IsClosingCourtesy(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Lines.Count == 1 && ClosingCourtesy().IsMatch(MarkupStripper.Strip(block.Text).Trim());

    private static bool IsSalutation(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Lines.Count == 1 && SalutationLine().IsMatch(MarkupStripper.Strip(block.Text).Trim());

    private static int FindFirst(IReadOnlyList<TextBlock> blocks, int minimumWords, Func<TextBlock, bool> isField)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ProseDetector.IsProse(blocks[i], minimumWords) && !isField(blocks[i]))
                return i;
        }
        return -1;
    }
}
