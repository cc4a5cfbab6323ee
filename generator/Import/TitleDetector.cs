using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// The title: the most prominent title-like line of the header. Headings outrank bold lines, which
/// outrank bullets and plain lines; a line that names a kind of text ("Statement by …") or that is
/// repeated gains; type labels, banners in capitals or naming an organisation, a site's section names,
/// dates, numbers and labelled fields are not titles. An email's Subject is a candidate too.
/// </summary>
public static partial class TitleDetector
{
    private static readonly HashSet<string> TypeLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "press release", "press releases", "statement", "statements", "joint statement", "communique", "communiqué",
        "declaration", "speech", "speeches", "remarks", "news", "press statement", "communiqué de presse",
        "communique de presse", "déclaration", "discours", "news release", "media advisory", "transcript",
        "pressemitteilung", "presseerklärung", "erklärung", "rede", "comunicado", "comunicado de prensa", "nota de prensa",
        "declaración", "discurso", "comunicato stampa", "dichiarazione", "declaração", "nota à imprensa", "verklaring", "persbericht",
        "media release", "joint media release", "media statement", "nota de imprensa",
    };

    // "DECLARATION 479", "Resolution 2623 (2022)", "Communiqué No. 12": a numbered document's number line, over its title.
    [GeneratedRegex(@"^(?:declaration|resolution|recommendation|decision|communiqu[ée]|statement|d[ée]claration|r[ée]solution)\s+(?:no\.?\s*|n[°º]\s*)?\d+[\w/().\-]*(?:\s*\(\d{4}\))?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberedDocument();

    // "Statement on …", "Erklärung des …", "Declaración del …": a line that opens with a kind of text.
    [GeneratedRegex(@"^(?:joint |press |gemeinsame )?(?:statement|declaration|communiqu[ée]|remarks|speech|address|d[ée]claration|discours|erklärung|declaraci[óo]n|declara[çc][ãa]o|comunicado|discurso|dichiarazione|comunicato|verklaring|read-?out|fact sheet|transcript)\b", RegexOptions.IgnoreCase)]
    private static partial Regex OpensWithKind();

    // "… by X on Y": the words that join who spoke to what about, in the languages the importer reads.
    [GeneratedRegex(@"\b(?:by|on|sur|zum|zur|sobre|sulla|over)\b", RegexOptions.IgnoreCase)]
    private static partial Regex ByOrOn();

    // "G7 Foreign Ministers' Communiqué", "EU Statement – Ukraine": a kind of text named later in the line.
    [GeneratedRegex(@"\b(?:statement|declaration|communiqu[ée]|read-?out|d[ée]claration|erklärung|declaraci[óo]n|comunicado|dichiarazione|verklaring)(?!\w)", RegexOptions.IgnoreCase)]
    private static partial Regex KindWord();

    private static bool NamesAText(string plain) => OpensWithKind().IsMatch(plain) || ByOrOn().IsMatch(plain) || KindWord().IsMatch(plain);

    /// <summary>"Déclaration conjointe du Président … à l'occasion du 60e anniversaire …": a line that opens with a kind of text.</summary>
    public static bool OpensWithKindOfText(string plain) => OpensWithKind().IsMatch(plain);

    // "Antony J. Blinken, Secretary of State": a byline, the name and office of who speaks.
    [GeneratedRegex(@"^(?:(?-i:\p{Lu})[\p{L}.'’\-]*\s+){1,4}(?-i:\p{Lu})[\p{L}.'’\-]*, (?:the )?(?:(?:deputy |vice |under |assistant |prime |foreign |high )?(?:secretary|minister|president|chancellor|spokesperson|spokesman|spokeswoman|ambassador|representative|commissioner|director|chair(?:man|woman|person)?)\b.{0,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    // "By Sabine Siebold and Robin Emmott": a news story's byline.
    [GeneratedRegex(@"^by\s+(?-i:\p{Lu})[\p{L}.'’\-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’\-]+){0,3}(?:\s*(?:,|and|&)\s*(?-i:\p{Lu})[\p{L}.'’\-]+(?:\s+(?-i:\p{Lu})[\p{L}.'’\-]+){0,3})*$", RegexOptions.IgnoreCase)]
    private static partial Regex StoryByline();

    [GeneratedRegex(@"^\s*\d{1,3} min(?:ute)?s? read\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex ReadingTime();

    [GeneratedRegex(@"^(?:by|with|at|on|following) \p{L}")]
    private static partial Regex Continuation();

    // "Delivered by Ambassador …", "As prepared for delivery": a byline under the title, not the title.
    [GeneratedRegex(@"^(?:issued|last updated|updated|published|date|posted|reference|ref\.?|delivered by|as delivered|as prepared|originally published|first published|reposted|republished|story by|written by|by:)\b", RegexOptions.IgnoreCase)]
    private static partial Regex MetadataLine();

    // "Meetings Coverage and Press Releases", "Statements and messages": a site's section, not a text's title.
    [GeneratedRegex(@"\b(?:press releases|statements|messages|speeches|communiqu[ée]s|news|newsroom|coverage|publications|documents|media centre|media center)\b", RegexOptions.IgnoreCase)]
    private static partial Regex SectionName();

    // "Re:", "Fwd:", "[press-list]" that mail adds in front of a subject.
    [GeneratedRegex(@"^(?:(?:re|fwd?|tr|aw|wg)\s*:\s*|\[[^\]]{1,40}\]\s*)+", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectPrefix();

    /// <param name="subject">An email's Subject header: a candidate a notch below a plain line, so a title in the text wins a tie.</param>
    public static TitleCandidate? Detect(IReadOnlyList<TextBlock> header, LeadingField? subject = null)
    {
        var candidates = new List<TitleCandidate>();
        if (subject is not null)
            Add(candidates, SubjectPrefix().Replace(subject.Value, ""), BlockKind.ListItem, subject.Line, subject.Raw);
        foreach (var block in header)
        {
            // A short run of plain lines may be one title wrapped over two lines; otherwise each line stands alone.
            // The wrapped whole gets a point over its first line so the full title wins.
            if (block.Kind == BlockKind.Paragraph && block.Lines.Count is 2 or 3 && IsWrappedTitle(block))
                Add(candidates, block.Text, block.Kind, block.StartLine, block.Text, bonus: 1);
            // In a run of menu lines ("Home", "Press Releases", "Share") the title is the line that stands out by its length.
            int? median = block.Lines.Count >= 4 ? block.Lines.Select(l => ProseDetector.WordCount(l.Text)).Order().ElementAt(block.Lines.Count / 2) : null;
            foreach (var line in block.Lines)
            {
                var text = block.Lines.Count == 1 ? block.Text : line.Text;
                var words = ProseDetector.WordCount(line.Text);
                Add(candidates, text, block.Lines.Count == 1 ? block.Kind : BlockKind.Paragraph, line.Number, line.Text,
                    bonus: median is { } m && words >= 6 && words >= 2 * m ? 2 : 0);
            }
        }
        // "Doorstep statement" over "by NATO Secretary General Jens Stoltenberg at the start of …": NATO sets the
        // kind of text and who gave it on two lines; together they are the title.
        var lines = header.SelectMany(b => b.Lines).Where(l => l.Text.Length > 0).ToList();
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var kind = MarkupStripper.Strip(lines[i].Text).Trim();
            var byline = MarkupStripper.Strip(lines[i + 1].Text).Trim();
            if (OpensWithKind().IsMatch(kind) || TypeLabels.Contains(kind) || KindWord().IsMatch(kind))
            {
                if (Continuation().IsMatch(byline) && ProseDetector.WordCount(kind) <= 4)
                    Add(candidates, kind + " " + byline, BlockKind.Paragraph, lines[i].Number, lines[i].Text, bonus: 2);
            }
        }
        // "DECLARATION 479" over "STANDING WITH UKRAINE": the number and the name are the title together.
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            var number = MarkupStripper.Strip(lines[i].Text).Trim();
            var name = MarkupStripper.Strip(lines[i + 1].Text).Trim();
            if (NumberedDocument().IsMatch(number) && ProseDetector.WordCount(name) is >= 2 and <= 16 && DateParser.FindAll(name).Count == 0
                && !ProseDetector.EndsSentence(name))
                Add(candidates, number + ": " + name, BlockKind.Heading, lines[i].Number, lines[i].Text);
        }
        var repeats = candidates.GroupBy(c => MarkupStripper.Key(c.Text)).ToDictionary(g => g.Key, g => g.Count());
        // A page puts its site's name and menus at the top and the text's title right above the text: of two
        // lines that read alike, the one nearest the statement is its title.
        var nearest = header.LastOrDefault(b => candidates.Any(c => c.Line >= b.StartLine && c.Line <= b.EndLine));
        return candidates
            .Select(c => c with { Score = c.Score + (repeats[MarkupStripper.Key(c.Text)] > 1 ? 2 : 0) + (nearest is not null && c.Line >= nearest.StartLine && c.Line <= nearest.EndLine ? 2 : 0) })
            .OrderByDescending(c => c.Score)
            .ThenBy(c => c.Line)
            .FirstOrDefault();
    }

    // "Statement by the North Atlantic Council on …: We will never recognise …" (a post), "**NATO welcomes …** The …" (a bold lead).
    [GeneratedRegex(@"^(?:(?<title>[^:.!?\n]{10,200}):(?:\s|$)|\*\*(?<bold>[^*\n]{10,200})\*\*)")]
    private static partial Regex OpeningTitle();

    /// <summary>
    /// When the header holds no title, or only a site's name ("EU Council"): one the first paragraph opens with, a
    /// kind of text named before a colon (how a post or a short release carries its title) or a bold lead sentence.
    /// It stays in the body.
    /// </summary>
    public static TitleCandidate? OrFromOpening(TitleCandidate? found, TextBlock first) =>
        found is not null && (NamesAText(found.Text) || ProseDetector.WordCount(found.Text) > 3) ? found : FromOpening(first) ?? found;

    private static TitleCandidate? FromOpening(TextBlock first)
    {
        var match = OpeningTitle().Match(first.Lines[0].Text.Trim());
        if (!match.Success)
            return null;
        var text = MarkupStripper.Strip(match.Groups["bold"].Success ? match.Groups["bold"].Value : match.Groups["title"].Value).Trim().TrimEnd('.');
        if (!Plausible(text) || (!match.Groups["bold"].Success && !NamesAText(text)))
            return null;
        return new TitleCandidate(text, 0, first.StartLine);
    }

    // A later line that opens with a kind of text starts a title of its own: the same title in a second language.
    // "Bilateral/Multilateral Documents" over "India-Germany Joint Statement on …": a section's name over the title, not its first half.
    private static bool IsWrappedTitle(TextBlock block) =>
        MarkupStripper.Strip(block.Lines[0].Text) is var first
        && Plausible(first) && !(SectionName().IsMatch(first) && !NamesAText(first))
        && block.Lines.Skip(1).All(l => DateParser.FindAll(l.Text).Count == 0 && ReferenceDetector.Find(l.Text) is null
            && !OpensWithKind().IsMatch(MarkupStripper.Strip(l.Text)))
        && !ProseDetector.EndsSentence(block.Lines[0].Text);

    // A page's <title> as a copy keeps it: "NATO - Opinion: Opening remarks by …", "Statement by … | NATO".
    [GeneratedRegex(@"^[^:|]{1,40}?\s[-–—|]\s[^:|]{1,30}:\s+(?<title>.+)$|^(?<title>.+?)\s+\|\s+[^|]{2,40}$")]
    private static partial Regex SiteAffix();

    private static string WithoutSiteAffix(string plain) =>
        SiteAffix().Match(plain) is { Success: true } match && NamesAText(match.Groups["title"].Value) ? match.Groups["title"].Value : plain;

    private static void Add(List<TitleCandidate> into, string text, BlockKind kind, int line, string raw, int bonus = 0)
    {
        var plain = WithoutSiteAffix(MarkupStripper.Strip(text));
        if (!Plausible(plain))
            return;
        var score = bonus + kind switch
        {
            BlockKind.Heading => 10,
            BlockKind.ListItem => 3,
            _ when IsWhollyBold(raw) => 7,
            _ => 4,
        };
        if (NamesAText(plain))
            score += 3;
        // "The White House", "Die Bundesregierung": a site's name in two or three words, above the text's real title;
        // "Federal Department of Foreign Affairs": an office's name, which a page repeats as its banner.
        else if (ProseDetector.WordCount(plain) <= 3 || IssuerDetector.IsOfficeName(plain))
            score -= 2;
        // A banner in capitals names a site or an office; a line in capitals that opens with a kind of
        // text ("STATEMENT ON RUSSIA'S …") is how older and UN-style documents set their title.
        if (!plain.Any(char.IsLower))
            score -= OpensWithKind().IsMatch(plain) || KindWord().IsMatch(plain) ? 2 : 6;
        else if (SectionName().IsMatch(plain) && !NamesAText(plain))
            score -= 3;
        into.Add(new TitleCandidate(plain, score, line));
    }

    private static bool Plausible(string plain)
    {
        var words = ProseDetector.WordCount(plain);
        if (words < 2 || words > 40 || !char.IsUpper(plain.FirstOrDefault(char.IsLetter)))
            return false;
        if (TypeLabels.Contains(plain.Trim(' ', '.', ':', '|')) || MetadataLine().IsMatch(plain.TrimStart('(', '[', ' ')) || Byline().IsMatch(plain) || StoryByline().IsMatch(plain))
            return false;
        // "Press release | Brussels, 20 March 2024 | 3 min read": a row of fields, not a title.
        if (plain.Contains(" | ", StringComparison.Ordinal) && plain.Split('|').Any(c => DateParser.FindAll(c).Count > 0 || ReadingTime().IsMatch(c)))
            return false;
        // "NATO Press Release", "UN Statement": the site's name and a type label.
        if (words <= 4 && plain.IndexOf(' ') is > 0 and var space && IssuerDetector.Banner(plain[..space]) is not null
            && TypeLabels.Contains(plain[(space + 1)..].Trim(' ', '.', ':', '|')))
            return false;
        if (ReferenceDetector.Find(plain) is not null || IsMetadataField(plain))
            return false;
        if (BoilerplateDetector.DescribeDropped(plain, "") is "postal address" or "navigation links" or "last updated" or "contact")
            return false;
        // "United Nations", "Council of the EU": the site's banner names the organisation, not the text.
        if (IssuerDetector.Banner(plain) is not null)
            return false;
        // A line that is mostly a date ("Brussels 24 March 2022") is a dateline, not a title.
        var dates = DateParser.FindAll(plain);
        if (dates.Count > 0 && words - 3 * dates.Count < 3)
            return false;
        // "March 3, 2023 - Ottawa, Ontario - Global Affairs Canada": a date with a place and an office, no kind of text.
        if (dates.Count > 0 && words - 3 * dates.Count <= 5 && !NamesAText(plain))
            return false;
        return !(words > 20 && ProseDetector.EndsSentence(plain));
    }

    // "Ukraine: Statement by …" is a title; "Subjects: …" or "From: …" is a field.
    private static bool IsMetadataField(string plain)
    {
        var match = ProseDetector.LabelledField().Match(plain);
        return match.Success && FieldLabels.Contains(match.Groups["label"].Value.Trim());
    }

    private static readonly HashSet<string> FieldLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "date", "issued", "updated", "last updated", "reference", "ref", "source", "category", "categories", "subjects",
        "subject", "names", "tags", "keywords", "language", "location", "author", "posted", "published", "from", "to",
        "sent", "cc", "topics", "note", "dcpd number", "type", "tipo", "typ", "soort", "data", "fecha", "datum", "lieu", "lugar",
        "luogo", "ort", "plaats", "format", "origin", "originally published", "delivered on", "delivered",
    };

    private static bool IsWhollyBold(string raw)
    {
        var trimmed = raw.Trim();
        return (trimmed.StartsWith("**", StringComparison.Ordinal) && trimmed.EndsWith("**", StringComparison.Ordinal))
            || (trimmed.StartsWith("__", StringComparison.Ordinal) && trimmed.EndsWith("__", StringComparison.Ordinal));
    }
}
