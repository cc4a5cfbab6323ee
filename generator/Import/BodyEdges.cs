using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Lines of the statement too short to read as prose, which would otherwise fall into the header above
/// the first paragraph or the trailer after the last: a speech's greeting and closing thanks, the first of
/// its numbered sections, a Markdown footnote, a table of figures.
/// </summary>
public static partial class BodyEdges
{
    /// <summary>True when the block right above the first paragraph opens the statement.</summary>
    public static bool OpensBody(IReadOnlyList<TextBlock> blocks, int index) =>
        IsSectionHeading(blocks, index) || IsFirstOfNumberedSections(blocks, index) || IsSalutation(blocks[index])
        || IsPreambularClause(blocks[index]) || IsListOpeningTheText(blocks, index);

    /// <summary>
    /// "Allies agreed on the following measures:" over items that are sentences ("More forces on the eastern
    /// flank."), before the first long paragraph: the statement opens with its list. A menu's items are no
    /// sentences, and a lead-in counts only right above its list.
    /// </summary>
    private static bool IsListOpeningTheText(IReadOnlyList<TextBlock> blocks, int index)
    {
        static bool IsSentenceItem(TextBlock block) =>
            block.Kind == BlockKind.ListItem && ProseDetector.WordCount(block.Text) >= 3
            && MarkupStripper.Strip(block.Text).TrimEnd() is [.., '.' or ';' or '!' or '?']
            && BoilerplateDetector.DescribeDropped(block.Text, "") == "";
        var block = blocks[index];
        return IsSentenceItem(block)
            || (block.Kind == BlockKind.Paragraph && ProseDetector.WordCount(block.Text) >= 3 && block.Text.TrimEnd().EndsWith(':')
                && index + 1 < blocks.Count && IsSentenceItem(blocks[index + 1]));
    }

    /// <summary>
    /// "This statement is endorsed by:" then one country a line: the list the last paragraph announces, each
    /// line too short for prose.
    /// </summary>
    public static bool ContinuesAnnouncedList(TextBlock announcing, TextBlock block) =>
        announcing.Text.TrimEnd().EndsWith(':') && block.Lines.All(l => ProseDetector.WordCount(l.Text) is > 0 and <= 6
            && BoilerplateDetector.DescribeDropped(l.Text, "") == "" && !ProseDetector.LabelledField().IsMatch(l.Text));

    // A resolution's preamble: "Recalling its resolution ES-11/1 of 2 March 2022," — clauses ending in commas, no sentence.
    [GeneratedRegex(@"^(?:recalling|reaffirming|reiterating|noting|welcoming|expressing|bearing in mind|deeply|gravely|taking note|recogni[sz]ing|stressing|emphasi[sz]ing|underlining|acknowledging|considering|guided by|alarmed|convinced|determined|mindful|concerned|having considered|rappelant|réaffirmant|notant|considérant)\b.{10,}[,;]$", RegexOptions.IgnoreCase)]
    private static partial Regex PreambularClause();

    private static bool IsPreambularClause(TextBlock block) => PreambularClause().IsMatch(MarkupStripper.Strip(block.Text).Trim());

    /// <summary>A Markdown footnote ("[^3]: https://…") or a table of figures: the statement's own, though not prose.</summary>
    public static bool BelongsToBody(TextBlock block) =>
        FootnoteDefinition().IsMatch(block.Text) || TableRecognizer.AsTable(block) is not null;

    /// <summary>A speech's closing "Thank you.": its last sentence, right after the last paragraph.</summary>
    public static bool ClosesBody(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Lines.Count == 1 && ClosingCourtesy().IsMatch(MarkupStripper.Strip(block.Text).Trim());

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

    public static bool IsSalutation(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && block.Lines.Count == 1 && SalutationLine().IsMatch(MarkupStripper.Strip(block.Text).Trim());
}
