using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>
/// The Post-process stage, between Render and Output: minifies each page as it arrives (NUglify),
/// reads its ids and links once (AngleSharp's tokenizer) and passes it on; <see cref="Finish"/>
/// checks the links that lead to other pages once all have passed.
/// </summary>
public sealed class PostProcessor(IPageSink next, string baseUrl, bool offline, DiagnosticBag diagnostics) : IPageSink
{
    private readonly LinkRegistry _links = new(baseUrl, offline);

    public void Add(Page page)
    {
        if (page.IsHtml)
        {
            page = Minifier.Html(page, diagnostics);
            _links.AddPage(page, PageScanner.Read(page.Text), diagnostics);
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
