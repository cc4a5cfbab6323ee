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

    /// <param name="changedPaths">Full paths the file watchers reported since the last rebuild.</param>
    public void Rebuild(IReadOnlyCollection<string> changedPaths)
    {
        if (_site is not null && changedPaths.Count == 1 && (_failed is null || _failed == changedPaths.First())
            && TryIncremental(_site, changedPaths.First())) return;
        FullBuild();
    }

    public void FullBuild()
    {
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
                clock.Restart();
                IncrementalBuild.RefreshEmbeddedText(updated, output);
                Console.WriteLine($"Refreshed feeds, search index and exports in {Count(clock.ElapsedMilliseconds)} ms.");
                return true;
            case IncrementalBuild.NeedsFullBuild full:
                Console.WriteLine($"Full build: {full.Reason}.");
                return false;
            default:
                throw new InvalidOperationException("unknown outcome");
        }
    }

    private static string Count(long n) => n.ToString("N0", CultureInfo.InvariantCulture);
}
