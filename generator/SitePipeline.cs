using StatementArchive.Diagnostics;
using StatementArchive.Load;
using StatementArchive.Model;
using StatementArchive.Output;
using StatementArchive.PostProcess;
using StatementArchive.Render;

namespace StatementArchive;

/// <summary>
/// The stages of a build, in order. Load and Output do the file I/O; Model, Render and Post-process
/// are pure. `check` is this pipeline without Output. Each stage runs only if the ones before it
/// were clean, but within a stage every file is checked, so one run reports every problem.
/// </summary>
public static class SitePipeline
{
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, RenderedSite? Site, IReadOnlyList<(string Stage, TimeSpan Time)> Timings);

    private static SiteEdition Edition(Commands.BuildOptions options, DiagnosticBag diagnostics)
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

    public static Result Run(Commands.BuildOptions options, bool writeSite)
    {
        var diagnostics = new DiagnosticBag();
        var timings = new List<(string, TimeSpan)>();
        var clock = System.Diagnostics.Stopwatch.StartNew();
        T Timed<T>(string stage, Func<T> run)
        {
            var start = clock.Elapsed;
            var result = run();
            timings.Add((stage, clock.Elapsed - start));
            return result;
        }
        Result Stop(RenderedSite? site = null) => new(diagnostics.Sorted(), site, timings);

        // 1. Load: templates and content, parsed and validated.
        var templates = Timed("load templates", () => TemplateSet.Load(options.TemplatesDirectory, ContentLoader.DisplayPath(options.TemplatesDirectory), diagnostics));
        var content = Timed("load content", () => ContentLoader.Load(options.ContentDirectory, options.BaseUrl, diagnostics));
        var edition = Edition(options, diagnostics);
        if (templates is null || content is null || diagnostics.HasErrors) return Stop();

        // 2. Model: ordering, years, tags, neighbours.
        var model = Timed("model", () => SiteModelBuilder.Build(content, diagnostics));
        if (diagnostics.HasErrors) return Stop();

        // 3. Render: Markdown bodies, then pages through templates.
        var rendered = Timed("render", () => SiteRenderer.Render(model, templates, edition, diagnostics));
        if (diagnostics.HasErrors) return Stop();

        // 4. Post-process: minify, check links.
        var site = Timed("post-process", () => PostProcessor.Run(rendered, model.Site.BaseUrl, options.Offline, diagnostics));
        if (diagnostics.HasErrors || !writeSite) return Stop(site);

        // 5. Output: write aside, then swap.
        var error = Timed("write", () => SiteWriter.Write(site, options.OutputDirectory, [options.ContentDirectory, options.TemplatesDirectory]));
        if (error is not null) diagnostics.Add(ContentLoader.DisplayPath(options.OutputDirectory), 1, 0, error);
        return Stop(site);
    }
}
