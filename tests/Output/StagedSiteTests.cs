using StatementArchive.Output;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Output;

public class StagedSiteTests
{
    private static void Publish(string output, params (string Path, string Text)[] pages)
    {
        using var site = StagedSite.Begin(output, [], out var error)!;
        Assert.Null(error);
        foreach (var (path, text) in pages) site.Add(new Page(path, text, null));
        site.Add(new StaticFile("style.css", "b{}"u8.ToArray()));
        site.Commit();
    }

    [Fact]
    public void A_new_build_replaces_the_previous_one_entirely()
    {
        using var temp = new TempDirectory();
        var output = temp.Path("_site");
        Publish(output, ("index.html", "one"), ("old/index.html", "gone soon"));
        Publish(output, ("index.html", "two"));

        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")), "a page no longer built must not linger");
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Root).Select(Path.GetFileName)); // no staging folders left
    }

    [Fact]
    public void A_build_that_is_not_committed_leaves_the_live_site_and_no_staging_folder()
    {
        using var temp = new TempDirectory();
        var output = temp.Path("_site");
        Publish(output, ("index.html", "live"));
        using (var failed = StagedSite.Begin(output, [], out _)!)
            failed.Add(new Page("index.html", "half-built", null));

        Assert.Equal("live", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Root).Select(Path.GetFileName));
    }

    [Fact]
    public void An_output_folder_that_holds_an_input_is_refused_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var content = temp.Write("content/statements/a.md", "keep me");
        Assert.Null(StagedSite.Begin(temp.Root, [temp.Path("content")], out var error));
        Assert.NotNull(error);
        Assert.Null(StagedSite.Begin(temp.Path("content", "statements"), [temp.Path("content")], out error));
        Assert.NotNull(error);
        Assert.Equal("keep me", File.ReadAllText(content));
    }

    [Fact]
    public void A_page_path_that_climbs_out_of_the_site_is_never_written()
    {
        using var temp = new TempDirectory();
        using var site = StagedSite.Begin(temp.Path("_site"), [], out _)!;
        Assert.Throws<InvalidOperationException>(() => site.Add(new Page("../escaped.html", "x", null)));
        Assert.False(File.Exists(temp.Path("escaped.html")));
        Assert.False(File.Exists(temp.Path(".escaped.html")));
    }
}
