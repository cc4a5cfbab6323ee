using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>A transcript's speaker lines are text of the statement, not record fields.</summary>
public sealed class SpeakerLineRulesTests
{
    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Fact]
    public void Repeated_speaker_labels_open_paragraphs_of_the_text()
    {
        var first = "SECRETARY GENERAL: Good morning. It is good to be here with all of you today.";
        var last = "SECRETARY GENERAL: We will deliver more systems, and ammunition for those already delivered.";
        var result = Import($"Remarks by the Secretary General at the meeting\n\n29 November 2022\n\n{first}\n\nMODERATOR: Thank you. We now take questions from the floor.\n\n{last}\n");
        Assert.StartsWith(first, result.Body);
        Assert.EndsWith(last, result.Body);
        Assert.Empty(result.FrontMatter!.Source.Record);
    }

    [Fact]
    public void A_label_used_once_after_the_text_is_still_a_field()
    {
        var result = Import("Statement by the Council on peace\n\n5 May 2015\n\nWe condemn in the strongest possible terms the attack on our partner and its people.\n\nCategories: Communications to Congress : Peace.\n");
        Assert.DoesNotContain("Categories", result.Body);
    }
}
