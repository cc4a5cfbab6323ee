using StatementArchive.Domain;
using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>Rules for the shapes raw text takes (email, PDF, HTML, repost, record export), each on a small text.</summary>
public sealed class ImporterShapeRulesTests
{
    private const string Title = "Statement by the North Atlantic Council on peace";
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    private static string Unsure(ImportResult result) => string.Join("\n", result.Report.Unsure.Select(u => u.Message));

    [Theory]
    [InlineData("* *** *", false)]
    [InlineData("***", false)]
    [InlineData("* * *", false)]
    [InlineData("---", false)]
    [InlineData("###", true)]
    [InlineData("-ENDS-", true)]
    [InlineData("END", true)]
    [InlineData("– ENDS –", true)]
    [InlineData("- 30 -", true)]
    public void End_marks_are_dropped_and_reported(string mark, bool endsStatement)
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n{mark}\n\n{Paragraph}\n");
        Assert.Equal(endsStatement ? Paragraph : Paragraph + "\n\n" + Paragraph, result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Text == mark && d.Reason == "end marker");
    }

    [Fact]
    public void End_words_close_the_body_but_a_bare_rule_does_not()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n---\n\nWe will continue to work with all partners for as long as it takes.\n\n-ENDS-\n\nNotes to editors: the Council met this morning in Brussels with all members present.\n");
        Assert.Contains("as long as it takes.", result.Body);
        Assert.DoesNotContain("met this morning", result.Body);
        Assert.Equal("the Council met this morning in Brussels with all members present.", result.FrontMatter!.Source.Note);
    }

    [Fact]
    public void Share_bar_and_disclaimer_are_never_record_fields()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\nFor information media. Not an official record.\n\nShare this page: Facebook Twitter Email Print\n\nPrivacy Notice | Terms of Use | Copyright\n");
        Assert.Empty(result.FrontMatter!.Source.Record);
        Assert.DoesNotContain("official record", result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "disclaimer");
    }

    [Theory]
    [InlineData("the Secretary-\nGeneral said", "the Secretary-General said")]
    [InlineData("civilian infra-\nstructure is", "civilian infrastructure is")]
    [InlineData("the so-\ncalled referenda", "the so-called referenda")]
    [InlineData("in the short-\nand long-term", "in the short- and long-term")]
    [InlineData("against cyber-\nattacks and more cyber-attacks", "against cyber-attacks and more cyber-attacks")]
    [InlineData("a pool of high-\nreadiness forces", "a pool of high-readiness forces")]
    [InlineData("our decision-\nmaking bodies", "our decision-making bodies")]
    [InlineData("the rules-\nbased order", "the rules-based order")]
    public void Words_broken_at_a_hyphen_across_lines(string raw, string joined)
    {
        var body = Import($"{Title}\n\n5 May 2015\n\nWe condemn the attacks, and we note that {raw} today, as all of us know well.\n").Body;
        Assert.Contains(joined, body);
    }

    [Fact]
    public void Email_subject_is_a_title_and_sent_is_only_a_fallback_date()
    {
        var headers = "From: Press Office <press@example.org>\nSent: Friday, 4 March 2022 09:12\nTo: list@example.org\nSubject: Fwd: Statement by the G7 Leaders on Ukraine\n\n";
        var mailedOnly = Import(headers + Paragraph + "\n");
        Assert.Equal("Statement by the G7 Leaders on Ukraine", mailedOnly.FrontMatter!.Title);
        Assert.Equal(new DateOnly(2022, 3, 4), mailedOnly.FrontMatter.Date);
        Assert.Contains("email was sent", Unsure(mailedOnly));

        var withDateline = Import(headers + "Berlin, 3 March 2022\n\n" + Paragraph + "\n");
        Assert.Equal(new DateOnly(2022, 3, 3), withDateline.FrontMatter!.Date);
        Assert.Equal("email", withDateline.FrontMatter.Source.Channel);
        Assert.DoesNotContain("example.org", withDateline.Markdown);
    }

    [Fact]
    public void Scripts_and_styles_of_an_html_copy_go_whole_but_a_tag_named_in_prose_stays()
    {
        var copy = Import($"<h1>{Title}</h1>\n<style>p {{ color: red }}</style>\n<p>5 May 2015</p>\n<script>\n  track(\"<p>Not the statement.</p>\");\n</script>\n"
            + "<p>We condemn attacks that inject a <script> tag into the pages of our partners and their people.</p>\n");
        Assert.Equal("We condemn attacks that inject a <script> tag into the pages of our partners and their people.", copy.Body.Trim());
        Assert.Contains(copy.Report.Dropped, d => d.Reason == "HTML script" && d.Text.Contains("track(", StringComparison.Ordinal));
        Assert.Contains(copy.Report.Dropped, d => d.Reason == "HTML style");
    }

    [Fact]
    public void Quoted_printable_escapes_and_soft_breaks_are_decoded()
    {
        var body = Import($"{Title}\n\n5 May 2015\n\nWe condemn Russia=E2=80=99s war, which we will=\n oppose for as long as it takes, with all our partners and all our=\n strength.\n").Body;
        Assert.Contains("We condemn Russia’s war, which we will oppose for as long as it takes, with all our partners and all our strength.", body);
    }

    [Fact]
    public void Front_matter_states_the_metadata_and_keeps_unknown_fields_as_record()
    {
        var result = Import($"---\ntitle: \"Peace: a statement\"\ndate: 2022-03-02\nissuer: High Representative\ntype: joint-statement\nreference: HR/2022/41\ncollection: CFSP\n---\n\n{Title}\n\n1 January 2020\n\n{Paragraph}\n");
        var front = result.FrontMatter!;
        Assert.Equal("Peace: a statement", front.Title);
        Assert.Equal(new DateOnly(2022, 3, 2), front.Date);
        Assert.Equal("High Representative", front.Issuer);
        Assert.Equal(StatementType.JointStatement, front.Type);
        Assert.Equal("HR/2022/41", front.Reference);
        Assert.Equal([new KeyValuePair<string, string>("collection", "CFSP")], front.Source.Record);
        Assert.DoesNotContain("2022-03-02", result.Body);
    }

    [Fact]
    public void Front_matter_tags_are_the_maintainer_s_and_its_source_key_is_no_repost_credit()
    {
        var front = Import($"---\ntitle: {Title}\ndate: 2022-03-02\ntags: [ukraine]\nsource:\n  url: https://www.nato.int/cps/en/natohq/news_1.htm\n---\n\n{Paragraph} Russia and Ukraine and Russia again.\n").FrontMatter!;
        Assert.Equal(["ukraine"], front.Tags);
        Assert.NotEqual("repost", front.Source.Channel);
    }

    [Fact]
    public void A_title_with_a_colon_is_not_a_metadata_header()
    {
        var front = Import($"Ukraine: Statement by the North Atlantic Council\nDate: 5 May 2015\n\n{Paragraph}\n").FrontMatter!;
        Assert.Equal("Ukraine: Statement by the North Atlantic Council", front.Title);
    }

    [Fact]
    public void Pdf_running_headers_go_capital_lines_become_headings_lost_numbers_are_renumbered()
    {
        var result = Import($"RESTRICTED\n\n{Title}\n\n5 May 2015\n\n1. {Paragraph} We note that\n\nRESTRICTED\n\nPage 2 of 3\n\nthe attack continues.\n\nPARTNERS AND PEACE\n\n1. {Paragraph}\n");
        Assert.Equal($"1. {Paragraph} We note that the attack continues.\n\n## PARTNERS AND PEACE\n\n2. {Paragraph}", result.Body);
    }

    [Fact]
    public void Repost_summary_is_dropped_only_when_the_statement_s_own_header_follows_it()
    {
        var summary = "In a statement released on Thursday, the Council said it condemned the attack on its partner.";
        var repost = Import($"Posted by admin on 9 May 2015\n\n{Title}\n\n{summary}\n\nSource: NATO\n\nBrussels, 5 May 2015\n\n{Paragraph}\n");
        Assert.DoesNotContain("released on Thursday", repost.Body);
        Assert.Equal(new DateOnly(2015, 5, 5), repost.FrontMatter!.Date);
        Assert.Equal("repost", repost.FrontMatter.Source.Channel);
        Assert.Contains("reposting site", Unsure(repost));

        var statement = Import($"{Title}\n\n5 May 2015\n\n{summary}\n\n{Paragraph}\n");
        Assert.Contains("released on Thursday", statement.Body);
    }

    [Fact]
    public void Html_residue_goes_and_French_no_break_spaces_stay()
    {
        var result = Import($"<h1>{Title}</h1>\n<p>5&nbsp;May&nbsp;2015</p>\n<!-- teaser -->\n<p>Nous condamnons l'attaque\u00A0: «\u00A0jamais\u00A0» &amp; toujours, disent les Alliés.</p>\n<img src=\"photo.jpg\">\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal("Nous condamnons l'attaque\u00A0: «\u00A0jamais\u00A0» & toujours, disent les Alliés.", result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "image" && d.Text == "photo.jpg");
    }

    [Fact]
    public void One_paragraph_per_line_copies_are_split_but_wrapped_lines_are_joined()
    {
        var longLine = "We, the Allies, condemn in the strongest possible terms the attack on our partner, which was planned over many months and then carried out without any warning by";
        var oneLine = Import($"{Title}\n5 May 2015\n{Paragraph} {Paragraph}\n{longLine}\nRussian forces against civilians.\n{Paragraph}\n");
        Assert.Equal($"{Paragraph} {Paragraph}\n\n{longLine} Russian forces against civilians.\n\n{Paragraph}", oneLine.Body);

        var wrapped = Import($"{Title}\n\n5 May 2015\n\nWe condemn in the strongest possible terms the attack on our partner\nand its people. We call on all to condemn it.\nWe stand united.\n");
        Assert.Equal("We condemn in the strongest possible terms the attack on our partner and its people. We call on all to condemn it.\n\nWe stand united.", wrapped.Body);
    }

    [Fact]
    public void Acronym_synonyms_match_only_in_capitals()
    {
        var matcher = new TagMatcher(new TagVocabulary([new TagDefinition("united-nations", "United Nations", "", ["UN"])]));
        Assert.Empty(matcher.Match("Déclaration", "un cessez-le-feu et un accord"));
        Assert.Equal(["united-nations"], matcher.Match("Statement to the UN", ""));
    }

    [Fact]
    public void A_bullet_alone_on_its_line_and_its_item_on_the_next_are_one_list_item()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\nAllies agreed on the following measures:\n\n•\nMore forces on the eastern flank.\n•\nHigher readiness for the response force.\n\n{Paragraph}\n");

        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Contains("- More forces on the eastern flank.", result.Body, StringComparison.Ordinal);
        Assert.Contains("- Higher readiness for the response force.", result.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("•", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_of_links_above_the_first_paragraph_stays_out_of_the_body()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\nIn this section:\n\n- Related topics\n- Press releases\n- Photo gallery\n\n{Paragraph}\n");

        Assert.Equal(Paragraph, result.Body);
    }

    [Fact]
    public void Where_and_when_it_was_signed_under_the_text_ends_it_and_the_page_footer_after_stays_out()
    {
        var result = Import($"""
            Home » Media Center » Bilateral Documents
            Bilateral Documents
            India-Germany Joint Statement on the Intergovernmental Consultations
            May 02, 2022

            {Paragraph}

            The leaders agreed to meet again next year.

            Berlin
            May 02, 2022

            Content on this website is published and managed by the Ministry of External Affairs, Government of India.
            Hyperlinking Policy
            """);

        var front = result.FrontMatter!;
        Assert.Equal("India-Germany Joint Statement on the Intergovernmental Consultations", front.Title);
        Assert.Equal("India and Germany", front.Issuer);
        Assert.Equal("Berlin", front.Location);
        Assert.Equal($"{Paragraph}\n\nThe leaders agreed to meet again next year.", result.Body);
    }

    [Fact]
    public void Two_statements_in_one_file_are_refused_naming_where_the_second_starts()
    {
        var result = Import($"""
            {Title}

            Press Release (2023) 032
            Issued on 24 Feb. 2023

            {Paragraph}

            NATO Allies will continue to support Ukraine for as long as it takes.

            ------------------------------

            NATO Secretary General to visit Finland

            Press Release (2023) 033
            Issued on 24 Feb. 2023

            NATO Secretary General Jens Stoltenberg will visit Finland on Tuesday, 28 February 2023, to meet the President.

            He will also address the Finnish Parliament and visit troops taking part in an exercise.
            """);

        Assert.False(result.Succeeded);
        var error = Assert.Single(result.Errors);
        Assert.Equal(12, error.Line);
        Assert.Contains("second statement", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_news_storys_byline_is_not_its_title()
    {
        var result = Import($"Europe\nNATO allies condemn Russian attack, bolster eastern flank\nBy Sabine Siebold and Robin Emmott\nFebruary 24, 2022\n\n{Paragraph}\n");
        Assert.Equal("NATO allies condemn Russian attack, bolster eastern flank", result.FrontMatter!.Title);
    }

    [Fact]
    public void An_offices_name_repeated_as_the_pages_banner_is_not_the_title()
    {
        var result = Import($"Federal Department of Foreign Affairs\nHomepage\nSearch\nFederal Department of Foreign Affairs\nHome\nForeign policy\nPress releases, 28.02.2022\nSwitzerland adopts EU sanctions against Russia\n\n{Paragraph}\n");
        Assert.Equal("Switzerland adopts EU sanctions against Russia", result.FrontMatter!.Title);
        Assert.Equal("Federal Department of Foreign Affairs", result.FrontMatter.Issuer);
    }
}
