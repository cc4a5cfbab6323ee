using StatementArchive.Diagnostics;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>The Render stage: bodies from Markdown, then every page from its template and view, and the search index.</summary>
public static class SiteRenderer
{
    public static RenderedSite Render(SiteModel model, TemplateSet templates, SiteEdition edition, DiagnosticBag diagnostics)
    {
        var markdown = new MarkdownRenderer(model.Index, model.Statements, edition.Urls);
        var bodies = new RenderedBody[model.Statements.Count];
        Parallel.For(0, bodies.Length, i => bodies[i] = markdown.Render(model.Statements[i], model.Neighbours[i].Mentions, diagnostics));

        var views = new ViewFactory(model, bodies, edition);
        var search = new SearchPageBuilder(model, bodies, views);
        var jobs = new ListPageBuilder(model, views, edition.IsOffline).Jobs()
            .Concat(new ArchivePageBuilder(model, views).Jobs())
            .Concat(new GroupPageBuilder(model, views).Jobs())
            .Concat(new StatementPageBuilder(model, bodies, views).Jobs())
            .Append(search.Job())
            .ToList();
        jobs.AddRange(new MachinePageBuilder(model, bodies, views).Jobs(jobs.Select(j => j.Path).ToList()));

        var pages = PageRenderer.Render(jobs, templates, diagnostics).OfType<Page>().Concat(search.IndexFiles()).ToList();
        var staticFiles = templates.Assets.Select(a => new StaticFile(a.Name, a.Bytes))
            .Concat(model.Sources.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => new StaticFile(s.Key, s.Value)))
            .Concat(new ExportBuilder(model, bodies, views).Files())
            .Concat(edition.Zip is { } zip ? [new StaticFile(zip.FileName, zip.Bytes)] : [])
            .ToList();
        return new RenderedSite(pages, staticFiles);
    }
}
