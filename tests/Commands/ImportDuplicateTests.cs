using StatementArchive.Commands;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Commands;

/// <summary>The same statement from a second source is reported and not written, in the archive or within one batch.</summary>
public class ImportDuplicateTests
{
    private static readonly string Seed = Repo.Path("content", "sources", "000_b7f805381c7b03a8.txt");

    private static (int Exit, string Errors) Import(string content, params string[] files)
    {
        var errors = new StringWriter();
        var exit = ImportCommand.Run(new ImportOptions(files, content, Force: false, DryRun: false), TextWriter.Null, errors);
        return (exit, errors.ToString());
    }

    /// <summary>The seed's statement as a blog would repost it: its own header, the first two points only.</summary>
    private static string Repost(TempDirectory temp)
    {
        var seed = File.ReadAllText(Seed);
        var start = seed.IndexOf("1. We condemn", StringComparison.Ordinal);
        var end = seed.IndexOf("3. We reaffirm", StringComparison.Ordinal);
        return temp.Write("raw/repost.txt", "Posted by admin\n\n**NAC statement on the sham referenda**\n\n22 September 2022\n\n" + seed[start..end]);
    }

    [Fact]
    public void A_repost_of_a_statement_already_in_the_archive_is_not_imported()
    {
        using var temp = new TempDirectory();
        var content = temp.Path("content");
        Assert.Equal(0, Import(content, Seed).Exit);
        var before = Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Length;

        var (exit, errors) = Import(content, Repost(temp));

        Assert.Equal(1, exit);
        Assert.Contains("not imported: the same statement as", errors);
        Assert.Equal(before, Directory.GetFiles(content, "*.md", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public void Two_sources_of_one_statement_in_the_same_batch_give_one_file()
    {
        using var temp = new TempDirectory();
        var content = temp.Path("content");
        var (exit, errors) = Import(content, Seed, Repost(temp));

        Assert.Equal(1, exit);
        Assert.Contains("earlier in this import", errors);
        Assert.Single(Directory.GetFiles(content, "*.md", SearchOption.AllDirectories));
    }
}
