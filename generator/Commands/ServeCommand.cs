using System.Diagnostics;
using System.Net;
using System.Runtime.InteropServices;
using StatementArchive.Diagnostics;
using StatementArchive.Serve;

namespace StatementArchive.Commands;

/// <summary>
/// `serve`: builds into a temporary folder, serves it on 127.0.0.1, and rebuilds whenever a file
/// under content/ or templates/ changes; open pages reload themselves. A build with errors prints
/// them and leaves the last good site in place, so the preview never goes blank while you type.
/// </summary>
public static class ServeCommand
{
    public static int Run(BuildOptions options, int port)
    {
        var preview = Directory.CreateTempSubdirectory("archive-preview-").FullName;
        var build = options with { OutputDirectory = Path.Combine(preview, "site"), BaseUrl = $"http://127.0.0.1:{port}/" };
        using var server = new PreviewServer(port, () => build.OutputDirectory);
        try
        {
            server.Start();
        }
        catch (HttpListenerException e)
        {
            Console.Error.WriteLine($"error: cannot listen on 127.0.0.1:{port} ({e.Message}); pass another --port");
            return ExitCodes.Usage;
        }

        using var changed = new SemaphoreSlim(0);
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => stop.Cancel());
        using var watchers = new CompositeDisposable(
            Watch(options.ContentDirectory, changed), Watch(options.TemplatesDirectory, changed));

        Rebuild(build, server);
        Console.WriteLine($"Serving http://127.0.0.1:{port}/ (rebuilds when content/ or templates/ change; Ctrl+C stops)");
        while (!stop.IsCancellationRequested)
        {
            try { changed.Wait(stop.Token); }
            catch (OperationCanceledException) { break; }
            // An editor saves in bursts (temp file, rename, touch): wait until it is quiet, then build once.
            Thread.Sleep(100);
            while (changed.Wait(0)) { }
            Rebuild(build, server);
        }
        Directory.Delete(preview, recursive: true);
        return ExitCodes.Ok;
    }

    private static void Rebuild(BuildOptions build, PreviewServer server)
    {
        var clock = Stopwatch.StartNew();
        var result = SitePipeline.Run(build, writeSite: true);
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
        if (result.Diagnostics.Count > 0)
        {
            Console.Error.WriteLine($"{result.Diagnostics.Count} error(s); still showing the last good build.");
            return;
        }
        server.SiteChanged();
        Console.WriteLine($"Built {result.HtmlPages + result.OtherFiles} files in {clock.ElapsedMilliseconds} ms.");
    }

    private static FileSystemWatcher? Watch(string directory, SemaphoreSlim changed)
    {
        if (!Directory.Exists(directory)) return null;
        var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Signal(object sender, FileSystemEventArgs e) => changed.Release();
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += (s, e) => Signal(s, e);
        return watcher;
    }

    private sealed class CompositeDisposable(params IDisposable?[] items) : IDisposable
    {
        public void Dispose()
        {
            foreach (var item in items) item?.Dispose();
        }
    }
}
