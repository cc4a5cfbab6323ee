using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>A page per statement: metadata, body, tags, previous/next by date, related, provenance.</summary>
public sealed class StatementPageBuilder(SiteModel model, IReadOnlyList<RenderedBody> bodies, ViewFactory views)
{
    private readonly Dictionary<string, TagGroup> _tags = model.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
    private readonly Dictionary<int, YearGroup> _years = model.Years.ToDictionary(y => y.Year);
    private readonly Dictionary<string, string> _issuerSlugs = model.Issuers.ToDictionary(i => i.Name, i => i.Slug, StringComparer.Ordinal);

    public IEnumerable<PageJob> Jobs() => model.Statements.Select((_, i) => Job(i));

    /// <summary>The page of the statement at <paramref name="index"/>. The job takes the body now, since a full build
    /// releases the bodies before the (lazily made) views are rendered; its HTML becomes a string only when the view is made.</summary>
    public PageJob Job(int index)
    {
        var statement = model.Statements[index];
        var body = bodies[index];
        return new PageJob(statement.SitePath + "index.html", "statement.html", () => View(index, body.Html), statement.ContentPath);
    }

    private StatementPageView View(int index, Html html)
    {
        var statement = model.Statements[index];
        var folder = statement.SitePath;
        var neighbours = model.Neighbours[index];
        var year = _years[statement.Date.Year];
        return new StatementPageView(
            views.Layout(folder, statement.Title, bodies[index].Excerpt, ViewFactory.StatementScriptPath),
            statement.Title,
            views.IsoDate(index),
            views.TextDate(index),
            statement.Issuer,
            views.Url(folder, GroupPageBuilder.IssuerPath(_issuerSlugs[statement.Issuer])),
            statement.Type.Label(),
            views.Url(folder, GroupPageBuilder.TypePath(statement.Type)),
            statement.Reference,
            statement.Location,
            statement.Language,
            html,
            statement.Tags.Select(t => views.Tag(_tags[t], folder)).ToList(),
            new YearLinkView(year.Year, year.Statements.Count, views.Url(folder, ViewFactory.YearPath(year.Year)), []),
            neighbours.Older < 0 ? null : views.Item(neighbours.Older, folder),
            neighbours.Newer < 0 ? null : views.Item(neighbours.Newer, folder),
            views.Items(neighbours.Related.Where(r => neighbours.Mentions.All(m => m.Target != r) && !neighbours.MentionedBy.Contains(r)), folder),
            views.Items(neighbours.Mentions.Select(m => m.Target), folder),
            views.Items(neighbours.MentionedBy, folder),
            Source(statement.Source, folder),
            Citation(statement));
    }

    /// <summary>The form government-document citations take: author, "title", number, place, date, then the URL.</summary>
    private CitationView Citation(Statement statement)
    {
        var parts = new List<string> { statement.Issuer, $"\u201c{statement.Title}\u201d" };
        if (statement.Reference is { } reference) parts.Add(reference);
        if (statement.Location is { } location) parts.Add(location);
        parts.Add(ViewFactory.DateText(statement.Date));
        return new CitationView(string.Join(", ", parts), views.Absolute(statement.SitePath));
    }

    private SourceView? Source(SourceInfo? source, string folder) => source is null
        ? null
        : new SourceView(
            source.PublishedPath is { } published ? views.Url(folder, published) : null,
            source.File is { } name ? name[(name.LastIndexOf('/') + 1)..] : null,
            WebAddress.IsHttp(source.Url) ? source.Url : null, // Load rejects others; a view built another way must not link them either
            ChannelLabel(source.Channel),
            source.Sha256,
            source.Note,
            source.Record.Select(f => new RecordFieldView(RecordLabel(f.Key), f.Value)).ToList(),
            source.Removed);

    /// <summary>The importer's channel codes, in words a reader understands.</summary>
    private static string? ChannelLabel(string? channel) => channel switch
    {
        "email" => "a press mailing-list e-mail",
        "web" => "a web page",
        "record" => "a government record",
        "repost" => "a site that reposted it",
        _ => channel,
    };

    /// <summary>"dcpd_number" → "Dcpd number": record keys are slugs; readers want words.</summary>
    private static string RecordLabel(string key)
    {
        var words = key.Replace('_', ' ').Replace('-', ' ').Trim();
        return words.Length == 0 ? key : char.ToUpperInvariant(words[0]) + words[1..];
    }
}
