using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

public class RelativeUrlTests
{
    [Theory]
    [InlineData("", "", "./")]
    [InlineData("", "tags/ukraine/", "tags/ukraine/")]
    [InlineData("statements/2022/x/", "", "../../../")]
    [InlineData("statements/2022/x/", "style.css", "../../../style.css")]
    [InlineData("tags/ukraine/", "statements/2022/x/", "../../statements/2022/x/")]
    public void Between_pages(string from, string to, string expected) => Assert.Equal(expected, RelativeUrl.Between(from, to));

    [Theory]
    [InlineData("statements/2022/", "../2021/x.md", "statements/2021/x.md")]
    [InlineData("statements/2022/", "./x.md", "statements/2022/x.md")]
    [InlineData("statements/2022/", "../../../etc/passwd", null)]
    [InlineData("a/", "..", "")]
    public void Resolve_against_a_folder(string folder, string relative, string? expected) =>
        Assert.Equal(expected, RelativeUrl.Resolve(folder, relative));

    /// <summary>The direct cut for the usual shape gives what resolving segment by segment gives, for every mix of segments.</summary>
    [Fact]
    public void Every_shape_resolves_as_segment_by_segment()
    {
        string[] pieces = ["..", ".", "", "a", "b.c", "x y"];
        string[] folders = ["", "a/", "statements/2022/x/", "a//b/", "/a/", "a/./b/", "a/b"];
        var relatives = new List<string>();
        var shorter = new List<string> { "" };
        for (var length = 1; length <= 4; length++)
        {
            shorter = [.. shorter.SelectMany(r => pieces.Select(p => length == 1 ? p : r + "/" + p))];
            relatives.AddRange(shorter);
        }
        var tried = 0;
        foreach (var folder in folders)
            foreach (var relative in relatives)
            {
                Assert.True(RelativeUrl.BySegments(folder, relative) == RelativeUrl.Resolve(folder, relative), $"\"{folder}\" + \"{relative}\"");
                tried++;
            }
        Assert.True(tried > 5000, $"only {tried} shapes");
    }
}
