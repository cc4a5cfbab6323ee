using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>A statement copied from a social-media post or a page with no title line of its own.</summary>
public sealed class SocialPostRulesTests
{
    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    private const string Post = """
        Post

        See new posts
        Conversation
        NATO
        @NATO
        Statement by the North Atlantic Council on the so-called "referenda" in parts of Ukraine: We will never recognise these illegal and illegitimate referenda.
        11:02 AM · Sep 22, 2022
        ·
        1.2M
        Views
        2,345 Reposts
        567
        Quotes
        Likes
        8,901
        NATO
        @NATO
        ·
        Sep 22, 2022
        These sham referenda have no legitimacy. We call on all states to reject Russia's blatant attempts at territorial conquest.
        """;

    [Fact]
    public void A_thread_keeps_every_post_and_drops_the_sites_words_and_counts()
    {
        var result = Import(Post);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(
            "Statement by the North Atlantic Council on the so-called \"referenda\" in parts of Ukraine: We will never recognise these illegal and illegitimate referenda.\n\n"
            + "These sham referenda have no legitimacy. We call on all states to reject Russia's blatant attempts at territorial conquest.",
            result.Body);
        foreach (var furniture in new[] { "See new posts", "1.2M", "Views", "2,345 Reposts", "567", "Quotes", "8,901", "Likes" })
            Assert.Contains(result.Report.Dropped, d => d.Text == furniture && d.Reason == "social post furniture");
    }

    [Fact]
    public void With_no_title_line_the_kind_of_text_the_first_paragraph_names_before_a_colon_is_the_title()
    {
        var front = Import(Post).FrontMatter!;
        Assert.Equal("Statement by the North Atlantic Council on the so-called \"referenda\" in parts of Ukraine", front.Title);
        Assert.Equal("North Atlantic Council", front.Issuer);
        Assert.Equal(new DateOnly(2022, 9, 22), front.Date);
    }

    [Fact]
    public void With_no_title_line_a_bold_lead_sentence_is_the_title_and_stays_in_the_body()
    {
        var result = Import("""
            5 April 2023

            **NATO Secretary General welcomes Finland as the 31st Ally.** Today Finland joined the Alliance, and the Secretary General welcomed it in Brussels.

            Finland brings strong forces to our shared defence.
            """);

        Assert.Equal("NATO Secretary General welcomes Finland as the 31st Ally", result.FrontMatter!.Title);
        Assert.StartsWith("**NATO Secretary General welcomes Finland as the 31st Ally.** Today", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bare_number_in_a_statement_is_kept_when_no_count_label_is_beside_it()
    {
        var result = Import("""
            Statement by the North Atlantic Council on defence spending

            22 September 2022

            Allies agreed the figures below for the coming year, set out in the annex.

            Total, in millions of euros:
            2,345
            Of which for equipment:
            1,567

            Allies will review these figures when they meet again in the spring.
            """);

        Assert.Contains("2,345", result.Body, StringComparison.Ordinal);
        Assert.Contains("1,567", result.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_post_dated_only_by_its_time_stamp_under_the_text_takes_that_date_and_says_so()
    {
        var result = Import("""
            Mastodon
            Log in
            Sign up
            EU Council
            @EUCouncil@social.network.europa.eu
            Follow
            Statement by the Members of the European Council on the anniversary of the war:

            One year ago, Russia launched its unprovoked and unjustified war of aggression against Ukraine.

            The European Union stands firmly with Ukraine and will continue to support it for as long as it takes.

            Feb 24, 2023, 10:02
            ·
            212
            Boost
            """);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors.Select(e => e.Message)));
        Assert.Equal(new DateOnly(2023, 2, 24), result.FrontMatter!.Date);
        Assert.Equal("Statement by the Members of the European Council on the anniversary of the war", result.FrontMatter.Title);
        Assert.Contains(result.Report.Unsure, u => u.Message.Contains("under the text", StringComparison.Ordinal));
        Assert.Contains(result.Report.Dropped, d => d.Text == "@EUCouncil@social.network.europa.eu");
    }
}
