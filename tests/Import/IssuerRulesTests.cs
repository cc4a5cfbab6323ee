using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>Who issued a text, from the shapes pages give it that the title does not: readouts, inverted ledes, a page's "From" label.</summary>
public sealed class IssuerRulesTests
{
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportedFrontMatter Import(string text) =>
        new StatementImporter().Import(RawStatement.FromText("x.txt", text)).FrontMatter!;

    [Theory]
    [InlineData("Readout of President Biden's Call with President Zelenskyy of Ukraine", "President Biden")]
    [InlineData("Readout of the Secretary-General's meeting with the Prime Minister of Sweden", "Secretary-General")]
    [InlineData("Readout from Prime Minister Trudeau’s phone call with Chancellor Scholz", "Prime Minister Trudeau")]
    public void A_readout_is_issued_by_whose_call_or_meeting_it_was(string title, string issuer) =>
        Assert.Equal(issuer, Import($"{title}\n\nFebruary 24, 2022\n\n{Paragraph}\n").Issuer);

    [Theory]
    [InlineData("The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the following statement:", "Mélanie Joly, Minister of Foreign Affairs")]
    [InlineData("The Foreign Minister has issued the following statement:", "Foreign Minister")]
    [InlineData("High Representative Josep Borrell made the following statement on behalf of the EU:", "High Representative Josep Borrell")]
    public void A_lede_that_says_who_issued_the_following_statement_names_the_issuer(string lede, string issuer) =>
        Assert.Equal(issuer, Import($"News release\n\nCanada condemns the attack\n\nFebruary 24, 2022\n\n{lede}\n\n{Paragraph}\n").Issuer);

    [Fact]
    public void A_pages_from_label_over_its_value_names_the_issuer_and_the_first_of_several()
    {
        var front = Import($"Press release\n\nStatement on the invasion of Ukraine\n\nFrom:\nPrime Minister's Office, 10 Downing Street and The Rt Hon Boris Johnson MP\nPublished\n24 February 2022\n\n{Paragraph}\n");
        Assert.Equal("Prime Minister's Office, 10 Downing Street", front.Issuer);
    }

    [Fact]
    public void An_email_sender_is_not_an_issuer()
    {
        var front = Import($"Statement on the invasion of Ukraine\n\nFrom: Press Office <press@example.org>\n\n24 February 2022\n\n{Paragraph}\n");
        Assert.NotEqual("Press Office", front.Issuer);
    }

    [Theory]
    [InlineData("NATO PARLIAMENTARY ASSEMBLY", "NATO Parliamentary Assembly")]
    [InlineData("Federal Department of Foreign Affairs", "Federal Department of Foreign Affairs")]
    [InlineData("European Commission logo", "European Commission")]
    public void With_nothing_else_a_letterhead_that_names_an_office_is_the_issuer(string letterhead, string issuer) =>
        Assert.Equal(issuer, Import($"{letterhead}\n\nStatement on the invasion of Ukraine\n\n24 February 2022\n\n{Paragraph} NATO Allies agree.\n").Issuer);

    [Fact]
    public void A_menu_item_naming_an_office_is_no_letterhead()
    {
        Assert.Equal("Unknown", Import($"El Ministerio\n\nComunicado sobre Ucrania\n\n24 de febrero de 2022\n\nCondenamos en los términos más enérgicos el ataque contra nuestro socio y su pueblo.\n").Issuer);
    }

    [Fact]
    public void Who_delivered_a_speech_issued_it_not_the_forum_on_the_letterhead()
    {
        var front = Import($"Organization for Security and Co-operation in Europe\nPermanent Council\n\nStatement on the invasion of Ukraine\n\nDelivered by Ambassador Michael Carpenter to the Permanent Council\n\n24 February 2022\n\n{Paragraph}\n");
        Assert.Equal("Ambassador Michael Carpenter", front.Issuer);
    }
}
