using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Cli;

/// <summary>`serve` as a maintainer uses it: the real binary, a real port, a file edited on disk.</summary>
public class ServeTests
{
    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [Fact]
    public async Task Serve_previews_the_site_and_rebuilds_when_content_or_a_template_changes()
    {
        using var project = new TempProject();
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
        foreach (var arg in new[] { "serve", "--port", port.ToString() }) start.ArgumentList.Add(arg);
        using var server = Process.Start(start)!;
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            var home = await Eventually(() => http.GetStringAsync(""), html => html.Contains("Good statement"));
            Assert.Contains("/__preview/reload.js", home);
            Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("no/such/page/")).StatusCode);
            var version = await http.GetStringAsync("__preview/version");

            project.AddStatement("2022/good.md", "Good statement, corrected", "2022-09-22", "statement");

            version = await Eventually(() => http.GetStringAsync("__preview/version"), v => v != version);
            Assert.Contains("Good statement, corrected", await http.GetStringAsync(""));

            // A template is watched too: the edit reaches every page that includes it.
            var footer = project.Path("templates", "_footer.html");
            File.WriteAllText(footer, File.ReadAllText(footer).Replace("</footer>", "<p>Edited footer 81</p></footer>", StringComparison.Ordinal));
            await Eventually(() => http.GetStringAsync("__preview/version"), v => v != version);
            Assert.Contains("Edited footer 81", await http.GetStringAsync(""));
            Assert.Contains("Edited footer 81", await http.GetStringAsync("statements/2022/good/"));
        }
        finally
        {
            server.Kill(entireProcessTree: true);
        }
    }

    private static async Task<string> Eventually(Func<Task<string>> read, Func<string, bool> done)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                var value = await read();
                if (done(value)) return value;
            }
            catch (HttpRequestException) when (clock.Elapsed < TimeSpan.FromSeconds(30)) { }
            if (clock.Elapsed > TimeSpan.FromSeconds(30)) throw new TimeoutException("serve did not get there in 30 s");
            await Task.Delay(200);
        }
    }
}
