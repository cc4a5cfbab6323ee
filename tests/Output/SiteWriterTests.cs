using StatementArchive.Output;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Output;

public class SiteWriterTests
{
    private static RenderedSite Site(params (string Path, string Text)[] pages) =>
        new(pages.Select(p => new Page(p.Path, p.Text, null)).ToList(), [new StaticFile("style.css", "b{}"u8.ToArray())]);

    [Fact]
    public void A_new_build_replaces_the_previous_one_entirely()
    {
        using var temp = new TempDirectory();
        var output = temp.Path("_site");
        Assert.Null(SiteWriter.Write(Site(("index.html", "one"), ("old/index.html", "gone soon")), output, []));
        Assert.Null(SiteWriter.Write(Site(("index.html", "two")), output, []));

        Assert.Equal("two", File.ReadAllText(Path.Combine(output, "index.html")));
        Assert.False(Directory.Exists(Path.Combine(output, "old")), "a page no longer built must not linger");
        Assert.Equal(["_site"], Directory.GetFileSystemEntries(temp.Root).Select(Path.GetFileName)); // no staging folders left
    }

    [Fact]
    public void An_output_folder_that_holds_an_input_is_refused_before_anything_is_written()
    {
        using var temp = new TempDirectory();
        var content = temp.Write("content/statements/a.md", "keep me");
        var error = SiteWriter.Write(Site(("index.html", "x")), temp.Root, [temp.Path("content")]);
        Assert.NotNull(error);
        error = SiteWriter.Write(Site(("index.html", "x")), temp.Path("content", "statements"), [temp.Path("content")]);
        Assert.NotNull(error);
        Assert.Equal("keep me", File.ReadAllText(content));
    }

    [Fact]
    public void A_page_path_that_climbs_out_of_the_site_is_never_written()
    {
        using var temp = new TempDirectory();
        Assert.Throws<InvalidOperationException>(() => SiteWriter.Write(Site(("../escaped.html", "x")), temp.Path("_site"), []));
        Assert.False(File.Exists(temp.Path("escaped.html")));
    }
}
