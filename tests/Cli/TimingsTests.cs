using System.Text.RegularExpressions;

namespace StatementArchive.Tests.Cli;

/// <summary>`build --timings` says where a build's time and memory went, stage by stage and within the render stage.</summary>
public partial class TimingsTests
{
    [GeneratedRegex(@"^(?<stage> *[a-z][a-z ,()]+?) +(?<time>\d+\.\d{3}) s  cpu +(?<cpu>\d+\.\d{3}) s  peak memory +(?<peak>[\d,]+) MiB$")]
    private static partial Regex StageLine();

    [Fact]
    public void Every_stage_and_every_part_of_rendering_is_timed_with_its_processor_time_and_peak_memory()
    {
        using var project = new TempProject();
        var run = project.Run("build", "--timings");

        Assert.Equal(0, run.ExitCode);
        var stages = run.ErrorLines.Select(l => StageLine().Match(l)).Where(m => m.Success)
            .GroupBy(m => m.Groups["stage"].Value.TrimEnd()).ToDictionary(g => g.Key, g => g.First());
        foreach (var stage in new[] { "load content", "model", "render, scan, write", "  bodies", "  search index, exports", "  pages, assets and sources", "check links", "swap in" })
            Assert.True(stages.ContainsKey(stage), $"no line for \"{stage}\" in:\n{run.Stderr}");
        // A part takes no longer than its stage, and the peak memory only rises.
        Assert.True(double.Parse(stages["  pages, assets and sources"].Groups["time"].Value) <= double.Parse(stages["render, scan, write"].Groups["time"].Value));
        Assert.True(long.Parse(stages["model"].Groups["peak"].Value.Replace(",", "")) <= long.Parse(stages["swap in"].Groups["peak"].Value.Replace(",", "")));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("(GC pauses)", StringComparison.Ordinal) && l.Contains("allocated"));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("(JIT)", StringComparison.Ordinal) && l.Contains("methods compiled"));
    }
}
