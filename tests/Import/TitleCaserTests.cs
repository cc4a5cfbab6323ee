using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>A title in capitals takes the statement's own spelling of its words.</summary>
public sealed class TitleCaserTests
{
    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Theory]
    [InlineData(
        "STATEMENT BY THE NORTH ATLANTIC COUNCIL ON THE SO-CALLED \"REFERENDA\" IN PARTS OF UKRAINE",
        "The so-called \"referenda\" held in parts of Ukraine are illegitimate. The North Atlantic Council and all NATO Allies reject them, and parts of Ukraine remain Ukraine.",
        "en",
        "Statement by the North Atlantic Council on the So-Called \"Referenda\" in Parts of Ukraine")]
    [InlineData(
        "JOINT STATEMENT OF THE NATO-UKRAINE COMMISSION",
        "Today the NATO-Ukraine Commission met in Brussels. We, the members of the NATO-Ukraine Commission, support Ukraine.",
        "en",
        "Joint Statement of the NATO-Ukraine Commission")]
    [InlineData(
        "G7 LEADERS' STATEMENT ON UKRAINE: II. SANCTIONS",
        "We, the leaders of the G7, stand with Ukraine. Our sanctions against Russia remain in force.",
        "en",
        "G7 Leaders' Statement on Ukraine: II. Sanctions")]
    [InlineData(
        "NATO'S RESPONSE TO THE U.S. PROPOSAL",
        "The U.S. proposal was discussed. NATO's answer is ready.",
        "en",
        "NATO's Response to the U.S. Proposal")]
    [InlineData(
        "DÉCLARATION DU CONSEIL DE L'ATLANTIQUE NORD SUR L'UKRAINE",
        "Le Conseil de l'Atlantique Nord condamne l'agression. Nous soutenons l'Ukraine et son peuple.",
        "fr",
        "Déclaration du Conseil de l'Atlantique Nord sur l'Ukraine")]
    [InlineData(
        "DÉCLARATION SUR LA SITUATION EN UKRAINE ET AU BÉLARUS",
        "Le Conseil suit la situation en Ukraine avec inquiétude.",
        "fr",
        "Déclaration sur la situation en Ukraine et au bélarus")]
    public void English_takes_headline_style_other_languages_the_texts_spelling_and_acronyms_stay(string title, string body, string language, string expected) =>
        Assert.Equal(expected, TitleCaser.Recase(title, [body], language));

    [Fact]
    public void A_word_in_a_heading_in_capitals_is_no_evidence_and_a_sentences_first_word_neither()
    {
        // "SUMMIT" sits among capitals and "Summit" opens a sentence: neither says how the word is spelled.
        var recased = TitleCaser.Recase("DECLARATION OF THE VILNIUS SUMMIT", ["I. INTRODUCTION TO THE SUMMIT", "Summit leaders met. We met in Vilnius on the declaration."], "fr");
        Assert.Equal("Declaration of the Vilnius summit", recased);
    }

    [Theory]
    [InlineData("Statement by the North Atlantic Council", false)]
    [InlineData("NATO", false)]
    [InlineData("STATEMENT BY THE NAC", true)]
    [InlineData("PR (2022) 125", false)]
    public void Only_a_title_with_no_lower_case_letter_over_two_words_is_in_capitals(string title, bool expected) =>
        Assert.Equal(expected, TitleCaser.IsInCapitals(title));

    [Fact]
    public void An_imported_title_in_capitals_is_recased_and_the_report_says_so()
    {
        var result = Import("""
            STATEMENT BY THE NORTH ATLANTIC COUNCIL ON THE SITUATION IN UKRAINE

            22 September 2022

            The North Atlantic Council condemns the attack on Ukraine. NATO Allies stand with the people of Ukraine.
            """);

        Assert.Equal("Statement by the North Atlantic Council on the Situation in Ukraine", result.FrontMatter!.Title);
        Assert.Equal("North Atlantic Council", result.FrontMatter.Issuer);
        Assert.Contains(result.Report.Unsure, u => u.Message.Contains("in capitals", StringComparison.Ordinal));
        Assert.DoesNotContain("STATEMENT BY", result.Body);
    }
}
