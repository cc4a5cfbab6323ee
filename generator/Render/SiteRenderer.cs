using StatementArchive.Diagnostics;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>The Render stage: bodies from Markdown, then every page from its template and view, and the search index.</summary>
public static class SiteRenderer
{
    /// <summary>
    /// Markdown (in characters) past which the collection halfway through the bodies is worth its time: about
    /// 16,000 statements of the benchmark's size. Below it the peak is far from any limit, and the collection
    /// would cost 60 ms at 10,000 statements.
    /// </summary>
    private const long LargeMarkdown = 128L << 20;

    /// <param name="sink">The next stage: receives each page and file as soon as it is ready.</param>
    /// <param name="keepBodies">`serve` keeps every body for later updates, so none is released.</param>
    /// <param name="sources">The statements' Markdown when the pipeline has taken it out of the model (each is released once rendered); null: read it from the statements.</param>
    /// <returns>The rendered bodies, whole when <paramref name="keepBodies"/>; otherwise null.</returns>
    public static IReadOnlyList<RenderedBody>? Render(SiteModel model, TemplateSet templates, SiteEdition edition, DiagnosticBag diagnostics, IPageSink sink,
        bool keepBodies = false, MarkdownSources? sources = null, StageTimings? timings = null)
    {
        timings ??= new StageTimings();
        var markdown = new MarkdownRenderer(model.Index, model.Statements, edition.Urls);
        var bodies = new RenderedBody[model.Statements.Count];
        void RenderBodies(int from, int to) => timings.Time("bodies", () => Parallel.For(from, to, i => bodies[i] = sources is null
            ? markdown.Render(model.Statements[i], model.Neighbours[i].Mentions, diagnostics)
            : markdown.Render(model.Statements[i], sources.Take(i), model.Neighbours[i].Mentions, diagnostics)));
        // The loaded Markdown, the largest thing in memory and long since in the oldest generation, turns to
        // garbage as the bodies are made; left to itself the collector may keep all of it until every body
        // is made, and the heap holds the archive's text twice over (at 50,000 statements 1.70 GB instead of
        // 1.38 GB, in one run out of two). A large archive is collected halfway through as well as after.
        var halfway = sources is { Length: > LargeMarkdown } ? bodies.Length / 2 : 0;
        if (halfway > 0)
        {
            RenderBodies(0, halfway);
            timings.Time("full collection", CollectReleased);
        }
        RenderBodies(halfway, bodies.Length);
        if (sources is not null) timings.Time("full collection", CollectReleased);

        var views = new ViewFactory(model, bodies, edition);
        var search = new SearchPageBuilder(model, bodies, views);

        // Memory is released as each body's last user is done with it, so a large archive never holds
        // all of its text twice. First the outputs made from plain text (search index, exports)…
        // The exports are written one file per thread, beside the index's parallel build, so neither waits.
        var exports = new ExportBuilder(model, bodies, views).Files().Select(file => (Action)(() => sink.Add(file)));
        timings.Time("search index, exports", () => Parallel.Invoke([.. exports, () => Parallel.ForEach(search.IndexFiles(), sink.Add)]));
        if (!keepBodies) for (var i = 0; i < bodies.Length; i++) bodies[i] = bodies[i].WithoutPlainText();
        // Likewise the plain text and the search index, before the pages churn through memory for a while.
        if (!keepBodies) timings.Time("full collection", CollectReleased);

        // …then the page jobs, which take each body's HTML for themselves; a job is dropped once rendered.
        // The feeds come first: pages are rendered roughly in the order of their jobs, and a feed decodes
        // fifty bodies, which had better go before they survive into an older generation.
        var machine = new MachinePageBuilder(model, bodies, views);
        var jobs = timings.Time("page jobs", () => machine.FeedJobs()
            .Concat(new ListPageBuilder(model, views, edition.IsOffline).Jobs())
            .Concat(new ArchivePageBuilder(model, views).Jobs())
            .Concat(new GroupPageBuilder(model, views).Jobs())
            .Concat(new StatementPageBuilder(model, bodies, views).Jobs())
            .Append(search.Job())
            .ToList());
        jobs.AddRange(machine.IndexJobs(jobs.Where(j => j.Template.EndsWith(".html", StringComparison.Ordinal)).Select(j => j.Path).ToList()));
        jobs.AddRange(new RedirectPageBuilder(model, views).Jobs());
        ReportSamePath(jobs, diagnostics);
        if (!keepBodies) for (var i = 0; i < bodies.Length; i++) bodies[i] = bodies[i].WithoutHtml();
        // The assets (minified one by one) and the raw sources are written beside the pages, not after them on one core.
        var staticFiles = templates.Assets.Select(a => new StaticFile(a.Name, a.Bytes))
            .Concat(model.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StaticFile(s.Key, s.Value)))
            .Concat(edition.Zip is { } zip ? [new StaticFile(zip.FileName, zip.Bytes)] : []);
        timings.Time("pages, assets and sources", () => Parallel.Invoke(
            () => PageRenderer.Render(jobs, templates, diagnostics, sink),
            () =>
            {
                foreach (var file in staticFiles) sink.Add(file);
            }));
        return keepBodies ? bodies : null;
    }

    /// <summary>
    /// One full collection where a phase has just let go of hundreds of megabytes that survived long enough
    /// to reach the oldest generation: left to itself the collector reclaims them only after the heap has
    /// grown well past them. Compacting, so the regions it empties are free for what comes next. Measured at
    /// 50,000 statements: peak 2.8 GB → 2.3 GB, at a cost of two collections of what is still live (the bodies).
    /// </summary>
    private static void CollectReleased() => GC.Collect(2, GCCollectionMode.Forced, blocking: true, compacting: true);

    /// <summary>Two pages for one output file (say an alias that is another statement's address) must not overwrite each other silently.</summary>
    private static void ReportSamePath(IReadOnlyList<PageJob> jobs, DiagnosticBag diagnostics)
    {
        foreach (var group in jobs.GroupBy(j => j.Path, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var makers = group.Select(j => j.ContentPath ?? $"the {j.Template} page").ToList();
            diagnostics.Add(group.First(j => j.ContentPath is not null).ContentPath ?? makers[0], 1, 0,
                $"two pages would be written to {group.Key} ({string.Join(" and ", makers)}); change an alias or a slug");
        }
    }
}
