using Microsoft.Playwright;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// Shared by the browser tests: the real generator builds two sites once into a temp folder (the
/// repository's content/, and the small <see cref="SearchTestContent"/> archive), a loopback HTTP
/// server serves that folder (so each site sits under a sub-path, as on GitHub Pages), and one
/// headless system Chromium is driven by Playwright. Nothing is downloaded: Playwright's driver
/// ships in its NuGet package and the browser is the one the machine has (.ci/run installs it).
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string RepoSite = "repo-site";
    public const string SmallSite = "small-site";


    private readonly TempDirectory _temp = new();
    private StaticSiteServer? _server;
    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>http://127.0.0.1:PORT/ — the folder holding both sites.</summary>
    public string HttpRoot => _server!.BaseUrl;

    public async Task InitializeAsync()
    {
        Build(RepoSite);
        SearchTestContent.Write(_temp, "small-content");
        Build(SmallSite, "--content", _temp.Path("small-content"));
        _server = new StaticSiteServer(_temp.Root);

        (_playwright, Browser) = await Chromium.LaunchAsync();
    }

    /// <summary>A page of a built site, over HTTP: e.g. Http(SmallSite, "search/?q=x").</summary>
    public string Http(string site, string path) => $"{HttpRoot}{site}/{path}";

    /// <summary>A page opened from disk, as from the unzipped offline build (a folder does not open its index.html there).</summary>
    public string FileUrl(string site, string path) => new Uri(_temp.Path(site) + "/").AbsoluteUri + path;

    private void Build(string site, params string[] extra)
    {
        var run = Generator.Execute(Repo.Root, ["build", "--output", _temp.Path(site), .. extra]);
        if (run.ExitCode != 0) throw new InvalidOperationException($"build of {site} failed: {run.Stderr}");
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
        _server?.Dispose();
        _temp.Dispose();
    }
}
