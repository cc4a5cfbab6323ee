using System.Diagnostics;

namespace StatementArchive.Diagnostics;

/// <summary>
/// How long each stage of a build took, for `build --timings`. A stage timed inside another is listed
/// under it, indented, so the render stage can say which of its parts (bodies, search index, pages) the
/// time went to without a profiler.
/// </summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Stage, TimeSpan Time, long PeakBytes)> _stages = [];
    private int _depth;

    /// <summary>
    /// In the order the stages began; a stage's parts follow it. PeakBytes is the process's peak resident
    /// memory when the stage ended: the stage where it jumps is the one that holds the most.
    /// </summary>
    public IReadOnlyList<(string Stage, TimeSpan Time, long PeakBytes)> Stages => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        var at = _stages.Count;
        _stages.Add((new string(' ', 2 * _depth) + stage, TimeSpan.Zero, 0));
        var start = _clock.Elapsed;
        _depth++;
        try
        {
            return run();
        }
        finally
        {
            _depth--;
            _stages[at] = (_stages[at].Stage, _clock.Elapsed - start, PeakResidentBytes());
        }
    }

    private static long PeakResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });
}
