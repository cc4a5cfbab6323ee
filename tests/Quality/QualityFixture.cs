using Microsoft.Playwright;
using StatementArchive.Tests.Browser;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// Builds <see cref="QualityTestContent"/> once with the real generator, serves it on the loopback
/// server under the base path its site.yml names (so the 404 page's root-absolute links resolve, as on
/// GitHub Pages), and starts one headless system Chromium.
/// </summary>
public sealed class QualityFixture : IAsyncLifetime
{
    public const string BasePath = "quality-site";


    private readonly TempDirectory _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public BuiltSite Site { get; private set; } = null!;

    /// <summary>The same content as the offline reader gets it: the real zip, unzipped.</summary>
    public BuiltSite OfflineSite { get; private set; } = null!;

    /// <summary>file:///…/ of the unzipped offline copy: opened from disk, as its readers open it.</summary>
    public string OfflineRoot => new Uri(OfflineSite.Root + "/").AbsoluteUri;

    /// <summary>A page of this kind in the offline copy: a file, never a folder.</summary>
    public Task<WatchedPage> OpenOfflineAsync(PageKind kind) => OpenAtAsync(OfflineRoot + kind.File + kind.Query, kind);

    /// <summary>http://127.0.0.1:PORT/quality-site/ — what WatchedPage.AssertCleanAsync takes as the site.</summary>
    public string SiteRoot => _server!.BaseUrl + BasePath + "/";

    public string Url(PageKind kind) => SiteRoot + kind.UrlPath;

    /// <summary>Opens a page of this kind and waits until it is as a reader sees it (search results are written by script).</summary>
    public Task<WatchedPage> OpenAsync(PageKind kind) => OpenAtAsync(Url(kind), kind);

    private async Task<WatchedPage> OpenAtAsync(string url, PageKind kind)
    {
        var watched = await WatchedPage.OpenAsync(Browser, url);
        if (kind.Query.Length > 0) await watched.Page.Locator("#search-results > li").First.WaitForAsync();
        return watched;
    }

    /// <summary>Where screenshots go: beside the test binary, kept after the run for a person to look at.</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "quality-screenshots");

    public async Task InitializeAsync()
    {
        QualityTestContent.Write(_temp, "content", BasePath);
        var run = Generator.Execute(Repo.Root, ["build", "--content", _temp.Path("content"), "--output", _temp.Path(BasePath)]);
        if (run.ExitCode != 0) throw new InvalidOperationException($"build of the quality site failed: {run.Stderr}");
        Site = new BuiltSite(_temp.Path(BasePath));
        var zip = Generator.Execute(Repo.Root, ["zip", "--content", _temp.Path("content"), "--output", _temp.Path("offline.zip")]);
        if (zip.ExitCode != 0) throw new InvalidOperationException($"zip of the quality site failed: {zip.Stderr}");
        System.IO.Compression.ZipFile.ExtractToDirectory(_temp.Path("offline.zip"), _temp.Path("unzipped"));
        OfflineSite = new BuiltSite(_temp.Path("unzipped", "offline"));
        _server = new StaticSiteServer(_temp.Root);

        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _temp.Dispose();
    }
}
