using StatementArchive.Commands;
using StatementArchive.Diagnostics;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.Output;
using StatementArchive.PostProcess;
using StatementArchive.Render;

namespace StatementArchive;

/// <summary>
/// The stages of a build, in order. Load and Output do the file I/O; Model, Render and Post-process
/// are pure. Render, Post-process and Output run as a stream: each page is rendered, minified, scanned
/// for links and written to a staging folder as soon as it is ready, so memory holds a page per core,
/// not the site; the staged site replaces the live one only if the whole build is clean. `check` is
/// this pipeline without Output. Within a stage every file is checked, so one run reports every problem.
/// </summary>
public static class SitePipeline
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, int HtmlPages, int OtherFiles, IReadOnlyList<StageTiming> Timings)
    {
        /// <summary>What a clean build made, when asked to keep it (`serve`); null otherwise.</summary>
        public RenderedSite? Kept { get; init; }
    }

    /// <param name="keep">Keep the templates, model and rendered bodies in the result, for `serve`'s incremental updates.</param>
    public static Result Run(BuildOptions options, bool writeSite, bool keep = false)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new StageTimings();
        T Timed<T>(string stage, Func<T> run) => timings.Time(stage, run);
        Result Stop(FileCounter? files = null) => new(diagnostics.Sorted(), files?.HtmlPages ?? 0, files?.OtherFiles ?? 0, timings.Stages);

        // 1. Load: templates and content, parsed and validated. Nothing before rendering needs the templates,
        // so they are parsed and minified on a core of their own while the content loads.
        var loadingTemplates = Task.Run(() => TemplateSet.Load(options.TemplatesDirectory, ContentLoader.DisplayPath(options.TemplatesDirectory), diagnostics));
        var content = Timed("load content", () => ContentLoader.Load(options.ContentDirectory, options.BaseUrl, diagnostics));
        var templates = Timed("load templates (beside content)", () => loadingTemplates.Result);
        var edition = Edition(options, diagnostics);
        if (templates is null || content is null || diagnostics.HasErrors) return Stop();

        // 2. Model: ordering, years, tags, neighbours, cross-references.
        var model = Timed("model", () => SiteModelBuilder.Build(content, diagnostics));
        if (diagnostics.HasErrors) return Stop();
        // A one-shot build lets go of what it loaded as soon as it can: the statements' Markdown is
        // handed to Render, which releases each body once rendered (the loaded content, which holds the
        // same text, goes too). `serve` keeps both for its incremental updates.
        var knownTags = content.Tags.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        MarkdownSources? sources = null;
        if (!keep) (model, sources) = MarkdownSources.TakeFrom(model);
        content = null;

        // 3–5. Render → Post-process → Output, page by page.
        string? outputError = null;
        using var staged = writeSite ? StagedSite.Begin(options.OutputDirectory, [options.ContentDirectory, options.TemplatesDirectory], out outputError) : null;
        if (outputError is not null)
        {
            diagnostics.Add(ContentLoader.DisplayPath(options.OutputDirectory), 1, 0, outputError);
            return Stop();
        }
        var files = new FileCounter(staged);
        var postProcess = new PostProcessor(files, model.Site.BaseUrl, options.Offline, diagnostics);
        var bodies = Timed("render, scan, write", () => SiteRenderer.Render(model, templates, edition, diagnostics, postProcess, keepBodies: keep, sources, timings));
        // A page that failed to render would also show as a broken link: report the cause only.
        if (!diagnostics.HasErrors) timings.Time("check links", postProcess.Finish);
        if (!diagnostics.HasErrors && staged is not null) timings.Time("swap in", staged.Commit);
        return diagnostics.HasErrors || bodies is null
            ? Stop(files)
            : Stop(files) with { Kept = new RenderedSite(model, templates, edition, knownTags, bodies) };
    }

    private static SiteEdition Edition(BuildOptions options, DiagnosticBag diagnostics)
    {
        if (options.Offline) return SiteEdition.Offline;
        if (options.Zip is null) return SiteEdition.Web;
        if (!File.Exists(options.Zip))
        {
            diagnostics.Add(ContentLoader.DisplayPath(options.Zip), 1, 0, "--zip names no file; build it first with: zip --output FILE");
            return SiteEdition.Web;
        }
        return SiteEdition.Web with { Zip = new DownloadableZip(Path.GetFileName(options.Zip), File.ReadAllBytes(options.Zip)) };
    }
}
