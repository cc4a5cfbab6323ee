using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Pages that list statements: home, the archive by year, each year, the tag index, each tag, and the 404 page.</summary>
public sealed class ListPageBuilder(SiteModel model, ViewFactory views)
{
    private const int HomeCount = 20;
    private const int HomeTagCount = 15;

    private static readonly IReadOnlyList<StatementItemView> NoItems = [];
    private static readonly IReadOnlyList<YearLinkView> NoYears = [];
    private static readonly IReadOnlyList<TagLinkView> NoTags = [];

    public IEnumerable<PageJob> Jobs()
    {
        yield return new PageJob("index.html", "home.html", new ListPageView(
            views.Layout("", model.Site.Title, model.Site.Description),
            model.Site.Title,
            model.Site.Description,
            views.Items(Enumerable.Range(0, Math.Min(HomeCount, model.Statements.Count)), ""),
            views.Years(""),
            model.Tags.OrderByDescending(t => t.Statements.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
                .Take(HomeTagCount).Select(t => views.Tag(t, "")).ToList()), null);

        yield return new PageJob(ViewFactory.ArchivePath + "index.html", "archive.html", new ListPageView(
            views.Layout(ViewFactory.ArchivePath, "Archive by year", $"All {model.Statements.Count} statements, by year of issue."),
            "Archive by year",
            $"{model.Statements.Count} statements, by year of issue.",
            NoItems, views.Years(ViewFactory.ArchivePath), NoTags), null);

        foreach (var year in model.Years)
        {
            var folder = ViewFactory.YearPath(year.Year);
            yield return new PageJob(folder + "index.html", "year.html", new ListPageView(
                views.Layout(folder, $"Statements of {year.Year}", $"The {year.Statements.Count} statements issued in {year.Year}."),
                $"Statements of {year.Year}",
                $"{year.Statements.Count} statements issued in {year.Year}, newest first.",
                views.Items(year.Statements, folder), views.Years(folder), NoTags), null);
        }

        yield return new PageJob(ViewFactory.TagsPath + "index.html", "tags.html", new ListPageView(
            views.Layout(ViewFactory.TagsPath, "Tags", "Every topic of the archive, with the number of statements on it."),
            "Tags",
            $"{model.Tags.Count} topics.",
            NoItems, NoYears, model.Tags.Select(t => views.Tag(t, ViewFactory.TagsPath)).ToList()), null);

        foreach (var tag in model.Tags)
        {
            var folder = ViewFactory.TagPath(tag.Slug);
            yield return new PageJob(folder + "index.html", "tag.html", new ListPageView(
                views.Layout(folder, $"Tag: {tag.Label}", $"The {tag.Statements.Count} statements tagged {tag.Label}."),
                tag.Label,
                $"{tag.Statements.Count} statements, newest first.",
                views.Items(tag.Statements, folder), NoYears, NoTags), null);
        }

        // GitHub Pages serves 404.html for a missing URL at any depth, so its links must be absolute.
        var basePath = new Uri(model.Site.BaseUrl).AbsolutePath;
        var notFoundLayout = views.Layout("404.html", "Page not found", "This page does not exist.") with
        {
            CanonicalUrl = views.Absolute("404.html"),
            Nav = new NavView(basePath, basePath + ViewFactory.ArchivePath, basePath + ViewFactory.TagsPath,
                basePath + ViewFactory.SearchPath, basePath + ViewFactory.FeedPath, basePath + ViewFactory.StylesheetPath),
        };
        yield return new PageJob("404.html", "404.html", new ListPageView(
            notFoundLayout, "Page not found", "", NoItems, NoYears, NoTags), null);
    }
}
