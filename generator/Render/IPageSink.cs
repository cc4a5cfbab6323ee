namespace StatementArchive.Render;

/// <summary>
/// The next stage, fed one file at a time, from several threads: Render hands each page on as soon as
/// it is rendered, so a build holds a page per core in memory rather than the whole site.
/// </summary>
public interface IPageSink
{
    /// <summary>The page's bytes are valid during this call only (see <see cref="Page"/>).</summary>
    void Add(Page page);

    void Add(StaticFile file);
}
