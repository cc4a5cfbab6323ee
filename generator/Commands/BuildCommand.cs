using StatementArchive.Diagnostics;

namespace StatementArchive.Commands;

/// <summary>`build` and `check`: the site pipeline, with or without writing the site.</summary>
public static class BuildCommand
{
    public static int Run(BuildOptions options, bool writeSite)
    {
        var result = SitePipeline.Run(options, writeSite);
        if (options.Timings)
        {
            foreach (var (stage, time, cpu, peak) in result.Timings)
                Console.Error.WriteLine($"{stage,-32}{time.TotalSeconds,8:F3} s  cpu {cpu.TotalSeconds,7:F3} s  peak memory {peak / (1 << 20),6:N0} MiB");
            // Garbage collection runs on the building threads: its share tells whether allocation is the lever.
            Console.Error.WriteLine($"{"(GC pauses)",-32}{GC.GetTotalPauseDuration().TotalSeconds,8:F3} s  collections gen0/1/2: {GC.CollectionCount(0)}/{GC.CollectionCount(1)}/{GC.CollectionCount(2)}, allocated {GC.GetTotalAllocatedBytes() / (1 << 20):N0} MiB");
            // Methods compiled while building (ReadyToRun code covers the rest): what a build pays for starting up.
            Console.Error.WriteLine($"{"(JIT)",-32}{System.Runtime.JitInfo.GetCompilationTime().TotalSeconds,8:F3} s  methods compiled: {System.Runtime.JitInfo.GetCompiledMethodCount():N0}");
        }
        if (result.Diagnostics.Count > 0)
        {
            DiagnosticPrinter.Write(result.Diagnostics, Console.Error, writeSite ? "the previous site was left as it was" : "nothing was written");
            return ExitCodes.ContentErrors;
        }

        Console.WriteLine(writeSite
            ? $"Built {result.HtmlPages} pages and {result.OtherFiles} other files into {options.OutputDirectory}/."
            : $"Checked {result.HtmlPages} pages: no errors.");
        return ExitCodes.Ok;
    }
}
