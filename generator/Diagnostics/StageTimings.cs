using System.Diagnostics;

namespace StatementArchive.Diagnostics;

/// <summary>One stage of a build: how long it took, the processor time it used (more than its time when it ran on several cores), and the process's peak memory when it ended.</summary>
public readonly record struct StageTiming(string Stage, TimeSpan Time, TimeSpan Cpu, long PeakBytes);

/// <summary>
/// How long each stage of a build took, for `build --timings`. A stage timed inside another is listed
/// under it, indented, so the render stage can say which of its parts (bodies, search index, pages) the
/// time went to without a profiler; its processor time tells how well it kept the cores busy, and the
/// peak memory where the process's high-water mark rose.
/// </summary>
public sealed class StageTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<StageTiming> _stages = [];
    private int _depth;

    /// <summary>In the order the stages began; a stage's parts follow it.</summary>
    public IReadOnlyList<StageTiming> Stages => _stages;

    public T Time<T>(string stage, Func<T> run)
    {
        var at = _stages.Count;
        _stages.Add(new StageTiming(new string(' ', 2 * _depth) + stage, TimeSpan.Zero, TimeSpan.Zero, 0));
        var start = _clock.Elapsed;
        var cpuStart = Environment.CpuUsage.TotalTime;
        _depth++;
        try
        {
            return run();
        }
        finally
        {
            _depth--;
            _stages[at] = _stages[at] with { Time = _clock.Elapsed - start, Cpu = Environment.CpuUsage.TotalTime - cpuStart, PeakBytes = PeakResidentBytes() };
        }
    }

    public void Time(string stage, Action run) => Time(stage, () =>
    {
        run();
        return 0;
    });

    private static long PeakResidentBytes()
    {
        using var process = Process.GetCurrentProcess();
        return process.PeakWorkingSet64;
    }
}
