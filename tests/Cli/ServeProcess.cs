using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace StatementArchive.Tests.Cli;

/// <summary>The real `serve` on a free port, its output (stdout and stderr) collected line by line.</summary>
public sealed class ServeProcess : IAsyncDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _lines = new();

    private ServeProcess(Process process, int port)
    {
        _process = process;
        Http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(10) };
    }

    public HttpClient Http { get; }

    public IReadOnlyList<string> Lines => _lines.ToList();

    /// <summary>Starts `serve` in <paramref name="projectRoot"/> and waits for its first build.</summary>
    public static async Task<ServeProcess> Start(string projectRoot)
    {
        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = projectRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
        foreach (var arg in new[] { "serve", "--port", port.ToString() }) start.ArgumentList.Add(arg);
        var process = new Process { StartInfo = start };
        var serve = new ServeProcess(process, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) serve._lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) serve._lines.Enqueue(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await serve.WaitForLine(line => line.StartsWith("Serving ", StringComparison.Ordinal));
        return serve;
    }

    /// <summary>Waits until some output line so far matches (the first such line is returned).</summary>
    public async Task<string> WaitForLine(Func<string, bool> match)
    {
        var clock = Stopwatch.StartNew();
        while (true)
        {
            if (_lines.FirstOrDefault(match) is { } line) return line;
            if (_process.HasExited) throw new InvalidOperationException("serve stopped:\n" + string.Join('\n', _lines));
            if (clock.Elapsed > Patience) throw new TimeoutException("serve did not print the line in time:\n" + string.Join('\n', _lines));
            await Task.Delay(100);
        }
    }

    /// <summary>Waits until <paramref name="condition"/> holds (say a page shows an edit that may take two updates to land).</summary>
    public async Task WaitUntil(Func<Task<bool>> condition)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (_process.HasExited) throw new InvalidOperationException("serve stopped:\n" + string.Join('\n', _lines));
            if (clock.Elapsed > Patience) throw new TimeoutException("the condition did not hold in time:\n" + string.Join('\n', _lines));
            await Task.Delay(100);
        }
    }

    /// <summary>Makes a change and waits until a full build has put it in place.</summary>
    public async Task FullBuildAfter(Action change)
    {
        var builds = Count();
        change();
        await WaitForLine(_ => Count() > builds);
        int Count() => _lines.Count(l => l.StartsWith("Built ", StringComparison.Ordinal));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public async ValueTask DisposeAsync()
    {
        Http.Dispose();
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
    }
}
