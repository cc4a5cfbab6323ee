using System.Diagnostics;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Output;

/// <summary>A build killed with SIGKILL at any moment leaves the previous site whole (or, if it got that far, the new one).</summary>
public class KilledBuildTests
{
    [Fact]
    public void Killing_a_build_at_any_moment_leaves_a_whole_site()
    {
        using var temp = new TempDirectory();
        SyntheticContent.Write(temp.Path("content"), 300);
        var templates = Repo.Path("templates");
        Assert.Equal(0, Generator.Execute(temp.Root, "build", "--templates", templates).ExitCode);
        var before = SiteBuildFixture.HashTree(temp.Path("_site"));

        // The next build differs (one more statement), so the site after each kill must be one of two.
        SyntheticContent.Write(temp.Path("content"), 301);
        Assert.Equal(0, Generator.Execute(temp.Root, "build", "--templates", templates, "--output", temp.Path("expected")).ExitCode);
        var after = SiteBuildFixture.HashTree(temp.Path("expected"));

        var outcomes = new List<string>();
        foreach (var delay in new[] { 400, 1000, 1600, 2300, 3000 })
        {
            var start = new ProcessStartInfo("dotnet") { WorkingDirectory = temp.Root, RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "generator.dll"));
            foreach (var arg in new[] { "build", "--templates", templates }) start.ArgumentList.Add(arg);
            using var process = Process.Start(start)!;
            Thread.Sleep(delay);
            if (!process.HasExited) process.Kill(entireProcessTree: true); // SIGKILL on Linux: no cleanup runs
            process.WaitForExit();

            var now = SiteBuildFixture.HashTree(temp.Path("_site"));
            Assert.True(now == before || now == after, $"after a kill at {delay} ms _site is neither the old site nor the new one");
            outcomes.Add(now == before ? "old" : "new");
            if (now == after) // start again from the old site for the next moment
            {
                SyntheticContent.Write(temp.Path("content"), 300);
                File.Delete(Directory.GetFiles(temp.Path("content"), "*-statement-300.md", SearchOption.AllDirectories).Single());
                Assert.Equal(0, Generator.Execute(temp.Root, "build", "--templates", templates).ExitCode);
                Assert.Equal(before, SiteBuildFixture.HashTree(temp.Path("_site")));
                SyntheticContent.Write(temp.Path("content"), 301);
            }
        }
        Assert.Contains("old", outcomes); // the kills did land mid-build
    }
}
