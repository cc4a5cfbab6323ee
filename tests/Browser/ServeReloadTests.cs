using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Microsoft.Playwright;
using StatementArchive.Tests.Cli;

namespace StatementArchive.Tests.Browser;

/// <summary>`serve` with a page open in Chromium: an edit on disk shows in the open page without touching the browser.</summary>
[Collection(BrowserCollection.Name)]
public class ServeReloadTests(BrowserFixture fixture)
{
    [Fact]
    public async Task An_edited_statement_reloads_in_the_open_page()
    {
        using var project = new TempProject();
        int port;
        using (var probe = new TcpListener(IPAddress.Loopback, 0)) { probe.Start(); port = ((IPEndPoint)probe.LocalEndpoint).Port; }
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
        foreach (var arg in new[] { "serve", "--port", port.ToString() }) start.ArgumentList.Add(arg);
        using var server = Process.Start(start)!;
        try
        {
            var home = $"http://127.0.0.1:{port}/";
            using (var http = new HttpClient())
            {
                for (var i = 0; i < 150; i++)
                {
                    try { if ((await http.GetAsync(home)).IsSuccessStatusCode) break; }
                    catch (HttpRequestException) { }
                    await Task.Delay(200);
                }
            }
            await using var watched = await WatchedPage.OpenAsync(fixture.Browser, home);
            await Assertions.Expect(watched.Page.Locator("ol.items h3 a").First).ToHaveTextAsync("Good statement");

            project.AddStatement("2022/good.md", "Good statement, as corrected", "2022-09-22", "statement");

            await Assertions.Expect(watched.Page.Locator("ol.items h3 a").First).ToHaveTextAsync("Good statement, as corrected", new() { Timeout = 30_000 });
            await watched.AssertCleanAsync(home);
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }
}
