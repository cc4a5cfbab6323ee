using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>
/// Rules learnt from pages none of the golden cases had: cookie banners on lines of their own, menus and
/// language switchers, site names and page titles above the real title, forwarded mail with a note,
/// greetings that open a speech. Each on a small text.
/// </summary>
public sealed class PageFurnitureRulesTests
{
    private const string Title = "Statement by the North Atlantic Council on peace";
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Theory]
    [InlineData("This website uses cookies. You can read more information about why we do this, and what they are used for here. Accept Decline")]
    [InlineData("We use some essential cookies to make this website work.")]
    [InlineData("Diese Website verwendet Cookies. Einige Cookies sind notwendig, andere helfen uns, die Website zu verbessern. Alle akzeptieren | Einstellungen")]
    [InlineData("Nous utilisons des cookies pour vous garantir la meilleure expérience sur notre site. Tout accepter | Tout refuser")]
    [InlineData("Cookies on GOV.UK")]
    [InlineData("Utilizamos cookies propias y de terceros para mejorar nuestros servicios. Si continúa navegando, consideramos que acepta su uso. Más información | Aceptar")]
    [InlineData("Questo sito utilizza cookie tecnici e, previo tuo consenso, cookie di profilazione di terze parti. Accetta Rifiuta Personalizza")]
    [InlineData("Rijksoverheid.nl gebruikt cookies om de website te verbeteren. Mogen wij ook cookies plaatsen om het gebruik van de website te meten? Ja, dat is goed | Nee, liever niet")]
    public void A_cookie_banner_on_its_own_line_goes_whole(string banner)
    {
        var result = Import($"{banner}\n\n{Title}\n\n5 May 2015\n\n{banner}\n\n{Paragraph}\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal(Paragraph, result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "cookie notice" && d.Text == banner);
    }

    [Theory]
    [InlineData("We welcome the agreement on the new rules on cookies and online tracking.")]
    [InlineData("End-users will have a genuine choice to accept cookies or similar identifiers.")]
    [InlineData("Banners that merely state that this website uses cookies will no longer be sufficient to obtain consent.")]
    [InlineData("Software providers will be encouraged to make it easy for users to manage cookie settings and withdraw consent.")]
    public void A_paragraph_about_cookies_is_the_statement_not_a_banner(string aboutCookies)
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n## Cookies and consent\n\n{aboutCookies}\n\n{Paragraph}\n");
        Assert.Equal(Paragraph + "\n\n## Cookies and consent\n\n" + aboutCookies + "\n\n" + Paragraph, result.Body);
    }

    [Fact]
    public void A_menu_or_language_switcher_of_short_lines_is_not_the_first_paragraph()
    {
        var menu = "Skip to main content\nWelcome to the United Nations\nالعربية\n中文\nEnglish\nFrançais\nРусский\nEspañol\nUnited Nations\nMeetings Coverage and Press Releases\nSearch\nHome";
        var result = Import($"{menu}\n\n{Title}\n\n5 May 2015\n\n{Paragraph}\n");
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal(Paragraph, result.Body);
    }

    [Theory]
    [InlineData("Aller au contenu principal")]
    [InlineData("Direkt zum Inhalt springen")]
    [InlineData("Skip to main content")]
    [InlineData("The White House")]
    [InlineData("NATO - Opinion: Statement by the North Atlantic Council on peace")]
    [InlineData("Go To Index | Go To Homepage")]
    [InlineData("Skip to \"About government\"")]
    [InlineData("Vai alla navigazione del sito")]
    [InlineData("Castellano | Català | Euskera | Galego | English")]
    [InlineData("March 3, 2023 - Ottawa, Ontario - Global Affairs Canada")]
    public void Site_names_skip_links_and_page_titles_lose_to_the_title(string above)
    {
        var result = Import($"{above}\n\n{Title}\n\n5 May 2015\n\n{Paragraph}\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
    }

    [Fact]
    public void A_long_title_in_two_languages_is_a_title_not_a_paragraph()
    {
        var result = Import("Joint Statement of the NATO-Ukraine Commission at the level of Foreign Ministers\nDéclaration conjointe de la Commission OTAN-Ukraine au niveau des ministres des Affaires étrangères\n\n4 April 2019\n\n" + Paragraph + "\n");
        Assert.Equal("Joint Statement of the NATO-Ukraine Commission at the level of Foreign Ministers", result.FrontMatter!.Title);
        Assert.Equal("NATO-Ukraine Commission", result.FrontMatter.Issuer);
        Assert.Equal(Paragraph, result.Body);
    }

    [Theory]
    [InlineData("Security Council Press Statement on Attack against Peacekeepers in Mali", "Security Council")]
    [InlineData("EU Statement on the Russian Federation's ongoing aggression against Ukraine", "European Union")]
    [InlineData("Joint Statement of the Nordic-Baltic Eight Foreign Ministers on Belarus", "Nordic-Baltic Eight Foreign Ministers")]
    [InlineData("Statement attributable to the Spokesperson for the Secretary-General - on the Black Sea Grain Initiative", "Spokesperson for the Secretary-General")]
    [InlineData("Chair's Statement of the NATO Foreign Ministers' Meeting", "Chair")]
    public void Issuer_from_the_title(string title, string issuer)
    {
        Assert.Equal(issuer, Import($"{title}\n\n5 May 2015\n\n{Paragraph}\n").FrontMatter!.Issuer);
    }

    [Theory]
    [InlineData("Vilnius Summit Communiqué")]
    [InlineData("Vilnius Declaration on Transatlantic Security")]
    [InlineData("Final Communiqué")]
    [InlineData("Statement of Intent on defence cooperation")]
    public void An_event_or_a_qualifier_before_the_kind_of_text_is_not_the_issuer(string title)
    {
        Assert.Equal("Unknown", Import($"{title}\n\n5 May 2015\n\n{Paragraph}\n").FrontMatter!.Issuer);
    }

    [Fact]
    public void An_issued_by_subtitle_and_a_row_of_fields_are_header_not_body()
    {
        var result = Import("Vilnius Summit Communiqué\n\nIssued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius 11 July 2023.\n\n11 Jul. 2023 - | Press Release (2023) 001 | Issued on 11 Jul. 2023 |\n\n" + Paragraph + "\n");
        Assert.True(result.Errors.Count == 0, string.Join("\n", result.Errors.Select(e => e.Message)));
        Assert.Equal(new DateOnly(2023, 7, 11), result.FrontMatter!.Date);
        Assert.Equal("NATO Heads of State and Government", result.FrontMatter.Issuer);
        Assert.Equal("Press Release (2023) 001", result.FrontMatter.Reference);
        Assert.Equal(Paragraph, result.Body);
    }

    [Theory]
    [InlineData("Mr. Chair,")]
    [InlineData("Good afternoon.")]
    [InlineData("Excellencies, ladies and gentlemen,")]
    [InlineData("Mesdames et Messieurs,")]
    public void A_speech_s_greeting_is_its_first_line(string greeting)
    {
        var result = Import($"Remarks by the Secretary General on peace\n\n5 May 2015\n\n{greeting}\n\n{Paragraph}\n");
        Assert.Equal(greeting + "\n\n" + Paragraph, result.Body);
    }

    [Fact]
    public void A_forwarder_s_note_and_sign_off_go_and_the_forwarded_statement_stays()
    {
        var result = Import($"FYI - the statement from yesterday, for the archive. Can you add it to the list for Thursday?\n\nThanks,\nAnna\n\n---------- Forwarded message ---------\nFrom: Press <press@example.org>\nDate: Wed, 8 Mar 2023 at 09:14\nSubject: {Title}\nTo: <list@example.org>\n\n{Title}\n\nRiga, 7 March 2023\n\n{Paragraph}\n\nWe will continue to support the people of our partner for as long as it takes.\n");
        Assert.Equal(Paragraph + "\n\nWe will continue to support the people of our partner for as long as it takes.", result.Body);
        Assert.Equal(new DateOnly(2023, 3, 7), result.FrontMatter!.Date);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "forwarding note" && d.Text.StartsWith("FYI", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Montag")]
    [InlineData("Mittwoch")]
    [InlineData("mercredi")]
    public void A_weekday_before_the_date_is_not_the_place(string weekday)
    {
        Assert.Null(Import($"{Title}\n\n{weekday}, 15. März 2023\n\n{Paragraph}\n").FrontMatter!.Location);
    }

    [Theory]
    [InlineData("New York, 18 March 2023", "New York")]
    [InlineData("Paris, le 22 janvier 2023", "Paris")]
    [InlineData("Brussels, Monday, 24 March 2023", "Brussels")]
    [InlineData("HELD IN BERLIN, 3 JUNE 1996", "Berlin")]
    [InlineData("Bucharest, 29-30 November 2022", "Bucharest")]
    [InlineData("04 Apr. 2023 | Brussels", "Brussels")]
    public void Datelines_name_the_place(string dateline, string place)
    {
        Assert.Equal(place, Import($"{Title}\n\n{dateline}\n\n{Paragraph}\n").FrontMatter!.Location);
    }

    [Fact]
    public void A_statement_pasted_as_one_line_is_an_error_that_says_so()
    {
        var text = Title + " 5 May 2015 " + string.Concat(Enumerable.Repeat(Paragraph + " ", 12));
        var error = Assert.Single(Import(text).Errors);
        Assert.StartsWith("the text is one line of 1,", error.Message);
        Assert.Contains("put the title on its own line", error.Message);
    }

    [Fact]
    public void The_United_States_government_banner_is_not_the_statement()
    {
        var banner = "An official website of the United States Government\nHere's how you know\nOfficial websites use .gov\nA .gov website belongs to an official government organization in the United States.\nSecure .gov websites use HTTPS\nA lock or https:// means you've safely connected to the .gov website. Share sensitive information only on official, secure websites.";
        var result = Import($"{banner}\n\n{Title}\n\n5 May 2015\n\n{Paragraph}\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal(Paragraph, result.Body);
    }

    [Fact]
    public void In_a_run_of_menu_lines_the_long_line_is_the_title_and_a_byline_is_not()
    {
        var result = Import("U.S. Department of State\nHome\nOffice of the Spokesperson\nPress Releases\nSanctioning Officials Responsible for the Deportation of Children\nHide\nPress Statement\nAntony J. Blinken, Secretary of State\nMarch 3, 2023\nShare\n\n" + Paragraph + "\n");
        Assert.Equal("Sanctioning Officials Responsible for the Deportation of Children", result.FrontMatter!.Title);
    }

    [Fact]
    public void The_first_of_numbered_sections_and_markdown_footnotes_belong_to_the_statement()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\nI. INTRODUCTION\n\n{Paragraph}[^1]\n\nII. THE WAY AHEAD\n\n{Paragraph}\n\n[^1]: https://www.example.org/note\n");
        Assert.StartsWith("## I. INTRODUCTION\n\n", result.Body);
        Assert.EndsWith("[^1]: https://www.example.org/note", result.Body);
    }

    [Fact]
    public void A_table_copied_as_text_stays_a_table_and_aligned_prose_does_not_become_one()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\nBudget                 2023      2024\nCivil budget          370.6     438.1\nMilitary budget     1,964.4   2,032.5\n\nAlly\tCost share (%)\nGermany\t16.19\nUnited States\t16.19\n");
        Assert.Contains("| Budget | 2023 | 2024 |\n| --- | --- | --- |\n| Civil budget | 370.6 | 438.1 |\n| Military budget | 1,964.4 | 2,032.5 |", result.Body);
        Assert.Contains("| Ally | Cost share (%) |\n| --- | --- |\n| Germany | 16.19 |\n| United States | 16.19 |", result.Body);

        var prose = Import($"{Title}\n\n5 May 2015\n\nWe note  the figures for 2023  and\nwe welcome  the rise of 4 percent in\nthe budgets of  all 31 Allies.\n").Body;
        Assert.DoesNotContain("|", prose);
    }

    [Fact]
    public void A_place_and_date_under_the_text_give_the_location()
    {
        var front = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\nNew Delhi\nMarch 02, 2023\n").FrontMatter!;
        Assert.Equal("New Delhi", front.Location);
    }

    [Theory]
    [InlineData("Declaração do Ministro dos Negócios Estrangeiros no primeiro aniversário da agressão", "Ministro dos Negócios Estrangeiros")]
    [InlineData("Declaración del Ministro de Asuntos Exteriores en el aniversario de la agresión", "Ministro de Asuntos Exteriores")]
    public void The_issuer_ends_where_the_occasion_begins(string title, string issuer)
    {
        Assert.Equal(issuer, Import($"{title}\n\n5 May 2015\n\n{Paragraph}\n").FrontMatter!.Issuer);
    }

    [Fact]
    public void Word_s_second_level_bullets_nest_under_their_point()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n• strengthen essential services, including:\n  o secure energy supplies;\n  o the supply of food and water;\n• build the capacity of our populations.\n");
        Assert.EndsWith("- strengthen essential services, including:\n  - secure energy supplies;\n  - the supply of food and water;\n- build the capacity of our populations.", result.Body);
    }

    [Fact]
    public void The_place_in_an_issued_by_subtitle_is_the_location()
    {
        var front = Import($"Vilnius Summit Communiqué\n\nIssued by NATO Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius 11 July 2023.\n\n{Paragraph}\n").FrontMatter!;
        Assert.Equal("Vilnius", front.Location);
    }

    [Fact]
    public void A_timeline_of_years_keeps_one_entry_a_line()
    {
        var body = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n1995. NATO leads the Implementation Force after the Dayton Peace Agreement.\n1999. NATO deploys the Kosovo Force.\n2004. The European Union takes over from NATO in Bosnia and Herzegovina.\n").Body;
        Assert.EndsWith("1995\\. NATO leads the Implementation Force after the Dayton Peace Agreement.\n\n1999\\. NATO deploys the Kosovo Force.\n\n2004\\. The European Union takes over from NATO in Bosnia and Herzegovina.", body);
    }

    [Fact]
    public void A_speech_keeps_its_closing_thanks_and_the_questions_after_it()
    {
        var result = Import($"Remarks by the Secretary General on peace\n\n5 May 2015\n\n{Paragraph}\n\nThank you.\n\nMODERATOR: We'll start with Reuters.\n\nQ [Reuters]: Secretary General, when do you expect Sweden to join the Alliance?\n\nSECRETARY GENERAL: I will not give you a date, but I am confident that it will happen soon.\n");
        Assert.StartsWith(Paragraph + "\n\nThank you.\n\nMODERATOR: We'll start with Reuters.", result.Body);
        Assert.EndsWith("I am confident that it will happen soon.", result.Body);
    }

    [Fact]
    public void Notes_to_editors_under_their_heading_become_the_note()
    {
        var front = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\nENDS\n\nNotes to editors\n\n1. The £89 million includes £35 million for the World Food Programme.\n2. The UK is penholder on Sudan at the UN Security Council.\n\nMedia enquiries\nEmail newsdesk@example.org\n").FrontMatter!;
        Assert.Equal("1. The £89 million includes £35 million for the World Food Programme. 2. The UK is penholder on Sudan at the UN Security Council.", front.Source.Note);
    }

    [Fact]
    public void A_statement_forwarded_twice_is_read_from_the_innermost_message()
    {
        var result = Import($"From: A <a@example.org>\nSent: Wednesday, 19 July 2023 08:47\nSubject: FW: Fwd: statement\n\nFor the file.\nGroet, Pieter\n\n---------- Forwarded message ---------\nFrom: B <b@example.org>\nDate: Tue, 18 Jul 2023 at 19:02\nSubject: Fwd: statement\n\nHi Pieter, see below.\nBest, Kasia\n\n--\nKasia\n\n---------- Forwarded message ---------\nFrom: Press <press@example.int>\nDate: Tue, 18 Jul 2023 at 16:15\nSubject: {Title}\n\n{Title}\n\n18 July 2023\n\n{Paragraph}\n\nWe will stand with our partner for as long as it takes.\n");
        Assert.Equal(Paragraph + "\n\nWe will stand with our partner for as long as it takes.", result.Body);
        Assert.Equal(Title, result.FrontMatter!.Title);
    }

    [Theory]
    [InlineData("(As delivered)")]
    [InlineData("Photo by ACT PAO")]
    [InlineData("Story by Allied Command Transformation Public Affairs Office")]
    [InlineData("[Frequently asked questions] [Press Releases]")]
    [InlineData("An official website of the European Union How do you know?")]
    [InlineData("Press release | Brussels, 20 March 2024 | 3 min read")]
    public void Page_furniture_around_the_title_is_never_the_title(string line)
    {
        Assert.Equal(Title, Import($"{Title}\n\n{line}\n\n5 May 2015\n\n{Paragraph}\n").FrontMatter!.Title);
    }

    [Fact]
    public void A_resolution_s_opening_author_line_is_kept()
    {
        var body = Import($"Declaration 482 on standing with Ukraine\n\n21 November 2022\n\nThe Assembly,\n\n1. Recalling its earlier declarations on the war and on the support of the Allies for Ukraine;\n").Body;
        Assert.StartsWith("The Assembly,\n\n1. Recalling", body);
    }

    [Theory]
    [InlineData("Doorstep statement\n\nby NATO Secretary General Jens Stoltenberg at the start of the meeting of NATO Defence Ministers", "Doorstep statement by NATO Secretary General Jens Stoltenberg at the start of the meeting of NATO Defence Ministers")]
    [InlineData("Press Statement\nby Dr. Javier Solana, Secretary General of NATO", "Press Statement by Dr. Javier Solana, Secretary General of NATO")]
    public void A_kind_of_text_over_its_by_line_is_one_title(string header, string title)
    {
        Assert.Equal(title, Import($"{header}\n\n23 March 1999\n\n{Paragraph}\n").FrontMatter!.Title);
    }

    [Fact]
    public void A_signed_text_s_closing_done_at_line_gives_date_and_place()
    {
        var front = Import($"Joint Declaration on cooperation\n\n{Paragraph}\n\nWe will review progress every year together with all our partners.\n\nDone at Brussels on 10 January 2023.\n").FrontMatter!;
        Assert.Equal(new DateOnly(2023, 1, 10), front.Date);
        Assert.Equal("Brussels", front.Location);
    }

    [Fact]
    public void Tracked_deletions_comment_anchors_and_comments_are_not_the_text()
    {
        var result = Import($"{Title}\n\n5 May 2015\n\nAll five Nordic countries [Deleted: will ]celebrate this anniversary as Allies[A1], and we welcome it today.\n\n{Paragraph}\n\n[A1]Should we say \"in Washington, D.C.\"? – MFA-DK\n");
        Assert.Equal("All five Nordic countries celebrate this anniversary as Allies, and we welcome it today.\n\n" + Paragraph, result.Body);
        Assert.Contains(result.Report.Dropped, d => d.Reason == "tracked deletion" && d.Text == "[Deleted: will ]");
    }

    [Fact]
    public void Pandoc_divs_and_attributes_go_and_their_text_stays()
    {
        var result = Import($"::: {{#main .content}}\n# {Title} {{#statement .page-title}}\n\n[Issued on 07 Mar. 2024]{{.issued}}\n\n{Paragraph} See the [Treaty](https://www.nato.int/treaty){{.external}}.\n:::\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal(new DateOnly(2024, 3, 7), result.FrontMatter.Date);
        Assert.Equal(Paragraph + " See the [Treaty](https://www.nato.int/treaty).", result.Body);
    }

    [Fact]
    public void A_channel_s_emoji_before_the_title_and_paragraphs_go()
    {
        var result = Import($"❗️{Title}\n\n5 May 2015\n\n🔹 {Paragraph}\n");
        Assert.Equal(Title, result.FrontMatter!.Title);
        Assert.Equal(Paragraph, result.Body);
    }

    [Fact]
    public void The_names_a_last_paragraph_announces_are_a_list()
    {
        var body = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\nThis statement is endorsed by:\n\nAlbania\nNew Zealand\nNorth Macedonia\n").Body;
        Assert.EndsWith("This statement is endorsed by:\n\n- Albania\n- New Zealand\n- North Macedonia", body);
    }

    [Fact]
    public void A_resolution_s_preamble_belongs_to_the_text()
    {
        var body = Import("Resolution on the safety of nuclear facilities\n\n29 February 2024\n\nThe General Assembly,\n\nRecalling its resolutions ES-11/1 of 2 March 2022 and ES-11/4 of 12 October 2022,\n\nReaffirming its commitment to the sovereignty and territorial integrity of Ukraine,\n\n1. Demands that the Russian Federation immediately withdraw its military from the power plant;\n").Body;
        Assert.StartsWith("The General Assembly,\n\nRecalling its resolutions", body);
    }

    [Fact]
    public void A_statement_pasted_twice_keeps_one_copy_and_says_so_but_a_single_refrain_stays()
    {
        const string Second = "We will continue to support our partner for as long as it takes, with all our strength.";
        var twice = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n{Second}\n\n{Title}\n\n{Paragraph}\n\n{Second}\n");
        Assert.Equal(Paragraph + "\n\n" + Second, twice.Body);
        Assert.Contains(twice.Report.Unsure, u => u.Message.Contains("pasted twice", StringComparison.Ordinal));

        var refrain = Import($"{Title}\n\n5 May 2015\n\n{Paragraph}\n\n{Second}\n\n{Paragraph}\n");
        Assert.Equal(Paragraph + "\n\n" + Second + "\n\n" + Paragraph, refrain.Body);
    }

    [Fact]
    public void A_record_s_field_block_under_a_site_menu_states_the_metadata()
    {
        var front = Import($"Home\nAbout us\nSearch\n\nTitle: {Title}\nDate: 2022-07-14\nReference: G7-FM-2022-07\nLocation: Munich\n\n{Paragraph}\n").FrontMatter!;
        Assert.Equal("G7-FM-2022-07", front.Reference);
        Assert.Equal("Munich", front.Location);
    }

    [Fact]
    public void A_quoted_printable_soft_break_with_spaces_after_it_is_still_a_soft_break()
    {
        var body = Import($"{Title}\n\n5 May 2015\n\nWe stand with the people of Ukra= \nine and with the United King=\t\ndom and all our partners, today and tomorrow.\n").Body;
        Assert.Equal("We stand with the people of Ukraine and with the United Kingdom and all our partners, today and tomorrow.", body);
    }

    [Fact]
    public void A_wrapped_line_with_a_closing_guillemet_is_no_breadcrumb()
    {
        var body = Import("Déclaration du Conseil de l'Atlantique Nord sur l'Ukraine\n\n5 mai 2015\n\nNous rappelons les termes de l'accord de Minsk : « un\ncessez-le-feu complet et immédiat » doit être respecté par toutes les\nparties. Nous restons unis.\n").Body;
        Assert.Contains("« un cessez-le-feu complet et immédiat » doit être respecté par toutes les parties.", body);
    }

    [Fact]
    public void A_date_alone_on_its_line_is_never_wrapped_into_the_title_or_the_paragraph()
    {
        var result = Import("G7 Leaders' Statement on the invasion of Ukraine\n27.02.2022\nWe, the Leaders of the G7, condemn the unprovoked and unjustified attack\non Ukraine by the Russian Federation, which was enabled by Belarus.\n");
        Assert.Equal("G7 Leaders' Statement on the invasion of Ukraine", result.FrontMatter!.Title);
        Assert.Equal(new DateOnly(2022, 2, 27), result.FrontMatter.Date);
        Assert.Equal("We, the Leaders of the G7, condemn the unprovoked and unjustified attack on Ukraine by the Russian Federation, which was enabled by Belarus.", result.Body);
    }

    [Fact]
    public void A_page_number_and_running_header_on_one_line_do_not_cut_a_sentence()
    {
        var body = Import($"                                   PC.DEL/312/22\n                                   25 March 2022\n\n{Title}\n\nVienna, 24 March 2022\n\nThe siege of Mariupol, where hundreds of thousands of people remain trapped without food, water,\n\n\n                 - 2 -                          PC.DEL/312/22\n                                                25 March 2022\n\nheating or medicine, is a grave humanitarian catastrophe. Those responsible will be held accountable.\n").Body;
        Assert.Equal("The siege of Mariupol, where hundreds of thousands of people remain trapped without food, water, heating or medicine, is a grave humanitarian catastrophe. Those responsible will be held accountable.", body);
    }
}
