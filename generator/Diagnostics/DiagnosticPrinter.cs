namespace StatementArchive.Diagnostics;

/// <summary>
/// Prints a failed run's problems, one a line, then the count and what became of the output. A file
/// with hundreds of the same mistake (a broken link pasted into every paragraph) would bury the other
/// files' problems: each file shows its first <see cref="PerFile"/> and says how many more it has.
/// </summary>
public static class DiagnosticPrinter
{
    public const int PerFile = 20;

    /// <param name="diagnostics">Sorted (<see cref="DiagnosticBag.Sorted"/>): a file's problems are together.</param>
    /// <param name="outcome">What the run did instead, e.g. "the previous site was left as it was".</param>
    public static void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter to, string outcome)
    {
        for (var start = 0; start < diagnostics.Count;)
        {
            var end = start;
            while (end < diagnostics.Count && diagnostics[end].Path == diagnostics[start].Path) end++;
            for (var i = start; i < Math.Min(end, start + PerFile); i++) to.WriteLine(diagnostics[i]);
            if (end - start > PerFile) to.WriteLine($"{diagnostics[start].Path}: … and {end - start - PerFile} more error(s) in this file");
            start = end;
        }
        to.WriteLine($"{diagnostics.Count} error(s); {outcome}.");
    }
}
