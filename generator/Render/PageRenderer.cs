using Scriban.Runtime;
using Scriban.Syntax;
using StatementArchive.Diagnostics;

namespace StatementArchive.Render;

/// <summary>
/// Renders page jobs through their templates, in parallel (templates are parsed once and shared;
/// each page gets its own context). A template error names the template, its line, and the content
/// file being rendered.
/// </summary>
public static class PageRenderer
{
    /// <summary>
    /// Renders every job, in parallel, handing each page to <paramref name="sink"/> as soon as it is done
    /// and letting go of the job (its view holds the statement's HTML), so memory shrinks as the build goes.
    /// A page's bytes live in its thread's buffer until the thread renders the next (see <see cref="Page"/>).
    /// </summary>
    public static void Render(List<PageJob> jobs, TemplateSet templates, DiagnosticBag diagnostics, IPageSink sink)
    {
        var pending = jobs.ToArray<PageJob?>();
        jobs.Clear();
        Parallel.For(0, pending.Length, i =>
        {
            var job = pending[i]!;
            pending[i] = null;
            if (Render(job, templates, diagnostics) is { } page) sink.Add(page);
        });
    }

    private static void Report(ScriptRuntimeException e, PageJob job, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var file = e.Span.FileName is { Length: > 0 } name ? name : job.Template;
        var rendering = job.ContentPath is null ? $" (rendering {job.Path})" : $" (rendering {job.ContentPath})";
        diagnostics.Add(templates.DisplayPath(file), e.Span.Start.Line + 1, e.Span.Start.Column + 1, $"template: {e.OriginalMessage}{rendering}");
    }

    private static Page? Render(PageJob job, TemplateSet templates, DiagnosticBag diagnostics)
    {
        var template = templates.Find(job.Template);
        if (template is null)
        {
            diagnostics.Add(templates.DisplayPath(job.Template), 1, 0, $"template missing; every site needs {job.Template} in the templates folder");
            return null;
        }

        var context = HtmlTemplateContext.ForThread(templates, escape: !job.Template.EndsWith(".txt", StringComparison.Ordinal));
        context.PushGlobal(ViewGlobals.Of(job.View));
        try
        {
            context.RenderPage(template);
            return new Page(job.Path, PageBytes.Encode(context.PageOutput), job.ContentPath) { Hints = context.Hints };
        }
        catch (ScriptRuntimeException minified) when (templates.AsWritten != templates)
        {
            HtmlTemplateContext.Forget(context);
            // The minified templates' positions are not the file's: render this page again as written, to say where.
            // (That render reports the error itself; should it succeed after all, report the one we have.)
            if (Render(job, templates.AsWritten, diagnostics) is not null) Report(minified, job, templates, diagnostics);
            return null;
        }
        catch (ScriptRuntimeException e)
        {
            HtmlTemplateContext.Forget(context);
            Report(e, job, templates, diagnostics);
            return null;
        }
    }
}
