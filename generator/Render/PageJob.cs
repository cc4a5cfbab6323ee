namespace StatementArchive.Render;

/// <summary>One output file to render: which template, with which view, for which content file (named in errors).</summary>
/// <param name="Path">Output path relative to the site root, e.g. <c>statements/2022/x/index.html</c>.</param>
/// <param name="MakeView">Makes the view when the page is rendered: listing every job of a large site (or picking out the
/// few a one-file change touches, in `serve`) then costs next to nothing, and views are built on the rendering threads.</param>
public sealed record PageJob(string Path, string Template, Func<object> MakeView, string? ContentPath)
{
    /// <summary>A job whose view is already made (small pages, or views that must take data before it is released).</summary>
    public PageJob(string path, string template, object view, string? contentPath) : this(path, template, () => view, contentPath)
    {
    }

    public object View => MakeView();
}
