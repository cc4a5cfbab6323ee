using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Cli;

/// <summary>A raw statement dropped into content/ is published by `build` as it is, without touching content/.</summary>
public class MaintainerLoopTests
{
    [Fact]
    public void A_raw_text_dropped_into_content_is_imported_at_build_and_published_with_its_source()
    {
        using var project = new TempProject();
        File.Copy(Repo.Path("content", "sources", "003_172503ff361b7ab6.txt"), project.Path("content", "new-statement.txt"));
        var before = SiteBuildFixture.HashTree(project.Path("content"));

        var run = project.Run("build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        Assert.Equal(before, SiteBuildFixture.HashTree(project.Path("content")));
        var page = Directory.GetFiles(project.Path("_site", "statements", "2022"), "index.html", SearchOption.AllDirectories)
            .Single(p => p.Contains("2022-03-24", StringComparison.Ordinal));
        var document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(File.ReadAllText(page));
        Assert.Equal("Statement by NATO Heads of State and Government", document.QuerySelector("h1")!.TextContent);
        var body = document.QuerySelector(".body")!.TextContent;
        Assert.Contains("Russia's attack on Ukraine threatens global security.", body);
        Assert.DoesNotContain("uses cookies", body);
        Assert.Contains("uses cookies", document.QuerySelector("details.removed")!.TextContent); // and says it removed it
        Assert.True(File.Exists(project.Path("_site", "sources", "new-statement.txt")));
        Assert.Empty(new BuiltSite(project.Path("_site")).BrokenLinks());
    }

    [Fact]
    public void A_raw_text_the_importer_cannot_read_fails_the_build_with_the_reason()
    {
        using var project = new TempProject();
        project.Write("content/notes.txt", "milk\neggs\n");
        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("content/notes.txt:1: error: no statement text found", run.ErrorLines[0]);
        Assert.False(Directory.Exists(project.Path("_site")));
    }

    [Theory]
    [InlineData("content/new-statement.md")]
    [InlineData("content/inbox/new-statement.md")]
    public void A_finished_markdown_file_dropped_into_content_is_published_in_its_years_folder(string dropped)
    {
        using var project = new TempProject();
        project.Write(dropped, "---\ntitle: Dropped statement\ndate: 2023-07-11\nissuer: NATO\ntype: communique\n---\n\nWe met in Vilnius.\n");

        var run = project.Run("build");

        Assert.True(run.ExitCode == 0, run.Stderr);
        var page = File.ReadAllText(project.Path("_site", "statements", "2023", "new-statement", "index.html"));
        Assert.Contains("Dropped statement</h1>", page);
        Assert.Contains("We met in Vilnius.", page);
        Assert.Contains("statements/2023/new-statement/", File.ReadAllText(project.Path("_site", "index.html")));
        Assert.Empty(new BuiltSite(project.Path("_site")).BrokenLinks());
    }

    [Fact]
    public void A_dropped_markdown_file_with_errors_fails_the_build_naming_it()
    {
        using var project = new TempProject();
        project.Write("content/new-statement.md", "---\ntitle: Dropped statement\ndate: 2023-02-30\nissuer: NATO\ntype: statement\n---\n\nText.\n");
        var run = project.Run("build");
        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith("content/new-statement.md:3:7: error:", run.ErrorLines[0]);
    }
}
