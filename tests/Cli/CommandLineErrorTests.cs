using System.Text.RegularExpressions;
using StatementArchive.Tests.EndToEnd;

namespace StatementArchive.Tests.Cli;

/// <summary>Bad input through the real binary: one line per problem, a meaningful exit code, no stack trace, nothing lost.</summary>
public partial class CommandLineErrorTests
{
    [GeneratedRegex(@"^(content|templates)/[^:\s]+:\d+(:\d+)?: error: \S.*$")]
    private static partial Regex DiagnosticLine();

    private static void AssertCleanErrors(StatementArchive.Tests.Support.Generator.Run run, int expectedErrors)
    {
        Assert.Equal(1, run.ExitCode);
        var lines = run.ErrorLines;
        Assert.DoesNotContain(lines, l => l.TrimStart().StartsWith("at ", StringComparison.Ordinal));
        Assert.Equal(expectedErrors, lines.Count(l => DiagnosticLine().IsMatch(l)));
        Assert.Equal(expectedErrors + 1, lines.Length); // and one summary line
    }

    [Fact]
    public void Bad_front_matter_reports_every_file_and_leaves_the_previous_site_as_it_was()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("build").ExitCode);
        var before = SiteBuildFixture.HashTree(project.Path("_site"));

        project.Write("content/statements/2022/no-title.md", "---\ndate: 2022-01-01\nissuer: NAC\ntype: statement\n---\n\nText.\n");
        project.AddStatement("2022/bad-date.md", "Bad date", "2022-02-30", "statement");
        project.AddStatement("2022/bad-type.md", "Bad type", "2022-01-01", "comunique");
        var run = project.Run("build");

        AssertCleanErrors(run, 3);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/no-title.md:5: error: missing title", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/bad-date.md:3:7: error:", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/bad-type.md:5:7: error: unknown type \"comunique\"", StringComparison.Ordinal));
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("_site")));
    }

    [Fact]
    public void Symbolic_links_in_content_are_errors_and_nothing_outside_is_read_or_published()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("build").ExitCode);
        var before = SiteBuildFixture.HashTree(project.Path("_site"));
        using var outside = new StatementArchive.Tests.Support.TempDirectory();
        var secret = outside.Write("secret.md", "---\ntitle: Secret key\ndate: 2022-01-01\nissuer: Nobody\ntype: statement\n---\n\nTOP-SECRET-42\n");
        File.CreateSymbolicLink(project.Path("content/statements/2022/linked.md"), secret);
        Directory.CreateDirectory(project.Path("content/statements/2023"));
        File.CreateSymbolicLink(project.Path("content/statements/2023/folder"), outside.Root);
        File.CreateSymbolicLink(project.Path("content/raw.txt"), secret);

        var run = project.Run("build");

        AssertCleanErrors(run, 3);
        foreach (var link in new[] { "content/raw.txt", "content/statements/2022/linked.md", "content/statements/2023/folder" })
            Assert.Contains(run.ErrorLines, l => l.StartsWith(link + ":1: error: a symbolic link; content/ is read only", StringComparison.Ordinal));
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("_site")));
        Assert.DoesNotContain("TOP-SECRET-42", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Symbolic_links_in_templates_are_errors_and_the_linked_file_is_not_published()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("build").ExitCode);
        var before = SiteBuildFixture.HashTree(project.Path("_site"));
        using var outside = new StatementArchive.Tests.Support.TempDirectory();
        var secret = outside.Write("id_rsa", "TOP-SECRET-43");
        File.CreateSymbolicLink(project.Path("templates/assets/key.txt"), secret);

        var run = project.Run("build");

        AssertCleanErrors(run, 1);
        Assert.StartsWith("templates/assets/key.txt:1: error: a symbolic link; templates/ is read only from plain files", run.ErrorLines[0]);
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("_site")));
        Assert.DoesNotContain("TOP-SECRET-43", run.Stdout + run.Stderr);
    }

    [Fact]
    public void Markdown_nested_thousands_deep_is_an_error_on_its_line_not_a_crash()
    {
        using var project = new TempProject();
        project.AddStatement("2022/deep.md", "Deep", "2022-01-01", "statement", string.Concat(Enumerable.Repeat("> ", 5000)) + "text");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.StartsWith("content/statements/2022/deep.md:7:1: error: the Markdown is nested too deeply", run.ErrorLines[0]);
    }

    [Fact]
    public void A_file_with_many_problems_shows_its_first_twenty_and_the_count_and_other_files_still_show()
    {
        using var project = new TempProject();
        project.AddStatement("2022/links.md", "Links", "2022-01-01", "statement",
            string.Join("\n\n", Enumerable.Range(1, 50).Select(i => $"See [the text](/statements/2020/missing-{i}/).")));
        project.AddStatement("2022/other.md", "Other", "2022-01-02", "statement", "See [it](/statements/2020/gone/).");
        var run = project.Run("build");

        Assert.Equal(1, run.ExitCode);
        Assert.Equal(20, run.ErrorLines.Count(l => l.StartsWith("content/statements/2022/links.md:", StringComparison.Ordinal) && l.Contains(": error: link to", StringComparison.Ordinal)));
        Assert.Contains("content/statements/2022/links.md: … and 30 more error(s) in this file", run.ErrorLines);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/other.md:8:", StringComparison.Ordinal));
        Assert.Equal("51 error(s); the previous site was left as it was.", run.ErrorLines[^1]);
    }

    [Fact]
    public void A_file_that_is_not_utf8_is_reported_not_crashed_on()
    {
        using var project = new TempProject();
        File.WriteAllBytes(project.Path("content/statements/2022/latin1.md"), [.. "---\ntitle: Caf"u8, 0xE9, .. "\n---\n"u8]);
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.Contains("latin1.md:2: error: not UTF-8 text (byte 15 of the file is 0xE9; the file is probably Windows-1252 or Latin-1)", run.Stderr);
    }

    [Fact]
    public void A_file_saved_as_utf16_is_named_as_such_not_taken_for_binary()
    {
        using var project = new TempProject();
        File.WriteAllBytes(project.Path("content/statements/2022/unicode.md"), [.. System.Text.Encoding.Unicode.GetPreamble(), .. System.Text.Encoding.Unicode.GetBytes("---\ntitle: Café\n---\n")]);
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.Contains("unicode.md:1: error: UTF-16 text", run.Stderr);
    }

    [Fact]
    public void A_template_syntax_error_names_the_template_and_its_line()
    {
        using var project = new TempProject();
        project.Write("templates/tag.html", "<p>\n{{ for x in }}\n</p>\n");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.StartsWith("templates/tag.html:2:13: error: template syntax:", run.ErrorLines[0]);
        Assert.Contains("Expecting <expression>", run.ErrorLines[0]);
    }

    [Fact]
    public void Check_reports_a_template_syntax_error_as_build_does_and_writes_nothing()
    {
        using var project = new TempProject();
        project.Write("templates/tag.html", "<p>\n{{ for x in }}\n</p>\n");
        var run = project.Run("check");
        AssertCleanErrors(run, 1);
        Assert.StartsWith("templates/tag.html:2:13: error: template syntax:", run.ErrorLines[0]);
        Assert.False(Directory.Exists(project.Path("_site")));
    }

    [Fact]
    public void A_folder_the_site_cannot_be_written_to_is_one_line_and_exit_1_not_a_stack_trace()
    {
        using var project = new TempProject();
        project.Write("blocker", "a file where the output folder's parent should be");
        var run = project.Run("build", "--output", "blocker/site");
        Assert.Equal(1, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", run.ErrorLines[0]);
        Assert.Contains("blocker", run.ErrorLines[0]);
        Assert.DoesNotContain("   at ", run.Stderr);
    }

    [Fact]
    public void Two_files_with_the_same_reference_or_the_same_slug_fail_the_build_naming_both()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("build").ExitCode);
        var before = SiteBuildFixture.HashTree(project.Path("_site"));
        const string FrontMatter = "---\ntitle: {0}\ndate: 2022-03-24\nissuer: NATO\ntype: statement\n{1}\n---\n\n{2}\n";
        project.Write("content/statements/2022/a.md", string.Format(FrontMatter, "First", "reference: PR (2022) 061", "One text."));
        project.Write("content/statements/2022/b.md", string.Format(FrontMatter, "Second", "reference: Press Release (2022) 061", "Another text."));
        project.Write("content/statements/2022/c.md", string.Format(FrontMatter, "Third", "slug: same-page", "A third text."));
        project.Write("content/statements/2022/d.md", string.Format(FrontMatter, "Fourth", "slug: same-page", "A fourth text."));

        var run = project.Run("build");

        AssertCleanErrors(run, 2);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/b.md:", StringComparison.Ordinal)
            && l.Contains("content/statements/2022/a.md", StringComparison.Ordinal) && l.Contains("the same reference", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("content/statements/2022/c.md", StringComparison.Ordinal)
            && l.Contains("content/statements/2022/d.md", StringComparison.Ordinal));
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("_site")));
    }

    [Fact]
    public void A_file_with_a_byte_order_mark_and_crlf_line_endings_builds()
    {
        using var project = new TempProject();
        var text = "\uFEFF---\r\ntitle: Saved on Windows\r\ndate: 2023-01-02\r\nissuer: NATO\r\ntype: statement\r\ntags: [ukraine]\r\n---\r\n\r\nFirst line\r\nof a paragraph.\r\n\r\n1. A point.\r\n";
        File.WriteAllText(project.Path("content/statements/2022/windows.md"), text, new System.Text.UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        project.Write("content/tags.yml", "- slug: ukraine\n  label: Ukraine\n");

        var run = project.Run("build");

        Assert.Equal(0, run.ExitCode);
        var page = File.ReadAllText(project.Path("_site/statements/2022/windows/index.html"));
        Assert.Contains("Saved on Windows</h1>", page);
        Assert.Contains("First line of a paragraph.", page.Replace("\n", " "));
        Assert.DoesNotContain("\r", page);
        Assert.DoesNotContain("\uFEFF", page);
    }

    [Theory]
    [InlineData("slug: /etc/cron.d")]
    [InlineData("slug: ../../../outside")]
    [InlineData("aliases: [\"/../../../outside/\"]")]
    [InlineData("aliases: [/tmp/../../outside/]")]
    public void A_slug_or_alias_that_leaves_the_site_is_refused_and_nothing_is_written_outside(string line)
    {
        using var project = new TempProject();
        project.Write("content/statements/2022/escape.md", $"---\ntitle: Escape\ndate: 2022-01-01\nissuer: NATO\ntype: statement\n{line}\n---\n\nText.\n");

        var run = project.Run("build");

        AssertCleanErrors(run, 1);
        Assert.StartsWith("content/statements/2022/escape.md:6:", run.ErrorLines[0]);
        Assert.False(Directory.Exists(project.Path("_site")));
        Assert.Equal(["content", "templates"], Directory.GetFileSystemEntries(project.Root).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(Path.GetDirectoryName(project.Root)!, "outside")));
    }

    [Fact]
    public void A_template_using_a_missing_variable_names_the_template_and_the_content_file()
    {
        using var project = new TempProject();
        project.Write("templates/statement.html", "<h1>{{ title }}</h1>\n<p>{{ subtitle }}</p>\n");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.StartsWith("templates/statement.html:2:", run.ErrorLines[0]);
        Assert.Contains("subtitle", run.ErrorLines[0]);
        Assert.Contains("content/statements/2022/good.md", run.ErrorLines[0]);
    }

    [Fact]
    public void A_template_that_changes_a_builtin_function_is_refused_since_every_page_shares_them()
    {
        using var project = new TempProject();
        project.Write("templates/statement.html", "<h1>{{ title }}</h1>\n{{ string.upcase = 1 }}\n");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.StartsWith("templates/statement.html:2:", run.ErrorLines[0]);
        Assert.Contains("content/statements/2022/good.md", run.ErrorLines[0]);
    }

    [Fact]
    public void A_raw_source_changed_after_import_fails_the_build_and_an_intact_one_is_published()
    {
        using var project = new TempProject();
        project.Write("content/sources/raw.txt", "Raw text as captured.\n");
        var sha = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(project.Path("content/sources/raw.txt"))));
        project.Write("content/statements/2022/sourced.md",
            $"---\ntitle: Sourced\ndate: 2022-09-21\nissuer: NAC\ntype: statement\nsource:\n  file: sources/raw.txt\n  sha256: {sha}\n---\n\nText.\n");
        Assert.Equal(0, project.Run("build").ExitCode);
        Assert.Equal("Raw text as captured.\n", File.ReadAllText(project.Path("_site/sources/raw.txt")));

        project.Write("content/sources/raw.txt", "Raw text, edited.\n");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.Contains("content/sources/raw.txt:1: error: the raw file changed since import", run.Stderr);
    }

    [Fact]
    public void Binary_and_oversized_files_are_refused_with_one_line_each()
    {
        using var project = new TempProject();
        File.WriteAllBytes(project.Path("content/statements/2022/image.md"), [0x89, .. "PNG\r\n"u8, 0x1A, 0x0A, 0, 0, 0, 13]);
        project.Write("content/statements/2022/huge.md", "---\ntitle: Huge\ndate: 2022-01-01\nissuer: NAC\ntype: statement\n---\n\n" + new string('x', 20_000_000));
        var run = project.Run("build");
        AssertCleanErrors(run, 2);
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/image.md:3: error: a binary file", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith("content/statements/2022/huge.md:1: error: the file is 20.0 MB", StringComparison.Ordinal));
    }

    [Fact]
    public void An_alias_redirects_to_its_statement_and_may_not_take_another_page()
    {
        using var project = new TempProject();
        project.Write("content/statements/2022/moved.md",
            "---\ntitle: Moved\ndate: 2022-09-21\nissuer: NAC\ntype: statement\naliases: [/news/2022/moved.html]\n---\n\nText.\n");
        Assert.Equal(0, project.Run("build").ExitCode);
        var redirect = File.ReadAllText(project.Path("_site/news/2022/moved.html"));
        Assert.Contains("url=../../statements/2022/moved/", redirect);
        Assert.Empty(new BuiltSite(project.Path("_site")).BrokenLinks());

        project.Write("content/statements/2022/moved.md",
            "---\ntitle: Moved\ndate: 2022-09-21\nissuer: NAC\ntype: statement\naliases: [/statements/2022/good/]\n---\n\nText.\n");
        var run = project.Run("build");
        AssertCleanErrors(run, 1);
        Assert.Contains("two pages would be written to statements/2022/good/index.html", run.ErrorLines[0]);
    }

    [Fact]
    public void Check_validates_everything_but_writes_nothing()
    {
        using var project = new TempProject();
        var run = project.Run("check");
        Assert.Equal(0, run.ExitCode);
        Assert.False(Directory.Exists(project.Path("_site")));

        project.AddStatement("2022/bad.md", "Bad", "2022-01-01", "speach");
        AssertCleanErrors(project.Run("check"), 1);
    }

    [Fact]
    public void Output_over_the_content_folder_is_refused()
    {
        using var project = new TempProject();
        var before = SiteBuildFixture.HashTree(project.Path("content"));
        var run = project.Run("build", "--output", "content");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("input folder", run.Stderr);
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("content")));
    }

    [Theory]
    [InlineData("build", "--no-such-option")]
    [InlineData("no-such-command")]
    public void Usage_errors_exit_with_2(params string[] args)
    {
        using var project = new TempProject();
        Assert.Equal(2, project.Run(args).ExitCode);
    }
}
