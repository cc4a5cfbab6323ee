using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Tells a paragraph of the statement from the lines around it. Headers and footers are short and
/// unpunctuated (titles, dates, numbers, addresses, handles); the statement is made of sentences.
/// </summary>
public static partial class ProseDetector
{
    // A footnote mark may follow the full stop: "… its people.[^1]", "… its people.²".
    [GeneratedRegex(@"[.!?;:…][""”’')\]*_]*(?:\[\^[\w-]{1,20}\]|[¹²³⁴⁵⁶⁷⁸⁹⁰]+)*$")]
    private static partial Regex TerminalPunctuation();

    // "*Categories:* …", "DCPD Number: …", "NOTE: …": a record field or a note, not the statement.
    [GeneratedRegex(@"^[*_]{0,2}(?<label>\p{Lu}[\p{L}'’ ]{0,40}?)\s*(?::[*_]{0,2}|[*_]{1,2}:)\s+(?<value>\S.*)$")]
    public static partial Regex LabelledField();

    [GeneratedRegex(@"[*_`#\[\]]|\]\([^)]*\)")]
    private static partial Regex Markup();

    // Any whitespace separates words: French text keeps its no-break spaces ("attaque\u00A0:").
    public static int WordCount(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Count(w => w.Any(char.IsLetterOrDigit));

    // A sentence ends inside the block: "… its people. We note that" is prose though cut at its end.
    // A title's abbreviation does not end one: "by Dr. Javier Solana".
    [GeneratedRegex(@"(?<![\p{L}.])(?!(?:Dr|Mr|Mrs|Ms|Mme|Prof|Gen|Col|Lt|Sen|Rep|Amb|Hon|Jr|Sr|St|No|Nr|vs|Rt)\.)\p{L}*\p{Ll}[.!?][""”’)]?\s+[""“‘(]?\p{Lu}")]
    private static partial Regex InnerSentenceEnd();

    // Words that make "We are clear: …", "The Council decided: …" or "Le Conseil a déclaré : …" a
    // clause, not a field label: a pronoun, an article or a verb of decision.
    private static readonly HashSet<string> ClauseWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "we", "i", "you", "they", "he", "she", "it", "is", "are", "was", "were", "has", "have", "had", "will", "said",
        "says", "a", "an", "the", "decided", "decides", "agreed", "agree", "agrees", "declared", "declares", "stated", "noted",
        "recalled", "reaffirmed", "affirmed", "stressed", "underlined", "welcomed", "condemned", "resolved", "nous", "il", "elle", "ils", "est", "sont", "ont", "le", "la", "les", "wir", "ist", "der", "die", "das",
    };

    public static bool EndsSentence(string text) => TerminalPunctuation().IsMatch(text.TrimEnd());

    /// <summary>True for a paragraph or list item that reads as sentences of the statement.</summary>
    public static bool IsProse(TextBlock block, int minimumWords = 8)
    {
        if (block.Kind == BlockKind.Heading || IsMenu(block) || IsLongTitle(block) || IsSignature(block))
            return false;
        var words = WordCount(Markup().Replace(block.Text, " "));
        if (words >= minimumWords && (EndsSentence(block.Text) || InnerSentenceEnd().IsMatch(block.Text)))
            return true;
        // A long paragraph cut by a page break has no sentence end yet is the statement; a footer run
        // together from several lines is as long, but one of its lines is an address, a link row or a handle;
        // and a header's stack of labels ("Joint media release" / the title / a minister a line) is too, but no
        // line of it runs on into the next, as a wrapped sentence's lines do.
        return words >= 25 && !block.Lines.Any(l => BoilerplateDetector.DescribeDropped(l.Text, "").Length > 0 || DateParser.IsDateOnly(l.Text))
            && (block.Lines.Count == 1 || RunsOn(block.Lines));
    }

    private static bool RunsOn(IReadOnlyList<SourceLine> lines)
    {
        for (var i = 1; i < lines.Count; i++)
        {
            var previous = lines[i - 1].Text.TrimEnd();
            var next = lines[i].Text.TrimStart();
            if ((next.Length > 0 && char.IsLower(next[0])) || (previous.Length > 0 && previous[^1] is ',' or ';' or '-' or '(' ))
                return true;
        }
        return false;
    }

    /// <summary>
    /// A page's menu or language switcher copied as a run of one- to three-word lines ("Home", "Search",
    /// "العربية", "Press Release"): enough words in all to pass for a paragraph, but no line of it is
    /// a line of prose, which a hard wrap leaves longer and punctuated.
    /// </summary>
    private static bool IsMenu(TextBlock block)
    {
        if (block.Lines.Count < 4)
            return false;
        var counts = block.Lines.Select(l => WordCount(l.Text)).Order().ToList();
        var median = counts[counts.Count / 2];
        // Short lines with no sentence anywhere are a list of links too ("Births, death, marriages and care").
        return median <= 3 || (median <= 6 && !block.Lines.Any(l => EndsSentence(l.Text)) && !InnerSentenceEnd().IsMatch(block.Text));
    }

    // "NATO Press & Media Section / Boulevard Léopold III, 1110 Brussels / This email … is confidential.": lines that each
    // start afresh (a hard-wrapped sentence would carry on in lower case somewhere), one of them an address or a
    // phone number, make a signature, even with a sentence in it.
    private static bool IsSignature(TextBlock block) =>
        block.Lines.Count is >= 2 and <= 6
        && block.Lines.All(l => l.Text.TrimStart().FirstOrDefault(char.IsLetterOrDigit) is var first && !char.IsLower(first))
        && block.Lines.Any(l => BoilerplateDetector.DescribeDropped(l.Text, "") is "postal address" or "contact");

    // A title may run past 25 words, or stand in two languages on two lines; opening with a kind of text and
    // with no sentence in it, it is not a paragraph.
    private static bool IsLongTitle(TextBlock block) =>
        block.Lines.Count <= 3 && !EndsSentence(block.Text) && !InnerSentenceEnd().IsMatch(block.Text)
        && TitleDetector.OpensWithKindOfText(MarkupStripper.Strip(block.Lines[0].Text));

    /// <summary>
    /// Eight words or more broken off at a comma or semicolon ("… without food, water,"): a sentence a page
    /// break interrupted, though it never reaches its full stop. (A title does not end in a comma.)
    /// </summary>
    public static bool IsCutByPageBreak(TextBlock block) =>
        block.Kind == BlockKind.Paragraph && WordCount(block.Text) >= 8 && block.Text.TrimEnd().LastOrDefault() is ',' or ';';

    /// <summary>True for "Label: value" lines that records and notes put after a statement.</summary>
    public static bool IsLabelledField(TextBlock block)
    {
        var match = LabelledField().Match(block.Text);
        if (!match.Success)
            return false;
        var label = match.Groups["label"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return label.Length <= 5 && !label.Any(ClauseWords.Contains);
    }
}
