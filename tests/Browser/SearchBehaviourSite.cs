using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// <see cref="SearchBehaviourContent"/> built once by the real generator and served over loopback HTTP
/// (the site under a sub-path, as on GitHub Pages). Chromium is the browser collection's.
/// </summary>
public sealed class SearchBehaviourSite : IDisposable
{
    private const string Site = "behaviour-site";
    private readonly TempDirectory _temp = new();
    private readonly StaticSiteServer _server;

    public SearchBehaviourSite()
    {
        SearchBehaviourContent.Write(_temp, "content");
        var run = Generator.Execute(Repo.Root, "build", "--content", _temp.Path("content"), "--output", _temp.Path(Site));
        if (run.ExitCode != 0) throw new InvalidOperationException("build of the search behaviour site failed: " + run.Stderr);
        _server = new StaticSiteServer(_temp.Root);
    }

    /// <summary>The site's root URL, for <see cref="WatchedPage.AssertCleanAsync"/>.</summary>
    public string Root => $"{_server.BaseUrl}{Site}/";

    public string Http(string path) => Root + path;

    /// <summary>A page opened from disk (a folder does not open its index.html there).</summary>
    public string FileUrl(string path) => new Uri(_temp.Path(Site) + "/").AbsoluteUri + path;

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }
}
