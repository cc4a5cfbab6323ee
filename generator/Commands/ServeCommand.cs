using System.Collections.Concurrent;
using System.Net;
using System.Runtime.InteropServices;
using StatementArchive.Diagnostics;
using StatementArchive.Serve;

namespace StatementArchive.Commands;

/// <summary>
/// `serve`: builds into a temporary folder, serves it on 127.0.0.1, and rebuilds whenever a file
/// under content/ or templates/ changes (one edited statement quickly, see <see cref="PreviewSession"/>); open
/// pages reload themselves. A build with errors prints them and leaves the last good site in place, so the
/// preview never goes blank while you type.
/// </summary>
public static class ServeCommand
{
    private static readonly TimeSpan QuickQuiet = TimeSpan.FromMilliseconds(15);
    private static readonly TimeSpan SlowQuiet = TimeSpan.FromMilliseconds(100);

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
        var paths = new ConcurrentQueue<string>();
        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, _ => stop.Cancel());
        using var watchers = new CompositeDisposable(
            Watch(options.ContentDirectory, changed, paths), Watch(options.TemplatesDirectory, changed, paths));

        var session = new PreviewSession(build, server);
        session.FullBuild();
        Console.WriteLine($"Serving http://127.0.0.1:{port}/ (rebuilds when content/ or templates/ change; Ctrl+C stops)");
        while (!stop.IsCancellationRequested)
        {
            try { changed.Wait(stop.Token); }
            catch (OperationCanceledException) { break; }
            var timings = new UpdateTimings();
            // An editor saves in a burst (truncate and write, or temp file and rename), its events microseconds apart:
            // a short quiet spell ends it, and one statement's edit is then shown at once.
            var touched = new HashSet<string>(StringComparer.Ordinal);
            SettleFor(QuickQuiet, changed, paths, touched);
            timings.Lap("settle");
            if (session.TryUpdate(touched, timings)) continue;
            // Declined or failed, perhaps because the file was read half-saved: before a full build (seconds) or errors on
            // screen, wait as long as a slow save could take. (Had a quick update read a half-saved file, the rest of the
            // save would have brought another event, and another update.)
            SettleFor(SlowQuiet, changed, paths, touched);
            timings.Lap("settle more");
            session.Rebuild(touched, timings);
        }
        session.Finish();
        Directory.Delete(preview, recursive: true);
        return ExitCodes.Ok;
    }

    /// <summary>Waits until no change has come for <paramref name="quiet"/>, then adds the paths changed so far to <paramref name="touched"/>.</summary>
    private static void SettleFor(TimeSpan quiet, SemaphoreSlim changed, ConcurrentQueue<string> paths, HashSet<string> touched)
    {
        while (changed.Wait(quiet)) { }
        while (paths.TryDequeue(out var path)) touched.Add(path);
    }

    /// <param name="paths">Every path an event names (both names of a rename), so a rebuild knows what changed.</param>
    private static FileSystemWatcher? Watch(string directory, SemaphoreSlim changed, ConcurrentQueue<string> paths)
    {
        if (!Directory.Exists(directory)) return null;
        var watcher = new FileSystemWatcher(directory) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        void Signal(object sender, FileSystemEventArgs e)
        {
            paths.Enqueue(Path.GetFullPath(e.FullPath));
            if (e is RenamedEventArgs renamed) paths.Enqueue(Path.GetFullPath(renamed.OldFullPath));
            changed.Release();
        }
        watcher.Changed += Signal;
        watcher.Created += Signal;
        watcher.Deleted += Signal;
        watcher.Renamed += (s, e) => Signal(s, e);
        // Events lost to a full buffer name no file: a full build then, whatever the queue holds.
        watcher.Error += (_, _) => { paths.Enqueue(""); paths.Enqueue("(overflow)"); changed.Release(); };
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
