using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>The issue date against the other dates of a page: updated, posted, mailed, saved, and the dates of events.</summary>
public sealed class IssueDateRulesTests
{
    private const string Title = "Statement by the Council on peace";
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    private static string Unsure(ImportResult result) => string.Join("\n", result.Report.Unsure.Select(u => u.Message));

    [Theory]
    [InlineData("Last updated: 30 September 2022")]
    [InlineData("Page published 30 September 2022")]
    [InlineData("Reposted on 30 September 2022")]
    [InlineData("Posted by admin on 30 September 2022")]
    [InlineData("Modified 30 September 2022")]
    [InlineData("Mailed 30 September 2022")]
    [InlineData("Saved 30 September 2022")]
    [InlineData("Mis à jour le 30 septembre 2022")]
    [InlineData("Zuletzt aktualisiert: 30. September 2022")]
    public void A_later_date_never_beats_the_issue_date_before_or_after_it(string later)
    {
        Assert.Equal(new DateOnly(2022, 9, 22), Import($"{later}\n\n{Title}\n\n22 September 2022\n\n{Paragraph}\n").FrontMatter!.Date);
        Assert.Equal(new DateOnly(2022, 9, 22), Import($"{Title}\n\n22 September 2022\n\n{later}\n\n{Paragraph}\n").FrontMatter!.Date);
    }

    [Fact]
    public void The_cue_nearest_a_date_decides_on_a_shared_line()
    {
        Assert.Equal(new DateOnly(2022, 9, 22), Import($"{Title}\n\nUpdated 30 Sep. 2022, issued 22 Sep. 2022\n\n{Paragraph}\n").FrontMatter!.Date);
        Assert.Equal(new DateOnly(2022, 9, 22), Import($"{Title}\n\nIssued 22 Sep. 2022, updated 30 Sep. 2022\n\n{Paragraph}\n").FrontMatter!.Date);
    }

    [Theory]
    [InlineData("Yesterday, 21 September 2022, Russia announced a mobilisation.")]
    [InlineData("On 21 September 2022, Russia announced a mobilisation.")]
    [InlineData("Today, 21 September 2022, Russia announced a mobilisation.")]
    public void A_date_opening_a_sentence_of_the_body_is_an_event_not_a_dateline(string opening)
    {
        var result = Import($"{Title}\n\nBrussels, 22 September 2022\n\n{opening} {Paragraph}\n");
        Assert.Equal(new DateOnly(2022, 9, 22), result.FrontMatter!.Date);
        var updated = Import($"{Title}\n\nLast updated: 30 September 2022\n\n{opening} {Paragraph}\n");
        Assert.Equal(new DateOnly(2022, 9, 30), updated.FrontMatter!.Date);
        Assert.Contains("update/publication date", Unsure(updated));
    }

    [Fact]
    public void A_dateline_opening_the_first_paragraph_is_the_issue_date()
    {
        var result = Import($"{Title}\n\nBRUSSELS, 5 May 2015 – {Paragraph}\n");
        Assert.Equal(new DateOnly(2015, 5, 5), result.FrontMatter!.Date);
    }

    [Fact]
    public void A_date_in_a_relative_phrase_is_a_last_resort_and_reported()
    {
        var result = Import($"{Title}\n\nSince 24 February 2022\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2022, 2, 24), result.FrontMatter!.Date);
        Assert.Contains("relative phrase", Unsure(result));
        var withIssue = Import($"{Title}\n\nSince 24 February 2022\n\n1 March 2022\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2022, 3, 1), withIssue.FrontMatter!.Date);
    }

    [Fact]
    public void Body_dates_are_evidence_only_when_the_header_has_a_date()
    {
        var result = Import($"{Title}\n\n22 September 2022\n\n{Paragraph}\n\nIssued on 1 October 2022 the Council will meet again.\n");
        Assert.Equal(new DateOnly(2022, 9, 22), result.FrontMatter!.Date);
    }
}
