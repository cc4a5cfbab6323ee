namespace StatementArchive.Render;

/// <summary>
/// Every link between pages is made here, in one of two styles. The web build links to folders
/// (<c>../tags/ukraine/</c>), as a static host serves them. The offline build (the zip, opened from
/// disk) links to files (<c>../tags/ukraine/index.html</c>), because a browser shows a folder from
/// file:// as a directory listing, not as its index page.
/// </summary>
public sealed class SiteUrls(bool offline)
{
    public static readonly SiteUrls Web = new(offline: false);
    public static readonly SiteUrls OfflineFiles = new(offline: true);

    public bool Offline { get; } = offline;

    /// <param name="fromFolder">Folder of the page holding the link, "" for the root.</param>
    /// <param name="target">Site path of the target: a folder ending in '/', "" for home, or a file.</param>
    public string Between(string fromFolder, string target)
    {
        var url = RelativeUrl.Between(fromFolder, target);
        if (!Offline || !(target.Length == 0 || target.EndsWith('/'))) return url;
        return url == "./" ? "index.html" : url + "index.html";
    }
}
