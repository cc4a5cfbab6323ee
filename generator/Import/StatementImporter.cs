using System.Globalization;
using StatementArchive.Domain;

namespace StatementArchive.Import;

/// <summary>
/// The import stage: raw statement text → front matter, Markdown body and a report. Pure: no file
/// I/O. The passes run in this order, each in its own file:
/// normalise (<see cref="TextNormalizer"/>, quoted-printable) → HTML residue (<see cref="HtmlResidueRemover"/>) →
/// editing residue (<see cref="EditingResidueRemover"/>: tracked changes, pandoc attributes) →
/// leading fields (<see cref="LeadingFieldsParser"/>: front matter, record or email headers) →
/// line boilerplate (<see cref="BoilerplateRemover"/>, <see cref="RunningHeaderDetector"/>'s repeated footers) →
/// blocks (<see cref="BlockSplitter"/>) → block boilerplate → email disclaimers (<see cref="DisclaimerRemover"/>) →
/// regions (<see cref="RegionDetector"/>; a second statement refused, <see cref="SecondStatementDetector"/>; <see cref="BodyStartResolver"/>) →
/// metadata (stated fields first, then title, date, reference, issuer, type, location; <see cref="TrailerParser"/>) →
/// body repair (<see cref="BodyRepairer"/>, <see cref="LetteredPointSplitter"/>) → Markdown (<see cref="MarkdownBodyWriter"/>, <see cref="FrontMatterWriter"/>).
/// Boilerplate goes before regions so that a footer written in sentences is not taken for the statement;
/// end lines are found before boilerplate removal, because the end marks themselves are dropped there.
/// </summary>
public sealed partial class StatementImporter(TagVocabulary vocabulary)
{
    private readonly TagMatcher _tags = new(vocabulary);

    public StatementImporter()
        : this(TagVocabulary.Empty)
    {
    }

