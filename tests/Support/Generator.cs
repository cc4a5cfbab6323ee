using System.Diagnostics;

namespace StatementArchive.Tests.Support;

/// <summary>Runs the real generator binary (copied beside the tests by the project reference) as a user would.</summary>
public static class Generator
{
    public sealed record Run(int ExitCode, string Stdout, string Stderr)
    {
        public string[] ErrorLines => Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    public static Run Execute(string workingDirectory, params string[] args) => Execute(workingDirectory, new Dictionary<string, string>(), args);

    /// <param name="environment">Extra environment variables for the process (a culture, a time zone).</param>
    public static Run Execute(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
        foreach (var arg in args) start.ArgumentList.Add(arg);
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (name, value) in environment) start.Environment[name] = value;

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"generator {string.Join(' ', args)} did not finish in 5 minutes");
        }
        return new Run(process.ExitCode, stdout.Result, stderr.Result);
    }
}
