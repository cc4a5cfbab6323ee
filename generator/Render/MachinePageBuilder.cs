using System.Globalization;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Files for programs rather than readers: the Atom feeds (site and per tag), the sitemap and robots.txt. Their URLs are absolute.</summary>
public sealed class MachinePageBuilder(SiteModel model, IReadOnlyList<RenderedBody> bodies, ViewFactory views)
{
    private const int FeedCount = 50;

    /// <summary>The sitemap protocol's limit per file; past it, a sitemap index points at numbered sitemaps.</summary>
    public const int SitemapLimit = 50_000;

    /// <summary>The site's feed and each tag's.</summary>
    public IEnumerable<PageJob> FeedJobs() => model.Tags.Select(TagFeedJob).Prepend(SiteFeedJob());

    /// <summary>The sitemap (or sitemaps and their index) and robots.txt.</summary>
    public IEnumerable<PageJob> IndexJobs(IReadOnlyList<string> htmlPagePaths)
    {
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

    public PageJob SiteFeedJob() => FeedJob(model.Site.Title, ViewFactory.FeedPath, "", Enumerable.Range(0, model.Statements.Count));

    public PageJob TagFeedJob(TagGroup tag) =>
        FeedJob($"{model.Site.Title}: {tag.Label}", GroupPageBuilder.TagFeedPath(tag.Slug), ViewFactory.TagPath(tag.Slug), tag.Statements);

    /// <summary>How many of a list's newest statements a feed carries.</summary>
    public static bool InFeed(IEnumerable<int> statements, int index) => statements.Take(FeedCount).Contains(index);

    /// <summary>
    /// Feeds carry whole bodies, so each takes its entries' HTML (still UTF-8) at once: a full build releases
    /// the bodies before rendering. The HTML is decoded when the feed is rendered, so it lives for one page.
    /// </summary>
    /// <param name="statements">Positions in the model, newest first; the feed keeps the latest <see cref="FeedCount"/>.</param>
    private PageJob FeedJob(string title, string feedPath, string pagePath, IEnumerable<int> statements)
    {
        var latest = statements.Take(FeedCount).Select(i => (Index: i, bodies[i].Html)).ToList();
        return new PageJob(feedPath, "feed.xml", () => Feed(title, feedPath, pagePath, latest), null);
    }

    private FeedView Feed(string title, string feedPath, string pagePath, List<(int Index, Html Html)> latest)
    {
        var entries = latest.Select(entry =>
        {
            var statement = model.Statements[entry.Index];
            return new FeedEntryView(
                statement.Title,
                views.Absolute(statement.SitePath),
                Rfc3339(statement.Date),
                Rfc3339(statement.Updated ?? statement.Date),
                statement.Issuer,
                statement.Language,
                bodies[entry.Index].Excerpt,
                entry.Html.Value,
                statement.Tags);
        }).ToList();

        // The feed changes when its newest entry does, so its date comes from the content, not the clock.
        var updated = latest.Select(entry => model.Statements[entry.Index].Updated ?? model.Statements[entry.Index].Date)
            .DefaultIfEmpty(new DateOnly(2000, 1, 1)).Max();
        return new FeedView(title, views.Absolute(feedPath), views.Absolute(feedPath), views.Absolute(pagePath), Rfc3339(updated), entries);
    }

    private static string Rfc3339(DateOnly date) =>
        date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) + "T00:00:00Z";
}
