using System.Diagnostics;
using System.Globalization;

namespace StatementArchive.Serve;

/// <summary>
/// The steps of one rebuild in `serve` and how long each took, printed by `serve --timings`, so a slow
/// preview can be traced to its step (settling, parsing, rendering, writing) without a profiler.
/// </summary>
public sealed class UpdateTimings
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private readonly List<(string Step, double Milliseconds)> _steps = [];
    private double _last;

    /// <summary>Ends the current step under <paramref name="step"/> and starts the next.</summary>
    public void Lap(string step)
    {
        var now = _clock.Elapsed.TotalMilliseconds;
        lock (_steps) _steps.Add((step, now - _last));
        _last = now;
    }

    public override string ToString()
    {
        lock (_steps)
            return string.Join(", ", _steps.Select(s => $"{s.Step} {s.Milliseconds.ToString("0.0", CultureInfo.InvariantCulture)} ms"));
    }
}
