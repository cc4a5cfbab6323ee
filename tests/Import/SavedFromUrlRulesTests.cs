using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>A browser's "saved from url" comment in an HTML copy gives source.url, reported as metadata.</summary>
public sealed class SavedFromUrlRulesTests
{
    private const string Body = "<h1>Statement by the Council on peace</h1>\n<p>5 May 2015</p>\n<p>We condemn in the strongest possible terms the attack on our partner and its people.</p>\n";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.html", text));

    [Fact]
    public void The_saved_from_comment_gives_the_source_url_and_is_reported_as_metadata()
    {
        var result = Import("<!DOCTYPE html>\n<!-- saved from url=(0041)https://www.nato.int/cps/en/natohq/x.htm -->\n" + Body);
        Assert.Equal("https://www.nato.int/cps/en/natohq/x.htm", result.FrontMatter!.Source.Url);
        Assert.Contains(result.Report.Dropped, d => d.Line == 2 && d.Reason == "metadata: source.url");
        Assert.Contains(result.Report.Origins, o => o.Field == "source.url" && o.Line == 2);
    }

    [Fact]
    public void Front_matter_wins_and_a_local_file_address_is_no_source()
    {
        Assert.Equal("https://example.org/a",
            Import("---\nurl: https://example.org/a\n---\n<!-- saved from url=(0018)https://example.org/b -->\n" + Body).FrontMatter!.Source.Url);
        Assert.Null(Import("<!-- saved from url=(0019)file:///C:/x/y.htm -->\n" + Body).FrontMatter!.Source.Url);
    }
}
