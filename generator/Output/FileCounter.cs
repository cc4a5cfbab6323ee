using StatementArchive.Render;

namespace StatementArchive.Output;

/// <summary>Counts what a build produced, and passes it on (or nowhere, for `check`).</summary>
public sealed class FileCounter(IPageSink? next) : IPageSink
{
    private int _pages;
    private int _others;

    public int HtmlPages => _pages;

    public int OtherFiles => _others;

    public void Add(Page page)
    {
        Interlocked.Increment(ref page.IsHtml ? ref _pages : ref _others);
        next?.Add(page);
    }

    public void Add(StaticFile file)
    {
        Interlocked.Increment(ref _others);
        next?.Add(file);
    }
}
