using StatementArchive.Tests.EndToEnd;

namespace StatementArchive.Tests.Cli;

/// <summary>
/// The build reads back every page's links and ids; a broken one, written by a maintainer in a body or in
/// a template, fails the build naming the file, the page and the link, and leaves the previous site alone.
/// </summary>
public class BrokenLinkTests
{
    [Fact]
    public void Broken_links_in_bodies_and_templates_fail_the_build_naming_page_and_link()
    {
        using var project = new TempProject();
        Assert.Equal(0, project.Run("build").ExitCode);
        var before = SiteBuildFixture.HashTree(project.Path("_site"));

        project.AddStatement("2022/links.md", "Links", "2022-10-01", "statement",
            "See [a missing paragraph](#p9), [a missing tag](../../../tags/no-such-tag/) and [a good one](#p1).");
        var statement = File.ReadAllText(project.Path("templates", "statement.html"));
        project.Write("templates/statement.html", statement.Replace("</article>", "<a href=\"{{ layout.nav.tags }}#no-such-id\">tags</a></article>", StringComparison.Ordinal));
        var run = project.Run("build");

        Assert.True(run.ExitCode == 1, run.Stderr);
        Assert.True(run.ErrorLines.Length == 4, run.Stderr);
        var page = "statements/2022/links/index.html";
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"content/statements/2022/links.md:1: error: page {page}: link \"#p9\" has no target: no id \"p9\" on this page", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.StartsWith($"content/statements/2022/links.md:1: error: page {page}: link \"../../../tags/no-such-tag/\" leads to tags/no-such-tag/index.html, which the build does not contain", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, l => l.Contains("link \"../../../tags/#no-such-id\" has no target: tags/index.html has no id \"no-such-id\"", StringComparison.Ordinal));
        Assert.DoesNotContain(run.ErrorLines, l => l.Contains("#p1", StringComparison.Ordinal));
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("_site")));
    }
}