    public ImportResult Import(RawStatement raw)
    {
        var report = new ImportReportBuilder();
        var clean = TextNormalizer.Normalize(raw.Text, report);
        var savedFrom = SavedFromUrlDetector.Detect(clean);
        var normalized = EditingResidueRemover.Remove(HtmlResidueRemover.Remove(clean, report), report);
        var (leading, opened) = LeadingFieldsParser.Parse(normalized, report);
        var endLines = opened.Where((l, i) => StatementEndDetector.EndsStatement(l.Text)
                || LocationDetector.IsSignOff(l.Text, opened.Skip(i + 1).FirstOrDefault(n => n.Text.Length > 0)?.Text))
            .Select(l => l.Number).ToList();
        var lines = RunningHeaderDetector.DropRepeatedFooters(BoilerplateRemover.FilterLines(opened, report), report);
        var blocks = DisclaimerRemover.Remove(BoilerplateRemover.FilterBlocks(BlockSplitter.Split(lines, report), report), report);

        var detected = RegionDetector.Detect(blocks, endLines);
        if (detected is null)
            return Failure(report, 1, "no statement text found: no paragraph of sentences; check that the file holds the statement itself");
        // Before the body's start is settled, which would take the second's title and date for the first's; after a
        // separator the second is in the trailer.
        if (SecondStatementDetector.Start([.. detected.Body, .. detected.Trailer]) is { } second)
            return Failure(report, second, "a second statement starts here (a title over its own reference or date); put each statement in a file of its own");
        var regions = BodyStartResolver.Resolve(detected, report);
        var stated = new LeadingFieldsResolver(leading);

        var title = stated.Title()
            ?? TitleDetector.OrFromOpening(TitleDetector.Detect(regions.Header, leading.Kind == LeadingFieldsKind.EmailHeader ? leading.Get("subject") : null), regions.Body[0]);
        if (title is null)
            return Failure(report, regions.Body[0].StartLine, regions.Header.Count == 0 && regions.Body[0].Lines.Count == 1 && regions.Body[0].Text.Length > 600
                // Copied with its line breaks lost: the title cannot be told from the text around it.
                ? string.Create(CultureInfo.InvariantCulture, $"the text is one line of {regions.Body[0].Text.Length:N0} characters, so no title can be told from it; put the title on its own line and a blank line between paragraphs")
                : "no title found before the first paragraph; put the title on its own line above the statement text");
        report.Origin("title", title.Line, stated.Title() is null ? title.Text : leading.Get("title", "headline")!.Raw);
        if (TitleCaser.IsInCapitals(title.Text))
        {
            title = title with { Text = Recased(title.Text, regions) };
            report.Unsure(title.Line, $"the title is in capitals in the source; recased as \"{title.Text}\" (check the names in it)");
        }

        var dates = NumericDateReader.FromText(string.Join("\n", normalized.Select(l => l.Text)));
        var date = stated.Date(dates) ?? DateDetector.Detect(regions, stated.MailedDates(dates), dates);
        if (date is null)
            return Failure(report, title.Line, "no issue date found; add a line such as \"Issued on 22 September 2022\" under the title");
        report.Origin("date", date.Line, date.Evidence);
        if (date.Rank >= DateCandidate.Event)
            report.Unsure(date.Line, "the only date found is in a relative phrase (the date of an event, not of the text); check the issue date");
        else if (date.Rank >= DateCandidate.Later)
            report.Unsure(date.Line, stated.IsMailedDate(date)
                ? "the only date found is the date the email was sent; check the issue date"
                : "the only date found is an update/publication date; check the issue date");
        if (date.Doubt is not null)
            report.Unsure(date.Line, date.Doubt);

        var reference = stated.Reference() ?? ReferenceDetector.Detect(regions.Header);
        if (reference is { } r)
            report.Origin("reference", r.Line, r.Evidence);

        var issuer = stated.Issuer() ?? IssuerDetector.Detect(title.Text, title.Line, regions.Header, reference?.Reference, regions.Body[0]);
        // A letterhead in capitals ("NATO PARLIAMENTARY ASSEMBLY") is recased as a title is.
        if (issuer is { } capitals && TitleCaser.IsInCapitals(capitals.Issuer))
            issuer = capitals with { Issuer = Recased(capitals.Issuer, regions) };
        if (issuer is { } i)
            report.Origin("issuer", i.Line, i.Evidence);
        else
            report.Unsure(title.Line, "no issuer found in the title or header; set issuer by hand");

        var type = stated.Type() ?? TypeDetector.Detect(title.Text, title.Line, regions.Header, reference?.Reference, regions.Body[0]);
        if (type is { } t)
            report.Origin("type", t.Line, t.Evidence);
        else
            report.Unsure(title.Line, "the kind of text is not named in the title or header; type set to statement");

        var location = stated.Location() ?? LocationDetector.Detect(regions);
        if (location is { } l)
            report.Origin("location", l.Line, l.Evidence);

        var headerSource = HeaderSourceDetector.Detect(regions.Header);
        // Only web addresses become source.url (the page links to it): a stated "javascript:" or a page saved from file:// is left in the raw file.
        var statedUrl = WebAddress.IsHttp(stated.Url()) ? stated.Url() : null;
        if (stated.Url() is not null && statedUrl is null)
            report.Unsure(leading.Get("url", "link", "source_url")!.Line, "the stated url is not an http(s) address; source.url left empty");
        var savedUrl = WebAddress.IsHttp(savedFrom?.Url) ? savedFrom?.Url : null;
        var url = statedUrl ?? savedUrl ?? headerSource?.Url;
        if (url is not null)
            report.Origin("source.url",
                statedUrl is not null ? leading.Get("url", "link", "source_url")!.Line : savedUrl == url ? savedFrom!.Value.Line : headerSource!.Value.Line,
                url);
        if (headerSource?.Credit is not null)
            report.Origin("source.record.source", headerSource.Value.Line, headerSource.Value.Evidence);
        var usedLines = report.OriginLines();
        foreach (var block in regions.Header)
            DropHeaderBlock(block, title.Text, usedLines, report);
        // Cues are read outside the leading fields: a front matter's "source:" key is no repost's credit line.
        var furniture = string.Join("\n", opened.Select(l => l.Text));
        var isRepost = ChannelDetector.IsRepost(furniture);
        var record = TrailerParser.Parse(regions.Trailer, report, isRepost);
        var recordFields = stated.RecordFields(report)
            .Concat(headerSource?.Credit is { } credit ? [new KeyValuePair<string, string>("source", credit)] : [])
            .Concat(record.Fields)
            .ToList();

        var runningLines = RunningHeaderDetector.Find(lines);
        var bodyBlocks = LetteredPointSplitter.Split(BodyRepairer.Repair(regions.Body, title.Text, report, runningLines), report);
        var body = MarkdownBodyWriter.Write(bodyBlocks);
        var plainBody = string.Join("\n", bodyBlocks.Select(b => b.Text));

        var front = new ImportedFrontMatter(
            title.Text,
            date.Date,
            issuer?.Issuer ?? "Unknown",
            type?.Type ?? StatementType.Statement,
            reference?.Reference,
            location?.Location,
            LanguageDetector.Detect(plainBody),
            StatedTags(stated, leading, report) ?? _tags.Match(title.Text, plainBody),
            new SourceInfo(
                "sources/" + raw.FileName,
                raw.Sha256,
                url,
                ChannelDetector.Detect(furniture, record, leading),
                record.Note,
                recordFields)
            {
                Removed = report.Build().Dropped.Select(RemovedLine).ToList(),
            });

        var relativePath = string.Create(CultureInfo.InvariantCulture,
            $"statements/{date.Date:yyyy}/{date.Date:yyyy-MM-dd}-{SlugBuilder.Build(title.Text)}.md");
        var markdown = FrontMatterWriter.Write(front) + "\n" + body + "\n";
        return new ImportResult(front, body, relativePath, markdown, report.Build(), []);
    }

