using StatementArchive.Model;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Model;

public class DuplicateDetectorTests
{
    private const string Body = "We condemn in the strongest possible terms the plan to hold so-called referenda on joining the Russian Federation. "
        + "Allies do not and will never recognize Russia's illegal and illegitimate annexation of Crimea. These lands are Ukraine. "
        + "We call on all states to reject Russia's blatant attempts at territorial conquest.";

    [Fact]
    public void The_same_reference_in_long_and_short_form_is_one_statement()
    {
        var a = TestStatements.Make("a", "2022-09-22") with { Reference = "PR (2022) 125" };
        var b = TestStatements.Make("b", "2022-09-23", body: "Other text entirely.") with { Reference = "Press Release (2022)125" };
        var duplicate = Assert.Single(DuplicateDetector.Find([a, b]));
        Assert.Equal((0, 1), (duplicate.First, duplicate.Second));
        Assert.Contains("reference", duplicate.Reason);
    }

    [Fact]
    public void The_same_text_from_two_sources_is_found_despite_a_different_title_and_a_lede()
    {
        var nato = TestStatements.Make("nato", "2022-09-22", body: Body, title: "Statement by the North Atlantic Council on the so-called referenda");
        var repost = TestStatements.Make("repost", "2022-09-22", body: "1. " + Body.Replace("Crimea.", "Crimea.\n\n2."),
            title: "NAC statement on referenda in Ukraine");
        Assert.Single(DuplicateDetector.Find([nato, repost]));
    }

    [Fact]
    public void A_repost_that_keeps_only_part_of_the_text_is_the_same_statement()
    {
        var full = TestStatements.Make("full", "2022-09-22", body: Body + "\n\n" + Body.Replace("We", "Allies"));
        var part = TestStatements.Make("part", "2022-09-22", body: Body, title: "Sham referenda: the Allies' statement");
        Assert.Contains("same text", Assert.Single(DuplicateDetector.Find([full, part])).Reason);
    }

    [Fact]
    public void Two_press_conferences_on_one_day_with_the_same_title_are_not_duplicates()
    {
        var morning = TestStatements.Make("am", "2022-09-22", body: Body, title: "Press conference by the NATO Secretary General");
        var evening = TestStatements.Make("pm", "2022-09-22", body: "Good evening. Today Allies met to discuss support for Ukraine and the next steps of the Alliance.",
            title: "Press conference by the NATO Secretary General");
        Assert.Empty(DuplicateDetector.Find([morning, evening]));
    }

    [Fact]
    public void The_same_text_on_different_dates_is_not_flagged_by_text_alone()
    {
        var a = TestStatements.Make("a", "2022-09-22", body: Body);
        var b = TestStatements.Make("b", "2023-09-22", body: Body);
        Assert.Empty(DuplicateDetector.Find([a, b]));
    }

    [Theory]
    [InlineData("PR (2022) 125", "pr-2022-125")]
    [InlineData("Press Release (2022) 061", "pr-2022-61")]
    [InlineData("PR/CP(2021)086", "pr-cp-2021-86")]
    [InlineData("Communiqué de presse (2012) 064", "pr-2012-64")]
    [InlineData("SG/SM/21734", "sg-sm-21734")]
    public void References_are_normalised(string reference, string expected) =>
        Assert.Equal(expected, DuplicateDetector.NormaliseReference(reference));
}
