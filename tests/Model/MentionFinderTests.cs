using StatementArchive.Diagnostics;
using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Model;

public class MentionFinderTests
{
    private static readonly StatementArchive.Domain.Statement Referenda =
        TestStatements.Make("referenda", "2022-09-22", title: "Statement by the North Atlantic Council on the so-called referenda") with { Reference = "PR (2022) 125" };

    private static readonly StatementArchive.Domain.Statement Summit =
        TestStatements.Make("summit", "2022-03-24", title: "Statement by NATO Heads of State and Government");

    private static IReadOnlyList<Mention> MentionsIn(string body, params StatementArchive.Domain.Statement[] others)
    {
        var statements = others.Append(TestStatements.Make("citing", "2022-10-01", body: body)).ToList();
        return MentionFinder.Find(statements)[^1];
    }

    [Fact]
    public void A_reference_number_in_any_of_its_forms_names_the_statement()
    {
        var mention = Assert.Single(MentionsIn("As Allies said in Press Release (2022)125, these lands are Ukraine.", Referenda, Summit));
        Assert.Equal((0, "Press Release (2022)125"), (mention.Target, mention.Text));
    }

    [Fact]
    public void A_title_in_quotes_names_the_statement()
    {
        var mention = Assert.Single(MentionsIn("We recall the \u201cStatement by NATO Heads of State and Government\u201d of March.", Referenda, Summit));
        Assert.Equal(1, mention.Target);
    }

    [Fact]
    public void The_statement_of_a_date_names_the_one_statement_of_that_date()
    {
        var mention = Assert.Single(MentionsIn("In their statement of 24 March 2022, leaders agreed.", Referenda, Summit));
        Assert.Equal((1, "statement of 24 March 2022"), (mention.Target, mention.Text));
    }

    [Fact]
    public void A_name_that_fits_two_statements_links_neither()
    {
        var sameDay = TestStatements.Make("other", "2022-03-24", title: "Another statement of that day");
        Assert.Empty(MentionsIn("In their statement of 24 March 2022, leaders agreed.", Referenda, Summit, sameDay));
    }

    [Fact]
    public void A_statement_does_not_mention_itself_and_the_words_become_a_link()
    {
        var citing = TestStatements.Make("citing", "2022-10-01", body: "Recalling PR (2022) 125 and PR (2022) 125 again.") with { Reference = "PR (2022) 200" };
        var statements = new[] { Referenda, citing };
        var mentions = MentionFinder.Find(statements);
        Assert.Empty(mentions[0]);

        var html = new MarkdownRenderer(new StatementIndex(statements, s => s.ContentFile), statements, SiteUrls.Web)
            .Render(citing, mentions[1], new DiagnosticBag()).Html.Value;
        Assert.Contains("Recalling <a href=\"../../../statements/2022/referenda/\">PR (2022) 125</a> and PR (2022) 125 again.", html);
    }
}
