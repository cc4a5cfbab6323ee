using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// The pages one statement's new text or title shows on, when nothing that places it in lists changed (its
/// date, tags… are as before and it keeps its place, so every list keeps its order and every page its path): its
/// own page and, when its excerpt or title changed, every page that lists it as an item (and, for a title, the
/// pages at its old addresses). Pure; a few milliseconds at 10,000 statements.
/// </summary>
public static class AffectedPages
{
    /// <param name="index">The statement's position in <paramref name="site"/>'s model, which already holds its new text and title.</param>
    /// <param name="excerptChanged">Lists show the excerpt, not the body: an unchanged excerpt leaves them as they were.</param>
    /// <param name="titleChanged">Lists show the title too, and so do the redirect pages at its aliases.</param>
    public static IReadOnlyList<PageJob> Of(RenderedSite site, int index, bool excerptChanged, bool titleChanged)
    {
        var model = site.Model;
        var views = new ViewFactory(model, site.Bodies, site.Edition);
        var statementPages = new StatementPageBuilder(model, site.Bodies, views);
        var jobs = new List<PageJob> { statementPages.Job(index) };
        if (titleChanged) jobs.AddRange(new RedirectPageBuilder(model, views).Jobs(model.Statements[index]));
        if (!excerptChanged && !titleChanged) return jobs;

        if (index < ListPageBuilder.HomeCount) jobs.Add(new ListPageBuilder(model, views, site.Edition.IsOffline).HomeJob());

        var statement = model.Statements[index];
        var archive = new ArchivePageBuilder(model, views);
        var year = model.Years.First(y => y.Year == statement.Date.Year);
        jobs.Add(PageShowing(archive.YearJobs(year), ViewFactory.YearPath(year.Year), year.Statements, index));

        var groups = new GroupPageBuilder(model, views);
        foreach (var tag in model.Tags.Where(t => statement.Tags.Contains(t.Slug)))
            jobs.Add(PageShowing(groups.TagJobs(tag), ViewFactory.TagPath(tag.Slug), tag.Statements, index));
        var issuer = model.Issuers.First(i => i.Name == statement.Issuer);
        jobs.Add(PageShowing(groups.IssuerJobs(issuer), GroupPageBuilder.IssuerPath(issuer.Slug), issuer.Statements, index));
        var type = model.Types.First(t => t.Type == statement.Type);
        jobs.Add(PageShowing(groups.TypeJobs(type), GroupPageBuilder.TypePath(type.Type), type.Statements, index));

        // Statement pages list their older and newer neighbours, related statements and mentions both ways.
        for (var other = 0; other < model.Neighbours.Count; other++)
        {
            if (other != index && Lists(model.Neighbours[other], index)) jobs.Add(statementPages.Job(other));
        }
        return jobs;
    }

    /// <summary>The feeds whose latest entries include the statement (they carry its whole body).</summary>
    public static IReadOnlyList<PageJob> Feeds(RenderedSite site, int index)
    {
        var model = site.Model;
        var machine = new MachinePageBuilder(model, site.Bodies, new ViewFactory(model, site.Bodies, site.Edition));
        var feeds = new List<PageJob>();
        if (MachinePageBuilder.InFeed(Enumerable.Range(0, model.Statements.Count), index)) feeds.Add(machine.SiteFeedJob());
        feeds.AddRange(model.Tags.Where(t => MachinePageBuilder.InFeed(t.Statements, index)).Select(machine.TagFeedJob));
        return feeds;
    }

    private static bool Lists(StatementNeighbours neighbours, int index) =>
        neighbours.Older == index || neighbours.Newer == index || neighbours.Related.Contains(index)
        || neighbours.Mentions.Any(m => m.Target == index) || neighbours.MentionedBy.Contains(index);

    /// <summary>The one page of a paginated list that holds the statement, picked by path so no other page's view is made.</summary>
    private static PageJob PageShowing(IEnumerable<PageJob> pages, string listFolder, IReadOnlyList<int> items, int index)
    {
        var path = Paginator.FolderOfItem(listFolder, IndexOf(items, index)) + "index.html";
        return pages.First(p => p.Path == path);
    }

    private static int IndexOf(IReadOnlyList<int> items, int value)
    {
        for (var i = 0; i < items.Count; i++)
            if (items[i] == value) return i;
        throw new InvalidOperationException($"statement {value} is not in the list it belongs to");
    }
}
