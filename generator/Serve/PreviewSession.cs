using System.Diagnostics;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using StatementArchive.Commands;
using StatementArchive.Diagnostics;
using StatementArchive.Model;

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

    /// <summary>
    /// The quick path alone, for a change that may be half-saved still: true when it was one statement's edit and the
    /// pages showing it are now served; false when it needs more (a full build, or its errors reported), having done nothing.
    /// </summary>
    public bool TryUpdate(IReadOnlyCollection<string> changedPaths, UpdateTimings timings)
    {
        if (!QuickPathOpen(changedPaths, out var site)) return false;
        var clock = Stopwatch.StartNew();
        var output = new LiveSiteWriter(build.OutputDirectory);
        if (IncrementalBuild.Update(site, build.ContentDirectory, changedPaths.First(), output, timings) is not IncrementalBuild.Updated updated) return false;
        Show(updated, output, clock, timings);
        return true;
    }

    /// <param name="changedPaths">Full paths the file watchers reported since the last rebuild.</param>
    /// <param name="timings">Started when the first change was seen; printed after an update under `serve --timings`.</param>
    public void Rebuild(IReadOnlyCollection<string> changedPaths, UpdateTimings timings)
    {
        if (QuickPathOpen(changedPaths, out var site) && TryIncremental(site, changedPaths.First(), timings)) return;
        FullBuild();
    }

    /// <summary>One file changed, and no other file's errors are on screen (they would be forgotten behind a quick update).</summary>
    private bool QuickPathOpen(IReadOnlyCollection<string> changedPaths, [NotNullWhen(true)] out Render.RenderedSite? site)
    {
        site = _site;
        return site is not null && changedPaths.Count == 1 && (_failed is null || _failed == changedPaths.First());
    }

    /// <summary>Lets the last refresh finish (before the preview folder is deleted).</summary>
    public void Finish() => _refresh.Wait();

    public void FullBuild()
    {
        // No late write may land in the fresh folder this build swaps in.
        _refresh.Wait();
        var clock = Stopwatch.StartNew();
        var result = SitePipeline.Run(build, writeSite: true, keep: true);
        if (result.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Write(result.Diagnostics, Console.Error, "still showing the last good build");
            _failed = "";
            return;
        }
        // The names statements are mentioned by, made once here rather than at each edit.
        (_site, _failed) = (result.Kept! with { MentionNames = MentionNames.Of(result.Kept!.Model.Statements) }, null);
        server.SiteChanged();
        Console.WriteLine($"Built {Count(result.HtmlPages + result.OtherFiles)} files in {Count(clock.ElapsedMilliseconds)} ms.");
        if (build.Timings) Console.Error.WriteLine("  timings: " + string.Join(", ", result.Timings.Select(t => $"{t.Stage} {Count((long)t.Time.TotalMilliseconds)} ms")));
    }

    /// <returns>False when the change needs a full build.</returns>
    private bool TryIncremental(Render.RenderedSite site, string changedFile, UpdateTimings timings)
    {
        var clock = Stopwatch.StartNew();
        var output = new LiveSiteWriter(build.OutputDirectory);
        switch (IncrementalBuild.Update(site, build.ContentDirectory, changedFile, output, timings))
        {
            case IncrementalBuild.Failed failed:
                DiagnosticPrinter.Write(failed.Diagnostics, Console.Error, "still showing the last good build");
                _failed = changedFile;
                return true;
            case IncrementalBuild.Updated updated:
                Show(updated, output, clock, timings);
                return true;
            case IncrementalBuild.NeedsFullBuild full:
                Console.WriteLine($"Full build: {full.Reason}.");
                return false;
            default:
                throw new InvalidOperationException("unknown outcome");
        }
    }

    private void Show(IncrementalBuild.Updated updated, LiveSiteWriter output, Stopwatch clock, UpdateTimings timings)
    {
        (_site, _failed) = (updated.Site, null);
        server.SiteChanged();
        var pages = $"{Count(updated.Pages)} page{(updated.Pages == 1 ? "" : "s")}";
        Console.WriteLine($"Updated 1 statement: {pages} in {Count(clock.ElapsedMilliseconds)} ms.");
        if (build.Timings) Console.Error.WriteLine($"  timings: {timings}");
        RefreshLater(updated, output);
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