    /// <summary>
    /// One dropped line as published in source.removed. E-mail addresses are masked: the archive shows
    /// what was removed, but never republishes a press officer's or subscriber's address.
    /// </summary>
    private static string RemovedLine(DroppedText dropped)
    {
        var text = string.Join(' ', dropped.Text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return string.Create(CultureInfo.InvariantCulture, $"line {dropped.Line} ({dropped.Reason}): {EmailAddress().Replace(text, "[e-mail address]")}");
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")]
    private static partial System.Text.RegularExpressions.Regex EmailAddress();

    private static void DropHeaderBlock(TextBlock block, string title, IReadOnlyDictionary<int, string> usedLines, ImportReportBuilder report)
    {
        var titleKey = MarkupStripper.Key(title);
        var isTitleBlock = MarkupStripper.Key(block.Text) == titleKey;
        foreach (var line in block.Lines)
        {
            var key = MarkupStripper.Key(line.Text);
            var reason = key == titleKey || isTitleBlock
                ? "title"
                : usedLines.TryGetValue(line.Number, out var fields) ? "metadata: " + fields
                // The title's own line with the site's name around it ("NATO - Opinion: …").
                : key.Contains(titleKey, StringComparison.Ordinal) ? "title"
                : BoilerplateDetector.DescribeDropped(line.Text, "header");
            report.Dropped(line.Number, line.Text, reason);
        }
    }

    /// <summary>The tags the file states that the archive knows; the others are reported and left out.</summary>
    private IReadOnlyList<string>? StatedTags(LeadingFieldsResolver stated, LeadingFields leading, ImportReportBuilder report)
    {
        if (stated.Tags() is not { } tags)
            return null;
        foreach (var unknown in tags.Where(t => !_tags.Knows(t)))
            report.Unsure(leading.Get("tags", "keywords")!.Line, $"the stated tag \"{unknown}\" is not in content/tags.yml; left out (add it there, or tag by hand)");
        return tags.Where(_tags.Knows).Distinct(StringComparer.Ordinal).ToList();
    }

    /// <summary>A title or a letterhead in capitals, recased as the body spells its words (<see cref="TitleCaser"/>).</summary>
    private static string Recased(string capitals, StatementRegions regions)
    {
        var paragraphs = regions.Body.Select(b => b.Text).ToList();
        return TitleCaser.Recase(capitals, paragraphs, LanguageDetector.Detect(string.Join("\n", paragraphs)));
    }

    private static ImportResult Failure(ImportReportBuilder report, int line, string message) =>
        new(null, "", null, null, report.Build(), [new ImportError(line, message)]);
}
