using Microsoft.Playwright;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// The machine's own Chromium, headless, driven by Playwright: nothing is downloaded (Playwright's
/// driver ships in its NuGet package; .ci/run installs Debian's chromium). The background-networking
/// switches keep Chromium from calling out, which the closed network here would refuse.
/// </summary>
public static class Chromium
{
    public static string Path => Environment.GetEnvironmentVariable("CHROMIUM_PATH") ?? "/usr/bin/chromium";

    private static readonly string[] Args =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--no-first-run"];

    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        if (!File.Exists(Path))
            throw new InvalidOperationException($"{Path} not found: install Debian's chromium (.ci/run does) or set CHROMIUM_PATH");
        var playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = Path, Headless = true, Args = Args });
        return (playwright, browser);
    }
}
