using StatementArchive.Diagnostics;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>The Render stage: bodies from Markdown, then every page from its template and view, and the search index.</summary>
public static class SiteRenderer
{
    public static RenderedSite Render(SiteModel model, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownRenderer(model.Index, model.Statements);
        var bodies = new RenderedBody[model.Statements.Count];
        Parallel.For(0, bodies.Length, i => bodies[i] = markdown.Render(model.Statements[i], diagnostics));

        var views = new ViewFactory(model, bodies);
        var search = new SearchPageBuilder(model, bodies, views);
        var jobs = new ListPageBuilder(model, views).Jobs()
            .Concat(new StatementPageBuilder(model, bodies, views).Jobs())
            .Append(search.Job())
            .ToList();
        jobs.AddRange(new MachinePageBuilder(model, bodies, views).Jobs(jobs.Select(j => j.Path).ToList()));

        var pages = PageRenderer.Render(jobs, templates, diagnostics).OfType<Page>().Concat(search.IndexFiles()).ToList();
        var staticFiles = templates.Assets.Select(a => new StaticFile(a.Name, a.Bytes)).ToList();
        return new RenderedSite(pages, staticFiles);
    }
}
