using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>The home page (latest statements, years, busiest tags) and the 404 page.</summary>
/// <param name="offline">The offline copy: its 404 page is opened from disk, so its links are relative like every other page's.</param>
public sealed class ListPageBuilder(SiteModel model, ViewFactory views, bool offline)
{
    private const int HomeTagCount = 15;

    /// <summary>The statements at positions below this are listed on the home page.</summary>
    public const int HomeCount = 20;

    public PageJob HomeJob() => new("index.html", "home.html", new ListPageView(
        views.Layout("", model.Site.Title, model.Site.Description),
        model.Site.Title,
        model.Site.Description,
        views.Items(Enumerable.Range(0, Math.Min(HomeCount, model.Statements.Count)), ""),
        views.Years(""),
        model.Tags.OrderByDescending(t => t.Statements.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(HomeTagCount).Select(t => views.Tag(t, "")).ToList()), null);

    public IEnumerable<PageJob> Jobs()
    {
        yield return HomeJob();

        if (offline)
        {
            yield return new PageJob("404.html", "404.html", new ListPageView(views.Layout("", "Page not found", "This page does not exist.") with
            {
                PageTitle = $"Page not found · {model.Site.Title}",
            }, "Page not found", "", [], [], []), null);
            yield break;
        }

        // GitHub Pages serves 404.html for a missing URL at any depth, so its links must be absolute.
        var basePath = new Uri(model.Site.BaseUrl).AbsolutePath;
        var notFoundLayout = views.Layout("404.html", "Page not found", "This page does not exist.") with
        {
            CanonicalUrl = views.Absolute("404.html"),
            Nav = ViewFactory.Nav(target => basePath + target),
        };
        yield return new PageJob("404.html", "404.html", new ListPageView(notFoundLayout, "Page not found", "", [], [], []), null);
    }
}
