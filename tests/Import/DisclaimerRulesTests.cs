using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>Email legal disclaimers after a statement: dropped and reported; never when statement text follows or surrounds them.</summary>
public sealed class DisclaimerRulesTests
{
    private const string Head = "Statement by the Council on peace\n\n5 May 2015\n\n";
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";
    private const string Last = "We will stand with our partner for as long as it takes.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Theory]
    [InlineData("This email and any attachments are confidential and intended solely for the addressee. If you are not the intended recipient, please notify the sender and delete it.")]
    [InlineData("If you are not the intended recipient of this message, any use, copying or distribution of it is strictly prohibited.")]
    [InlineData("The information contained in this e-mail is privileged and confidential.")]
    [InlineData("Ce message et ses pièces jointes sont confidentiels et établis à l'attention exclusive de leurs destinataires.")]
    [InlineData("Diese E-Mail enthält vertrauliche Informationen und ist nur für den Adressaten bestimmt.")]
    [InlineData("Este mensaje y sus anexos son confidenciales y están dirigidos exclusivamente a su destinatario.")]
    public void A_disclaimer_after_the_statement_is_dropped_without_a_sign_off(string disclaimer)
    {
        var result = Import($"{Head}{Paragraph}\n\n{Last}\n\n{disclaimer}\n\nAny views expressed are those of the sender. No liability is accepted for viruses.\n");
        Assert.EndsWith(Last, result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "email disclaimer" && disclaimer.StartsWith(d.Text, StringComparison.Ordinal));
        Assert.Contains(result.Report.Dropped, d => d.Reason == "email disclaimer" && d.Text.Contains("viruses", StringComparison.Ordinal));
    }

    [Fact]
    public void A_disclaimer_pasted_straight_under_the_last_line_is_split_off()
    {
        var result = Import($"{Head}{Paragraph}\n{Last}\nThis message and any attachments are confidential.\nIf you are not the intended recipient, please delete it.\n");
        Assert.EndsWith(Last, result.Body);
        Assert.DoesNotContain("intended recipient", result.Body);
    }

    [Fact]
    public void The_same_words_inside_a_sentence_or_before_more_statement_text_are_kept()
    {
        var inside = $"{Paragraph} We note that this email and any attachments are confidential, as the law requires of all such messages.";
        Assert.Contains(inside, Import($"{Head}{inside}\n\n{Last}\n").Body);

        var before = "If you are not the intended recipient of aid, you may still apply to the fund in your country.";
        var result = Import($"{Head}{Paragraph}\n\n{before}\n\n{Last}\n");
        Assert.Contains(before, result.Body);
        Assert.EndsWith(Last, result.Body);
        Assert.Contains(result.Report.Unsure, u => u.Message.Contains("email disclaimer", StringComparison.Ordinal));
    }
}
