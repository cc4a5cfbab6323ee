using System.Globalization;
using StatementArchive.Domain;

namespace StatementArchive.Import;

/// <summary>
/// The import stage: raw statement text → front matter, Markdown body and a report. Pure: no file
/// I/O. The passes run in this order, each in its own file:
/// normalise (<see cref="TextNormalizer"/>) → line boilerplate (<see cref="BoilerplateRemover"/>) →
/// blocks (<see cref="BlockSplitter"/>) → block boilerplate → regions (<see cref="RegionDetector"/>) →
/// metadata (title, date, reference, issuer, type, location; <see cref="TrailerParser"/>) →
/// body repair (<see cref="BodyRepairer"/>) → Markdown (<see cref="MarkdownBodyWriter"/>, <see cref="FrontMatterWriter"/>).
/// Boilerplate goes before regions so that a footer written in sentences is not taken for the statement.
/// </summary>
public sealed class StatementImporter(TagVocabulary vocabulary)
{
    private readonly TagMatcher _tags = new(vocabulary);

    public StatementImporter()
        : this(TagVocabulary.Empty)
    {
    }

    public ImportResult Import(RawStatement raw)
    {
        var report = new ImportReportBuilder();
        var lines = BoilerplateRemover.FilterLines(TextNormalizer.Normalize(raw.Text), report);
        var blocks = BoilerplateRemover.FilterBlocks(BlockSplitter.Split(lines, report), report);

        var regions = RegionDetector.Detect(blocks);
        if (regions is null)
            return Failure(report, 1, "no statement text found: no paragraph of sentences; check that the file holds the statement itself");

        var title = TitleDetector.Detect(regions.Header);
        if (title is null)
            return Failure(report, regions.Body[0].StartLine, "no title found before the first paragraph; put the title on its own line above the statement text");
        report.Origin("title", title.Line, title.Text);

        var date = DateDetector.Detect(regions);
        if (date is null)
            return Failure(report, title.Line, "no issue date found; add a line such as \"Issued on 22 September 2022\" under the title");
        report.Origin("date", date.Line, date.Evidence);
        if (date.Rank >= 50)
            report.Unsure(date.Line, "the only date found is an update/publication date; check the issue date");

        var reference = ReferenceDetector.Detect(regions.Header);
        if (reference is { } r)
            report.Origin("reference", r.Line, r.Evidence);

        var issuer = IssuerDetector.Detect(title.Text, title.Line, regions.Header, reference?.Reference);
        if (issuer is { } i)
            report.Origin("issuer", i.Line, i.Evidence);
        else
            report.Unsure(title.Line, "no issuer found in the title or header; set issuer by hand");

        var type = TypeDetector.Detect(title.Text, title.Line, regions.Header, reference?.Reference);
        if (type is { } t)
            report.Origin("type", t.Line, t.Evidence);
        else
            report.Unsure(title.Line, "the kind of text is not named in the title or header; type set to statement");

        var location = LocationDetector.Detect(regions);
        if (location is { } l)
            report.Origin("location", l.Line, l.Evidence);

        var usedLines = report.OriginLines();
        foreach (var block in regions.Header)
            DropHeaderBlock(block, title.Text, usedLines, report);
        var record = TrailerParser.Parse(regions.Trailer, report);

        var bodyBlocks = BodyRepairer.Repair(regions.Body, title.Text, report);
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
            _tags.Match(title.Text, plainBody),
            new SourceInfo(
                "sources/" + raw.FileName,
                raw.Sha256,
                Url: null,
                ChannelDetector.Detect(raw.Text, record),
                record.Note,
                record.Fields));

        var relativePath = string.Create(CultureInfo.InvariantCulture,
            $"statements/{date.Date:yyyy}/{date.Date:yyyy-MM-dd}-{SlugBuilder.Build(title.Text)}.md");
        var markdown = FrontMatterWriter.Write(front) + "\n" + body + "\n";
        return new ImportResult(front, body, relativePath, markdown, report.Build(), []);
    }

    private static void DropHeaderBlock(TextBlock block, string title, IReadOnlyDictionary<int, string> usedLines, ImportReportBuilder report)
    {
        var titleKey = MarkupStripper.Key(title);
        foreach (var line in block.Lines)
        {
            var reason = MarkupStripper.Key(line.Text) == titleKey || MarkupStripper.Key(block.Text) == titleKey
                ? "title"
                : usedLines.TryGetValue(line.Number, out var fields) ? "metadata: " + fields
                : BoilerplateDetector.DescribeDropped(line.Text, "header");
            report.Dropped(line.Number, line.Text, reason);
        }
    }

    private static ImportResult Failure(ImportReportBuilder report, int line, string message) =>
        new(null, "", null, null, report.Build(), [new ImportError(line, message)]);
}
