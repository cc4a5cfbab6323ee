using StatementArchive.Domain;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>
/// A page at each alias (a statement's old address, as in Hugo's front matter) that forwards to the
/// statement: a meta refresh, which a Content-Security-Policy without inline script allows, plus a link.
/// </summary>
public sealed class RedirectPageBuilder(SiteModel model, ViewFactory views)
{
    public IEnumerable<PageJob> Jobs() => model.Statements.SelectMany(Jobs);

    /// <summary>The pages at one statement's aliases (they show its title).</summary>
    public IEnumerable<PageJob> Jobs(Statement statement)
    {
        foreach (var alias in statement.Aliases)
        {
            var path = StatementParser.AliasPage(alias);
            var folder = path[..(path.LastIndexOf('/') + 1)];
            var layout = views.Layout(folder, statement.Title, $"This statement has moved to {views.Absolute(statement.SitePath)}.")
                with { CanonicalUrl = views.Absolute(statement.SitePath) };
            yield return new PageJob(path, "redirect.html", new RedirectView(layout, statement.Title, statement.Language, views.Url(folder, statement.SitePath)), statement.ContentPath);
        }
    }
}
