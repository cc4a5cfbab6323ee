using StatementArchive.Commands;
using StatementArchive.Diagnostics;

namespace StatementArchive.Tests.Import;

/// <summary>The import command on a real temporary content folder.</summary>
public sealed class ImportCommandTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("import-test-").FullName;
    private readonly string _seed = System.IO.Path.Combine(GoldenCase.CasesDirectory, "001-nac-referenda-email", "input.txt");

    private string Content => System.IO.Path.Combine(_root, "content");

    private string Statement => System.IO.Path.Combine(Content, "statements", "2022",
        "2022-09-22-statement-north-atlantic-council-called-referenda-parts-ukraine.md");

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private (int Code, string Output, string Errors) Run(bool force = false, bool dryRun = false, params string[] inputs)
    {
        var output = new StringWriter();
        var errors = new StringWriter();
        var code = ImportCommand.Run(new ImportOptions(inputs.Length > 0 ? inputs : [_seed], Content, force, dryRun), output, errors);
        return (code, output.ToString(), errors.ToString());
    }

    [Fact]
    public void Imports_then_refuses_to_overwrite_then_overwrites_with_force()
    {
        var first = Run();
        Assert.Equal(ExitCodes.Ok, first.Code);
        Assert.True(File.Exists(Statement));
        Assert.Equal(File.ReadAllBytes(_seed), File.ReadAllBytes(System.IO.Path.Combine(Content, "sources", "input.txt")));

        File.WriteAllText(Statement, "hand-corrected\n");
        var second = Run();
        Assert.Equal(ExitCodes.ContentErrors, second.Code);
        Assert.Contains(":1: error: ", second.Errors);
        Assert.Contains("exists; pass --force to overwrite", second.Errors);
        Assert.Equal("hand-corrected\n", File.ReadAllText(Statement));

        var forced = Run(force: true);
        Assert.Equal(ExitCodes.Ok, forced.Code);
        Assert.StartsWith("---\ntitle: Statement by the North Atlantic Council", File.ReadAllText(Statement));
    }

    [Fact]
    public void Dry_run_prints_and_writes_nothing()
    {
        var result = Run(dryRun: true);
        Assert.Equal(ExitCodes.Ok, result.Code);
        Assert.Contains("reference: PR (2022) 125", result.Output);
        Assert.Contains("dropped", result.Output);
        Assert.False(Directory.Exists(Content));
    }

    [Fact]
    public void Bad_files_give_one_line_errors_and_the_others_still_import()
    {
        var inputs = System.IO.Path.Combine(_root, "raw");
        Directory.CreateDirectory(inputs);
        File.WriteAllBytes(System.IO.Path.Combine(inputs, "a-latin1.txt"), [0x53, 0x74, 0x0A, 0xE9, 0x74, 0xE9, 0x0A]);
        File.WriteAllText(System.IO.Path.Combine(inputs, "b-no-date.txt"), "Statement by the Council on peace\n\nWe condemn in the strongest possible terms the attack on our partner.\n");
        File.Copy(_seed, System.IO.Path.Combine(inputs, "c-seed.txt"));

        var result = Run(inputs: inputs);
        Assert.Equal(ExitCodes.ContentErrors, result.Code);
        var lines = result.Errors.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains("a-latin1.txt:2: error: not UTF-8 text", lines[0]);
        Assert.Contains("b-no-date.txt:1: error: no issue date found", lines[1]);
        Assert.True(File.Exists(Statement));
    }

    [Fact]
    public void Missing_input_is_a_usage_error()
    {
        var result = Run(inputs: System.IO.Path.Combine(_root, "nowhere"));
        Assert.Equal(ExitCodes.Usage, result.Code);
        Assert.Contains("no such file or folder", result.Errors);
    }
}
