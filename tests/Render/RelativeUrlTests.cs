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
}
