using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>The test-side link checker must itself catch what it is there to catch.</summary>
public class BuiltSiteTests
{
    [Fact]
    public void Broken_files_anchors_and_escapes_are_reported_and_good_links_are_not()
    {
        using var temp = new TempDirectory();
        temp.Write("index.html", """
            <link rel="canonical" href="https://example.org/repo/">
            <a href="a/">ok folder</a> <a href="a/index.html#p1">ok anchor</a> <a href="#top">ok self</a>
            <a href="missing/">missing page</a> <a href="a/#p9">missing anchor</a> <a href="../../etc/">escape</a>
            <a href="https://external.example/">external</a> <p id="top"></p>
            """);
        temp.Write("a/index.html", """<p id="p1">x</p> <a href="/repo/a/#p1">root-absolute ok</a> <a href="/other/">outside base</a>""");

        var broken = new BuiltSite(temp.Root).BrokenLinks();

        Assert.Equal(4, broken.Count);
        Assert.Contains(broken, b => b.Contains("missing/"));
        Assert.Contains(broken, b => b.Contains("a/#p9"));
        Assert.Contains(broken, b => b.Contains("../../etc/"));
        Assert.Contains(broken, b => b.Contains("/other/"));
    }
}
