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

    /// <summary>http://127.0.0.1:PORT/quality-site/ — what WatchedPage.AssertCleanAsync takes as the site.</summary>
    public string SiteRoot => _server!.BaseUrl + BasePath + "/";

    public string Url(PageKind kind) => SiteRoot + kind.UrlPath;

    /// <summary>Opens a page of this kind and waits until it is as a reader sees it (search results are written by script).</summary>
    public async Task<WatchedPage> OpenAsync(PageKind kind)
    {
        var watched = await WatchedPage.OpenAsync(Browser, Url(kind));
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
