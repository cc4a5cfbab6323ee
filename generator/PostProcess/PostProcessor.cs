using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.PostProcess;

/// <summary>The Post-process stage: minify, then check every internal link of what will be shipped.</summary>
public static class PostProcessor
{
    /// <param name="offline">The copy read from disk: a link to a folder is broken there.</param>
    public static RenderedSite Run(RenderedSite site, string baseUrl, bool offline, DiagnosticBag diagnostics)
    {
        var pages = new Page[site.Pages.Count];
        Parallel.For(0, pages.Length, i => pages[i] = site.Pages[i].IsHtml ? Minifier.Html(site.Pages[i], diagnostics) : site.Pages[i]);
        var staticFiles = site.StaticFiles.Select(f => Minifier.Asset(f, diagnostics)).ToList();
        LinkChecker.Check(pages, staticFiles, baseUrl, offline, diagnostics);
        return new RenderedSite(pages, staticFiles);
    }
}
