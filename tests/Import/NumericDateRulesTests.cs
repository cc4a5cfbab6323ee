using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>Dates written in figures: day or month first from the evidence of the file, and a doubt reported when it stays a choice.</summary>
public sealed class NumericDateRulesTests
{
    private const string Title = "Statement by the Council on peace";
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    private static string Unsure(ImportResult result) => string.Join("\n", result.Report.Unsure.Select(u => u.Message));

    [Theory]
    [InlineData("14/06/2019")]
    [InlineData("14.06.2019")]
    [InlineData("14-06-2019")]
    [InlineData("14/06/19")]
    [InlineData("06/14/2019")]
    [InlineData("06-14-2019")]
    [InlineData("6/14/19")]
    public void A_figure_above_12_settles_the_order(string written)
    {
        var result = Import($"{Title}\n\n{written}\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2019, 6, 14), result.FrontMatter!.Date);
        Assert.DoesNotContain("ambiguous", Unsure(result));
    }

    [Theory]
    [InlineData("١٤/٠٦/٢٠١٩")]
    [InlineData("１４.０６.２０１９")]
    [InlineData("14 June ٢٠١٩")]
    [InlineData("२०१९-०६-१४")]
    public void Figures_of_other_scripts_are_read_as_their_values(string written)
    {
        var result = Import($"{Title}\n\n{written}\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2019, 6, 14), result.FrontMatter!.Date);
    }

    [Theory]
    [InlineData("On 3 May 2021 the ministers met.", 5, 3)]
    [InlineData("On March 5, 2021 the ministers met.", 3, 5)]
    [InlineData("The meeting of 2021-05-03 was held.", 5, 3)]
    [InlineData("The page is titled Statement, 03-May-2021.", 5, 3)]
    public void The_same_date_written_out_elsewhere_settles_the_order(string sentence, int month, int day)
    {
        var result = Import($"{Title}\n\n03/05/2021\n\n{sentence} {Paragraph}\n");
        Assert.Equal(new DateOnly(2021, month, day), result.FrontMatter!.Date);
        Assert.DoesNotContain("ambiguous", Unsure(result));
    }

    [Theory]
    [InlineData("The White House\nOffice of the Press Secretary", 3, 5, "US-style")]
    [InlineData("Washington, D.C.", 3, 5, "US-style")]
    [InlineData("NATO Press Office, Brussels", 5, 3, "European, NATO or UN")]
    [InlineData("Updated 06/25/2021", 3, 5, "month-first (\"06/25/2021\")")]
    [InlineData("Mis à jour 25/06/2021", 5, 3, "day-first (\"25/06/2021\")")]
    public void The_source_s_conventions_decide_and_the_choice_is_reported(string cue, int month, int day, string why)
    {
        var result = Import($"{Title}\n\n{cue}\n\n03/05/2021\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2021, month, day), result.FrontMatter!.Date);
        Assert.Contains("\"03/05/2021\" is ambiguous", Unsure(result));
        Assert.Contains(why, Unsure(result));
    }

    [Fact]
    public void Without_any_evidence_day_first_is_chosen_and_reported()
    {
        var result = Import($"{Title}\n\n03/05/2021\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2021, 5, 3), result.FrontMatter!.Date);
        Assert.Contains("read day-first as 3 May 2021, not 5 March 2021", Unsure(result));
    }

    [Fact]
    public void A_two_digit_year_is_taken_only_when_the_order_is_settled()
    {
        var result = Import($"{Title}\n\n03/05/21\n\n5 May 2021\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2021, 5, 5), result.FrontMatter!.Date);
        Assert.Null(NumericDateReader.WithoutContext.Read(NumericDateParser.FindAll("03/05/21")[0]));
    }

    [Theory]
    [InlineData("Call +32-2-707-50-41 or visit 192.168.10.12")]
    [InlineData("Version 1.2.3 of resolution 2231/2015")]
    [InlineData("2019-06-14")]
    public void Codes_and_iso_dates_are_not_numeric_dates(string text) =>
        Assert.Empty(NumericDateParser.FindAll(text));
}
