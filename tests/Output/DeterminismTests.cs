using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Output;

/// <summary>The same content gives the same bytes, whatever the machine's culture, time zone or file order.</summary>
public class DeterminismTests
{
    [Fact]
    public void Output_does_not_depend_on_culture_or_time_zone()
    {
        using var temp = new TempDirectory();
        string Build(string name, string culture, string zone)
        {
            var environment = new Dictionary<string, string> { ["LANG"] = culture, ["LC_ALL"] = culture, ["TZ"] = zone };
            var run = Generator.Execute(Repo.Root, environment, "build", "--output", temp.Path(name));
            Assert.True(run.ExitCode == 0, run.Stderr);
            return SiteBuildFixture.HashTree(temp.Path(name));
        }

        var reference = Build("en", "en_US.UTF-8", "UTC");
        Assert.Equal(reference, Build("tr", "tr_TR.UTF-8", "Europe/Istanbul"));
        Assert.Equal(reference, Build("de", "de_DE.UTF-8", "America/Los_Angeles"));
    }

    [Fact]
    public void A_build_on_one_processor_gives_the_same_bytes_as_a_parallel_one()
    {
        using var temp = new TempDirectory();
        SyntheticContent.Write(temp.Path("content"), 250);
        string Build(string name, string processors)
        {
            var environment = new Dictionary<string, string> { ["DOTNET_PROCESSOR_COUNT"] = processors };
            var run = Generator.Execute(temp.Root, environment, "build", "--templates", Repo.Path("templates"), "--output", temp.Path(name));
            Assert.True(run.ExitCode == 0, run.Stderr);
            return SiteBuildFixture.HashTree(temp.Path(name));
        }

        Assert.Equal(Build("one-thread", "1"), Build("parallel", "8"));
    }

    [Fact]
    public void Output_does_not_depend_on_the_order_files_were_created_in()
    {
        using var temp = new TempDirectory();
        var files = Directory.GetFiles(Repo.Path("content"), "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(Repo.Path("content"), f)).Order(StringComparer.Ordinal).ToList();
        foreach (var (name, order) in new[] { ("forward", files), ("backward", Enumerable.Reverse(files).ToList()) })
        {
            foreach (var file in order)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(temp.Path(name, "content", file))!);
                File.Copy(Repo.Path("content", file), temp.Path(name, "content", file));
            }
            var run = Generator.Execute(temp.Path(name), "build", "--templates", Repo.Path("templates"));
            Assert.True(run.ExitCode == 0, run.Stderr);
        }
        Assert.Equal(SiteBuildFixture.HashTree(temp.Path("forward", "_site")), SiteBuildFixture.HashTree(temp.Path("backward", "_site")));
    }
}
