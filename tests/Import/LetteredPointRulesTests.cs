using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>Lettered points run into a paragraph: one paragraph each, as written, rendering as plain paragraphs.</summary>
public sealed class LetteredPointRulesTests
{
    private const string Head = "Statement by the Council on peace\n\n5 May 2015\n\n";
    private const string Last = "We will stand with our partner for as long as it takes.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Fact]
    public void Points_in_one_wrapped_paragraph_become_paragraphs_of_their_own()
    {
        var result = Import($"{Head}We have agreed to take further measures, in particular: (a) to impose\nsevere sanctions on the financial system; (b) to restrict the access of its banks to\ninternational markets; and (c) to support humanitarian needs.\n\n{Last}\n");
        Assert.Equal(
            "We have agreed to take further measures, in particular:\n\n(a) to impose severe sanctions on the financial system;\n\n(b) to restrict the access of its banks to international markets; and\n\n(c) to support humanitarian needs.\n\n" + Last,
            result.Body);
        Assert.Contains(result.Report.Repaired, r => r.Message.StartsWith("3 lettered point(s)", StringComparison.Ordinal));
        var html = Markdig.Markdown.ToHtml(result.Body);
        Assert.Contains("<p>(a) to impose severe sanctions on the financial system;</p>", html);
        Assert.DoesNotContain("<ol", html);
    }

    [Fact]
    public void Roman_points_are_split_too()
    {
        var body = Import($"{Head}The Council decided: (i) to extend the mission by one year; (ii) to increase its staff; (iii) to report in June.\n\n{Last}\n").Body;
        Assert.Contains("\n\n(ii) to increase its staff;\n\n(iii) to report in June.", body);
    }

    [Theory]
    [InlineData("Under Article 4(a) and (b) of the Treaty, the Allies will consult together whenever any of them asks.")]
    [InlineData("The Council recalls subparagraphs (a) and (b) of resolution 2231, which remain in force for all States.")]
    [InlineData("The Council recalls its decision: (a) remains in force, (c) lapses and all else is unchanged today.")]
    public void Letters_in_a_sentence_stay_in_it(string sentence)
    {
        var result = Import($"{Head}{sentence}\n\n{Last}\n");
        Assert.Contains(sentence, result.Body);
        Assert.Empty(result.Report.Repaired);
    }
}
