using System.IO.Compression;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Cli;

/// <summary>The offline zip of the repository's content, made by the real binary.</summary>
public class ZipTests
{
    [Fact]
    public void The_same_content_gives_a_byte_identical_zip()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(temp.Path("a"));
        Directory.CreateDirectory(temp.Path("b"));
        Assert.Equal(0, Generator.Execute(Repo.Root, "zip", "--output", temp.Path("a", "archive.zip")).ExitCode);
        Assert.Equal(0, Generator.Execute(Repo.Root, "zip", "--output", temp.Path("b", "archive.zip")).ExitCode);
        Assert.Equal(File.ReadAllBytes(temp.Path("a", "archive.zip")), File.ReadAllBytes(temp.Path("b", "archive.zip")));

        // Not only the same twice here: fixed by rule, whatever order a file system lists the files in.
        using var zip = ZipFile.OpenRead(temp.Path("a", "archive.zip"));
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(names.Order(StringComparer.Ordinal), names);
        Assert.Single(zip.Entries.Select(e => e.LastWriteTime).Distinct());
    }

    [Fact]
    public void Unzipped_anywhere_every_href_and_src_of_every_page_reaches_a_file()
    {
        using var temp = new TempDirectory();
        var run = Generator.Execute(Repo.Root, "zip", "--output", temp.Path("archive.zip"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        ZipFile.ExtractToDirectory(temp.Path("archive.zip"), temp.Path("unzipped"));

        var site = new BuiltSite(temp.Path("unzipped", "archive"));
        Assert.True(File.Exists(Path.Combine(site.Root, "index.html")));
        Assert.True(site.HtmlFiles().Count() > 10);
        Assert.Empty(site.BrokenLinks(offline: true));
    }

    [Fact]
    public void The_web_site_offers_the_zip_with_its_size()
    {
        using var temp = new TempDirectory();
        Assert.Equal(0, Generator.Execute(Repo.Root, "zip", "--output", temp.Path("statement-archive.zip")).ExitCode);
        var run = Generator.Execute(Repo.Root, "build", "--output", temp.Path("site"), "--zip", temp.Path("statement-archive.zip"));
        Assert.True(run.ExitCode == 0, run.Stderr);

        Assert.Equal(File.ReadAllBytes(temp.Path("statement-archive.zip")), File.ReadAllBytes(temp.Path("site", "statement-archive.zip")));
        var link = new BuiltSite(temp.Path("site")).Parse("index.html").QuerySelector("a[download]")!;
        Assert.Equal("statement-archive.zip", link.GetAttribute("href"));
        var kilobytes = new FileInfo(temp.Path("statement-archive.zip")).Length / 1000;
        Assert.Contains($"{kilobytes} kB", link.ParentElement!.TextContent);
    }
}
