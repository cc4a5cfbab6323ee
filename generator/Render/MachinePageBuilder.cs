using System.Globalization;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Files for programs rather than readers: the Atom feeds (site and per tag), the sitemap and robots.txt. Their URLs are absolute.</summary>
public sealed class MachinePageBuilder(SiteModel model, IReadOnlyList<RenderedBody> bodies, ViewFactory views)
{
    private const int FeedCount = 50;

    /// <summary>
    /// Each body's HTML as one string however many feeds carry it (the site's and each of its tags'):
    /// a body holds its HTML as UTF-8 and makes a new string on every read. Feed jobs are made on one thread.
    /// </summary>
    private readonly Dictionary<int, string> _feedHtml = [];

    /// <summary>The sitemap protocol's limit per file; past it, a sitemap index points at numbered sitemaps.</summary>
    public const int SitemapLimit = 50_000;

    public IEnumerable<PageJob> Jobs(IReadOnlyList<string> htmlPagePaths)
    {
        yield return SiteFeedJob();
        foreach (var tag in model.Tags) yield return TagFeedJob(tag);

        var urls = htmlPagePaths
            .Where(p => p != "404.html")
            .Select(p => new SitemapEntryView(views.Absolute(p.EndsWith("index.html", StringComparison.Ordinal) ? p[..^"index.html".Length] : p)))
            .ToList();
        if (urls.Count <= SitemapLimit)
        {
            yield return new PageJob("sitemap.xml", "sitemap.xml", new SitemapView(urls), null);
        }
        else
        {
            var parts = urls.Chunk(SitemapLimit).ToList();
            for (var i = 0; i < parts.Count; i++)
                yield return new PageJob($"sitemap-{i + 1}.xml", "sitemap.xml", new SitemapView(parts[i]), null);
            yield return new PageJob("sitemap.xml", "sitemap-index.xml", new SitemapView(
                parts.Select((_, i) => new SitemapEntryView(views.Absolute($"sitemap-{i + 1}.xml"))).ToList()), null);
        }

        yield return new PageJob("robots.txt", "robots.txt", new SitemapView([new SitemapEntryView(views.Absolute("sitemap.xml"))]), null);
    }

    /// <summary>Feeds carry whole bodies, so their views are made at once (a full build releases the bodies before rendering).</summary>
    public PageJob SiteFeedJob() => new(ViewFactory.FeedPath, "feed.xml",
        Feed(model.Site.Title, ViewFactory.FeedPath, "", Enumerable.Range(0, model.Statements.Count)), null);

    public PageJob TagFeedJob(TagGroup tag) => new(GroupPageBuilder.TagFeedPath(tag.Slug), "feed.xml",
        Feed($"{model.Site.Title}: {tag.Label}", GroupPageBuilder.TagFeedPath(tag.Slug), ViewFactory.TagPath(tag.Slug), tag.Statements), null);

    /// <summary>How many of a list's newest statements a feed carries.</summary>
    public static bool InFeed(IEnumerable<int> statements, int index) => statements.Take(FeedCount).Contains(index);

    /// <param name="statements">Positions in the model, newest first; the feed keeps the latest <see cref="FeedCount"/>.</param>
    private FeedView Feed(string title, string feedPath, string pagePath, IEnumerable<int> statements)
    {
        var latest = statements.Take(FeedCount).ToList();
        var entries = latest.Select(i =>
        {
            var statement = model.Statements[i];
            return new FeedEntryView(
                statement.Title,
                views.Absolute(statement.SitePath),
                Rfc3339(statement.Date),
                Rfc3339(statement.Updated ?? statement.Date),
                statement.Issuer,
                bodies[i].Excerpt,
                FeedHtml(i),
                statement.Tags);
        }).ToList();

        // The feed changes when its newest entry does, so its date comes from the content, not the clock.
        var updated = latest.Select(i => model.Statements[i].Updated ?? model.Statements[i].Date).DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new FeedView(title, views.Absolute(feedPath), views.Absolute(feedPath), views.Absolute(pagePath), Rfc3339(updated), entries);
    }

    private string FeedHtml(int index)
    {
        if (!_feedHtml.TryGetValue(index, out var html)) _feedHtml[index] = html = bodies[index].Html.Value;
        return html;
    }

    private static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
