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
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, RenderedSite? Site);

    public static Result Run(Commands.BuildOptions options, bool writeSite)
    {
        var diagnostics = new DiagnosticBag();

        // 1. Load: templates and content, parsed and validated.
        var templates = TemplateSet.Load(options.TemplatesDirectory, ContentLoader.DisplayPath(options.TemplatesDirectory), diagnostics);
        var content = ContentLoader.Load(options.ContentDirectory, options.BaseUrl, diagnostics);
        if (templates is null || content is null || diagnostics.HasErrors) return new Result(diagnostics.Sorted(), null);

        // 2. Model: ordering, years, tags, neighbours.
        var model = SiteModelBuilder.Build(content, diagnostics);
        if (diagnostics.HasErrors) return new Result(diagnostics.Sorted(), null);

        // 3. Render: Markdown bodies, then pages through templates.
        var rendered = SiteRenderer.Render(model, templates, diagnostics);
        if (diagnostics.HasErrors) return new Result(diagnostics.Sorted(), null);

        // 4. Post-process: minify, check links.
        var site = PostProcessor.Run(rendered, model.Site.BaseUrl, diagnostics);
        if (diagnostics.HasErrors || !writeSite) return new Result(diagnostics.Sorted(), site);

        // 5. Output: write aside, then swap.
        var error = SiteWriter.Write(site, options.OutputDirectory, [options.ContentDirectory, options.TemplatesDirectory]);
        if (error is not null) diagnostics.Add(ContentLoader.DisplayPath(options.OutputDirectory), 1, 0, error);
        return new Result(diagnostics.Sorted(), site);
    }
}
