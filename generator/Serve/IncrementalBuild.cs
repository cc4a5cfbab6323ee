using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.Render;

namespace StatementArchive.Serve;

/// <summary>
/// `serve`'s fast path for the most common edits, one statement's text or title: re-reads that file alone and
/// rewrites only the pages it shows on (see <see cref="AffectedPages"/>), in the served folder. Anything
/// that could move the statement in a list or change which pages exist (a new tag, another date, a title that
/// reorders its day or names it for other texts, a new or deleted file, a template) is left to a full build,
/// which swaps in a fresh folder and so leaves no stale page behind.
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
    public static Outcome Update(RenderedSite site, string contentDirectory, string changedFile, LiveSiteWriter output, UpdateTimings? timings = null)
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
        timings?.Lap("read");

        var previous = model.Statements[index];
        if (!ListingFacts.SameButTitle(previous, edited)) return new NeedsFullBuild("its place in the lists changed");
        var statements = model.Statements.ToArray();
        statements[index] = edited;
        var names = site.MentionNames ?? MentionNames.Of(model.Statements);
        var titleChanged = previous.Title != edited.Title;
        if (titleChanged)
        {
            if (!TitleChange.KeepsOrder(statements, index)) return new NeedsFullBuild("its new title moves it among the statements of its day");
            names = MentionNames.Of(statements);
            if (!TitleChange.LeavesOtherMentions(model, statements, index, previous.Title, names))
                return new NeedsFullBuild("its new title changes which texts name it");
        }
        var mentions = MentionFinder.In(edited.Body, index, names);
        if (!mentions.SequenceEqual(model.Neighbours[index].Mentions)) return new NeedsFullBuild("the statements it mentions changed");
        timings?.Lap("mentions");

        // The index stays valid: order, groups and cross-links depend only on the facts compared above.
        var body = new MarkdownRenderer(model.Index, statements, site.Edition.Urls).Render(edited, mentions, diagnostics);
        if (diagnostics.HasErrors) return new Failed(diagnostics.Sorted());
        timings?.Lap("markdown");
        var bodies = site.Bodies.ToArray();
        bodies[index] = body;
        var updated = site with { Model = model with { Statements = statements }, Bodies = bodies, MentionNames = names };

        var pages = new PageCollector();
        var jobs = AffectedPages.Of(updated, index, body.Excerpt != site.Bodies[index].Excerpt, titleChanged).ToList();
        timings?.Lap("find pages");
        PageRenderer.Render(jobs, site.Templates, diagnostics, pages);
        if (diagnostics.HasErrors) return new Failed(diagnostics.Sorted());
        timings?.Lap("render");
        Parallel.ForEach(pages.Pages, output.Add);
        timings?.Lap("write");
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

    private sealed class PageCollector : IPageSink
    {
        public List<Page> Pages { get; } = [];

        public void Add(Page page)
        {
            lock (Pages) Pages.Add(page.Kept());
        }

        public void Add(StaticFile file) => throw new InvalidOperationException("page jobs make pages only");
    }
}
