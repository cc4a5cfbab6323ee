using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.Render;

namespace StatementArchive.Serve;

/// <summary>
/// `serve`'s fast path for the most common edit, one statement's text: re-reads that file alone and
/// rewrites only the pages it shows on (see <see cref="AffectedPages"/>), in the served folder. Anything
/// that could move the statement in a list or change which pages exist (a new tag, another date, a new
/// or deleted file, a template) is left to a full build, which swaps in a fresh folder and so leaves no
/// stale page behind.
/// Not re-run here, so only the next full build reports them: the duplicate check (it compares every
/// statement with every other) and the check of links between pages (it needs every page's ids).
/// </summary>
public static class IncrementalBuild
{
    public abstract record Outcome;

    /// <summary>The change is not one the fast path handles; <paramref name="Reason"/> says why (for the console).</summary>
    public sealed record NeedsFullBuild(string Reason) : Outcome;

    /// <summary>The edited file has errors; nothing was written.</summary>
    public sealed record Failed(IReadOnlyList<Diagnostic> Diagnostics) : Outcome;

    /// <param name="Site">The site as it now is.</param>
    /// <param name="Index">The updated statement's position.</param>
    /// <param name="Pages">How many pages were rewritten.</param>
    public sealed record Updated(RenderedSite Site, int Index, int Pages) : Outcome;

    /// <param name="changedFile">Full path of the one file that changed.</param>
    public static Outcome Update(RenderedSite site, string contentDirectory, string changedFile, LiveSiteWriter output)
    {
        var model = site.Model;
        var statementsDirectory = Path.GetFullPath(Path.Combine(contentDirectory, "statements"));
        var relative = Path.GetRelativePath(statementsDirectory, changedFile).Replace('\\', '/');
        if (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) || !relative.EndsWith(".md", StringComparison.Ordinal))
            return new NeedsFullBuild("not a statement file");
        var index = model.Index.Find("statements/" + relative);
        if (index < 0 || !File.Exists(changedFile)) return new NeedsFullBuild("a new or deleted statement");

        var diagnostics = new DiagnosticBag();
        var text = ContentLoader.ReadBytes(changedFile, diagnostics) is { } bytes ? ContentLoader.Decode(bytes, changedFile, diagnostics) : null;
        var edited = text is null ? null : StatementParser.Parse(ContentLoader.DisplayPath(changedFile), relative, text, diagnostics, site.KnownTags);
        if (edited is null || diagnostics.HasErrors) return new Failed(diagnostics.Sorted());

        var previous = model.Statements[index];
        if (!ListingFacts.Same(previous, edited)) return new NeedsFullBuild("its place in the lists changed");
        var mentions = MentionsOf(model.Statements, index, edited);
        if (!mentions.SequenceEqual(model.Neighbours[index].Mentions)) return new NeedsFullBuild("the statements it mentions changed");

        // The index stays valid: order, groups and cross-links depend only on the facts compared above.
        var statements = model.Statements.ToArray();
        statements[index] = edited;
        var body = new MarkdownRenderer(model.Index, statements, site.Edition.Urls).Render(edited, mentions, diagnostics);
        if (diagnostics.HasErrors) return new Failed(diagnostics.Sorted());
        var bodies = site.Bodies.ToArray();
        bodies[index] = body;
        var updated = site with { Model = model with { Statements = statements }, Bodies = bodies };

        var pages = new PageCollector();
        PageRenderer.Render(AffectedPages.Of(updated, index, body.Excerpt != site.Bodies[index].Excerpt).ToList(), site.Templates, diagnostics, pages);
        if (diagnostics.HasErrors) return new Failed(diagnostics.Sorted());
        foreach (var page in pages.Pages) output.Add(page);
        return new Updated(updated, index, pages.Pages.Count);
    }

    /// <summary>
    /// What else embeds the statement's text: the feeds it is in, the search index and the exports. Slower
    /// than the pages (the search index is rebuilt whole), so `serve` does it once the pages are visible.
    /// </summary>
    public static void RefreshFeeds(Updated update, LiveSiteWriter output) =>
        PageRenderer.Render(AffectedPages.Feeds(update.Site, update.Index).ToList(), update.Site.Templates, new DiagnosticBag(), output);

    /// <inheritdoc cref="RefreshFeeds"/>
    public static void RefreshSearchAndExports(Updated update, LiveSiteWriter output)
    {
        var site = update.Site;
        var views = new ViewFactory(site.Model, site.Bodies, site.Edition);
        var searchFiles = new SearchPageBuilder(site.Model, site.Bodies, views).IndexFiles().ToList();
        foreach (var file in searchFiles) output.Add(file);
        output.DeleteOthers(SearchScriptBuilder.DataFolder, searchFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal));
        foreach (var file in new ExportBuilder(site.Model, site.Bodies, views).Files()) output.Add(file);
    }

    /// <summary>
    /// The statements the edited text names, found by <see cref="MentionFinder"/> itself over the archive with
    /// every other body left out: what a text can be named by (reference, title, date) is all it needs of the others.
    /// </summary>
    private static IReadOnlyList<Mention> MentionsOf(IReadOnlyList<Statement> statements, int index, Statement edited)
    {
        var probe = new Statement[statements.Count];
        for (var i = 0; i < probe.Length; i++) probe[i] = i == index ? edited : statements[i] with { Body = "" };
        return MentionFinder.Find(probe)[index];
    }

    private sealed class PageCollector : IPageSink
    {
        public List<Page> Pages { get; } = [];

        public void Add(Page page)
        {
            lock (Pages) Pages.Add(page);
        }

        public void Add(StaticFile file) => throw new InvalidOperationException("page jobs make pages only");
    }
}
