using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Ways to browse besides time: tags (with descriptions and a timeline), issuers and types; an index and paged lists for each.</summary>
public sealed class GroupPageBuilder(SiteModel model, ViewFactory views)
{
    public const string IssuersPath = "issuers/";
    public const string TypesPath = "types/";

    public static string IssuerPath(string slug) => $"{IssuersPath}{slug}/";

    public static string TypePath(StatementType type) => $"{TypesPath}{type.Slug()}/";

    public static string TagFeedPath(string slug) => $"{ViewFactory.TagPath(slug)}feed.xml";

    public IEnumerable<PageJob> Jobs()
    {
        var tagsIntro = $"{ViewFactory.Count(model.Tags.Count, "topic")}, with the number of statements on each.";
        yield return new PageJob(ViewFactory.TagsPath + "index.html", "tags.html",
            IndexView(ViewFactory.TagsPath, "Tags", tagsIntro, []) with { Tags = model.Tags.Select(t => views.Tag(t, ViewFactory.TagsPath)).ToList() }, null);
        foreach (var tag in model.Tags)
            foreach (var job in TagJobs(tag)) yield return job;

        yield return Index(IssuersPath, "groups.html", "Issuers", $"{ViewFactory.Count(model.Issuers.Count, "issuer")}.",
            model.Issuers.Select(i => new GroupLinkView(i.Name, views.Url(IssuersPath, IssuerPath(i.Slug)), i.Statements.Count, "")).ToList());
        foreach (var issuer in model.Issuers)
            foreach (var job in IssuerJobs(issuer)) yield return job;

        yield return Index(TypesPath, "groups.html", "Types of statement", $"{ViewFactory.Count(model.Types.Count, "type")}.",
            model.Types.Select(t => new GroupLinkView(t.Type.Label(), views.Url(TypesPath, TypePath(t.Type)), t.Statements.Count, "")).ToList());
        foreach (var type in model.Types)
            foreach (var job in TypeJobs(type)) yield return job;
    }

    /// <summary>A tag's pages (paginated), each with the tag's timeline and feed.</summary>
    public IEnumerable<PageJob> TagJobs(TagGroup tag)
    {
        var timeline = new Lazy<IReadOnlyList<TimelineBarView>>(() => Timeline(tag.Statements));
        return Paged(ViewFactory.TagPath(tag.Slug), "tag.html", tag.Label, tag.Description, tag.Statements,
            (view, folder) => view with { Timeline = timeline.Value, FeedUrl = views.Url(folder, TagFeedPath(tag.Slug)) });
    }

    public IEnumerable<PageJob> IssuerJobs(IssuerGroup issuer) =>
        Paged(IssuerPath(issuer.Slug), "group.html", issuer.Name, $"Statements issued by the {issuer.Name}.", issuer.Statements);

    public IEnumerable<PageJob> TypeJobs(TypeGroup type) =>
        Paged(TypePath(type.Type), "group.html", type.Type.Label(), "", type.Statements);

    private PageJob Index(string folder, string template, string heading, string intro, IReadOnlyList<GroupLinkView> groups) =>
        new(folder + "index.html", template, IndexView(folder, heading, intro, groups), null);

    private ListPageView IndexView(string folder, string heading, string intro, IReadOnlyList<GroupLinkView> groups) =>
        new(views.Layout(folder, heading, intro), heading, intro, [], [], []) { Groups = groups };

    /// <param name="finish">Adds what one kind of list shows besides the items (a tag's timeline), given the page's folder.</param>
    private IEnumerable<PageJob> Paged(string folder, string template, string heading, string description, IReadOnlyList<int> items,
        Func<ListPageView, string, ListPageView>? finish = null)
    {
        var slices = Paginator.Split(folder, items);
        for (var i = 0; i < slices.Count; i++)
        {
            var (page, index) = (slices[i], i);
            yield return new PageJob(page.Folder + "index.html", template, () =>
            {
                var title = page.Number > 1 ? $"{heading}, page {page.Number}" : heading;
                var intro = $"{ViewFactory.Count(items.Count, "statement")}, newest first.";
                var view = new ListPageView(
                    views.Layout(page.Folder, title, description.Length > 0 ? description : $"{ViewFactory.Count(items.Count, "statement")}: {heading}."),
                    title,
                    description.Length > 0 ? $"{description} {intro}" : intro,
                    views.Items(page.Items, page.Folder), [], [])
                {
                    Pager = Paginator.Pager(slices, index, views.Urls),
                };
                return finish is null ? view : finish(view, page.Folder);
            }, null);
        }
    }

    private IReadOnlyList<TimelineBarView> Timeline(IReadOnlyList<int> items)
    {
        var perYear = items.GroupBy(i => model.Statements[i].Date.Year).OrderBy(g => g.Key).Select(g => (g.Key, Count: g.Count())).ToList();
        var max = perYear.Max(y => y.Count);
        return perYear.Select(y => new TimelineBarView(y.Key, y.Count, max)).ToList();
    }
}
