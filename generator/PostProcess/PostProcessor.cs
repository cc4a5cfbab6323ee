using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>
/// The Post-process stage, between Render and Output: reads each page's ids and links once (AngleSharp's
/// tokenizer), minifies stylesheets and scripts (NUglify), and passes everything on; <see cref="Finish"/>
/// checks the links that lead to other pages once all have passed. Pages are not minified here: their
/// templates were minified once when loaded (<see cref="TemplateMinifier"/>), and Markdig's output is
/// already compact, so minifying 10,000 pages again would cost seconds to save line breaks.
/// </summary>
public sealed class PostProcessor(IPageSink next, string baseUrl, bool offline, DiagnosticBag diagnostics) : IPageSink
{
    private readonly LinkRegistry _links = new(baseUrl, offline);

    public void Add(Page page)
    {
        if (page.IsHtml)
        {
            _links.AddPage(page, PageScanner.Read(page));
        }
        else
        {
            _links.AddFile(page.Path);
        }
        next.Add(page);
    }

    public void Add(StaticFile file)
    {
        file = Minifier.Asset(file, diagnostics);
        _links.AddFile(file.Path);
        next.Add(file);
    }

    public void Finish() => _links.Verify(diagnostics);
}
