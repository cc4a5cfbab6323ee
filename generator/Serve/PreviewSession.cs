using System.Diagnostics;
using System.Globalization;
using StatementArchive.Commands;

namespace StatementArchive.Serve;

/// <summary>
/// What `serve` knows between rebuilds: the last good build, kept in memory. A change to one existing
/// statement goes through <see cref="IncrementalBuild"/>; anything else, or a change it declines, is a full
/// build into a fresh folder. Errors are printed and the last good site stays in place.
/// </summary>
public sealed class PreviewSession(BuildOptions build, PreviewServer server)
{
    private Render.RenderedSite? _site;

    /// <summary>A file whose errors are on screen (or "" after a failed full build): until it is fixed, other changes
    /// take the full build, so no error is forgotten behind a quick update of another file.</summary>
    private string? _failed;

    /// <summary>The feeds, search index and exports are rewritten after the pages are visible, in this order of updates;
    /// the search index and exports (seconds at 10,000 statements) only by the latest, since each rewrites them whole.</summary>
    private Task _refresh = Task.CompletedTask;
    private int _latestUpdate;

    /// <param name="changedPaths">Full paths the file watchers reported since the last rebuild.</param>
    public void Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        if (_site is not null && changedPaths.Count == 1 && (_failed is null || _failed == changedPaths.First())
            && TryIncremental(_site, changedPaths.First())) return;
        FullBuild();
    }

    /// <summary>Lets the last refresh finish (before the preview folder is deleted).</summary>
    public void Finish() => _refresh.Wait();

    public void FullBuild()
    {
        // No late write may land in the fresh folder this build swaps in.
        _refresh.Wait();
        var clock = Stopwatch.StartNew();
        var result = SitePipeline.Run(build, writeSite: true, keep: true);
        foreach (var diagnostic in result.Diagnostics) Console.Error.WriteLine(diagnostic);
        if (result.Diagnostics.Count > 0)
        {
            Console.Error.WriteLine($"{result.Diagnostics.Count} error(s); still showing the last good build.");
            _failed = "";
            return;
        }
        (_site, _failed) = (result.Kept, null);
        server.SiteChanged();
        Console.WriteLine($"Built {Count(result.HtmlPages + result.OtherFiles)} files in {Count(clock.ElapsedMilliseconds)} ms.");
    }

    /// <returns>False when the change needs a full build.</returns>
    private bool TryIncremental(Render.RenderedSite site, string changedFile)
    {
        var clock = Stopwatch.StartNew();
        var output = new LiveSiteWriter(build.OutputDirectory);
        switch (IncrementalBuild.Update(site, build.ContentDirectory, changedFile, output))
        {
            case IncrementalBuild.Failed failed:
                foreach (var diagnostic in failed.Diagnostics) Console.Error.WriteLine(diagnostic);
                Console.Error.WriteLine($"{failed.Diagnostics.Count} error(s); still showing the last good build.");
                _failed = changedFile;
                return true;
            case IncrementalBuild.Updated updated:
                (_site, _failed) = (updated.Site, null);
                server.SiteChanged();
                Console.WriteLine($"Updated 1 statement: {Count(updated.Pages)} page{(updated.Pages == 1 ? "" : "s")} in {Count(clock.ElapsedMilliseconds)} ms.");
                RefreshLater(updated, output);
                return true;
            case IncrementalBuild.NeedsFullBuild full:
                Console.WriteLine($"Full build: {full.Reason}.");
                return false;
            default:
                throw new InvalidOperationException("unknown outcome");
        }
    }

    private void RefreshLater(IncrementalBuild.Updated updated, LiveSiteWriter output)
    {
        var (previous, number) = (_refresh, Interlocked.Increment(ref _latestUpdate));
        _refresh = Task.Run(async () =>
        {
            await previous;
            var clock = Stopwatch.StartNew();
            try
            {
                IncrementalBuild.RefreshFeeds(updated, output);
                if (number != Volatile.Read(ref _latestUpdate)) return;
                IncrementalBuild.RefreshSearchAndExports(updated, output);
                Console.WriteLine($"Refreshed feeds, search index and exports in {Count(clock.ElapsedMilliseconds)} ms.");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"error: could not refresh the search index and exports ({e.Message}); the next full build will");
            }
        });
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
