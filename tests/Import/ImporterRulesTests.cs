using StatementArchive.Domain;
using StatementArchive.Import;
using YamlDotNet.RepresentationModel;

namespace StatementArchive.Tests.Import;

/// <summary>Single rules of the importer, each on a small text of its own.</summary>
public sealed class ImporterRulesTests
{
    private const string Paragraph = "We condemn in the strongest possible terms the attack on our partner and its people.";

    private static ImportResult Import(string text) => new StatementImporter().Import(RawStatement.FromText("x.txt", text));

    [Theory]
    [InlineData("22 September 2022", 2022, 9, 22)]
    [InlineData("22 September\n2022", 2022, 9, 22)]
    [InlineData("24 Mar. 2022", 2022, 3, 24)]
    [InlineData("February 25, 2022", 2022, 2, 25)]
    [InlineData("2022-09-22", 2022, 9, 22)]
    [InlineData("1er juin 2015", 2015, 6, 1)]
    [InlineData("22 de septiembre de 2022", 2022, 9, 22)]
    [InlineData("24. Februar 2022", 2022, 2, 24)]
    [InlineData("24 febbraio 2022", 2022, 2, 24)]
    [InlineData("24 de fevereiro de 2022", 2022, 2, 24)]
    [InlineData("24 februari 2022", 2022, 2, 24)]
    [InlineData("3 maart 2022", 2022, 3, 3)]
    public void Dates_in_common_forms(string written, int year, int month, int day)
    {
        var result = Import($"Statement by the North Atlantic Council on peace\n\n{written}\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(year, month, day), result.FrontMatter!.Date);
    }

    [Fact]
    public void Issue_date_beats_last_updated_and_earlier_lines()
    {
        var result = Import($"Last updated: 30 Sep. 2022 10:00\n\nStatement by the North Atlantic Council on peace\n\n21 September 2022\n\nIssued on 22 September 2022\n\n{Paragraph}\n");
        Assert.Equal(new DateOnly(2022, 9, 22), result.FrontMatter!.Date);
    }

    [Theory]
    [InlineData("PR (2022) 125")]
    [InlineData("Press Release (2022) 061")]
    [InlineData("PR/CP(2021)086")]
    [InlineData("Press Release (98)15")]
    [InlineData("SG/SM/21734")]
    [InlineData("Pressemitteilung Nr. 56/22")]
    [InlineData("Comunicado 045")]
    [InlineData("Press release 123/22")]
    [InlineData("PC.DEL/312/22")]
    [InlineData("S/PRST/2022/3")]
    [InlineData("A/RES/ES-11/1")]
    [InlineData("M-NAC-1(96)63")]
    [InlineData("PC.DEL/1234/22/Rev.1")]
    [InlineData("PSC/PR/COMM.1081 (2022)")]
    [InlineData("Nota à imprensa nº 45")]
    public void Reference_numbers_kept_as_written(string reference)
    {
        var result = Import($"Statement by the Secretary General on peace\n\n5 May 2015 | {reference}\n\n{Paragraph}\n");
        Assert.Equal(reference, result.FrontMatter!.Reference);
    }

    [Fact]
    public void A_number_after_a_ref_label_is_the_reference_and_the_title_above_it_stays_the_title()
    {
        var result = Import($"Statement by the Ministry on Ukraine\n24 February 2022\nRef. DC 050(2022)\n\n{Paragraph}\n");
        Assert.Equal("Statement by the Ministry on Ukraine", result.FrontMatter!.Title);
        Assert.Equal("DC 050(2022)", result.FrontMatter.Reference);
    }

    [Fact]
    public void A_numbered_release_on_a_line_of_its_own_is_the_reference_and_names_the_type()
    {
        var result = Import($"Votação na Assembleia Geral sobre a situação na Ucrânia\nNota à imprensa nº 45\nPublicado em 2 de março de 2022\n\nO Brasil votou hoje a favor da resolução da Assembleia Geral das Nações Unidas sobre a Ucrânia.\n");
        Assert.Equal("Nota à imprensa nº 45", result.FrontMatter!.Reference);
        Assert.Equal(StatementArchive.Domain.StatementType.PressRelease, result.FrontMatter.Type);
    }

    [Theory]
    [InlineData("en", "We condemn the attack on our partner and its people, and we stand with them. This is a violation of the law that will not go unanswered by the Allies.")]
    [InlineData("fr", "Nous condamnons l'attaque contre notre partenaire et son peuple, et nous sommes à ses côtés. C'est une violation du droit qui ne restera pas sans réponse de la part des Alliés.")]
    [InlineData("de", "Wir verurteilen den Angriff auf unseren Partner und sein Volk, und wir stehen an seiner Seite. Das ist ein Bruch des Rechts, der nicht ohne Antwort der Verbündeten bleiben wird.")]
    [InlineData("es", "Condenamos el ataque contra nuestro socio y su pueblo, y estamos a su lado. Es una violación del derecho que no quedará sin respuesta por parte de los Aliados, como siempre.")]
    [InlineData("it", "Condanniamo l'attacco contro il nostro partner e il suo popolo, e siamo al suo fianco. È una violazione del diritto che non resterà senza risposta da parte degli Alleati, nella piena unità della nostra Alleanza per la difesa di tutti.")]
    [InlineData("pt", "Condenamos o ataque contra o nosso parceiro e o seu povo, e estamos ao seu lado. É uma violação do direito que não ficará sem resposta por parte dos Aliados, com a unidade da nossa Aliança em defesa da paz e da segurança de todos os povos.")]
    [InlineData("nl", "Wij veroordelen de aanval op onze partner en zijn volk, en wij staan aan zijn zijde. Het is een schending van het recht die niet zonder antwoord van de bondgenoten zal blijven, en wij zijn er ook voor de veiligheid van een vrij Europa met alle partners.")]
    public void Language_from_the_body(string language, string paragraph) =>
        Assert.Equal(language, Import($"Statement by the North Atlantic Council on peace\n\n5 May 2015\n\n{paragraph}\n").FrontMatter!.Language);

    [Theory]
    [InlineData("Press release 24 March 2022 14:30")]
    [InlineData("See gov.uk/2022/05 for the text")]
    [InlineData("The Brussels Summit Communiqué 2021")]
    public void A_label_followed_by_a_date_or_a_year_is_not_a_reference(string line) =>
        Assert.Null(ReferenceDetector.Find(line));

    [Theory]
    [InlineData("Statement by the North Atlantic Council on peace", "North Atlantic Council", StatementType.Statement)]
    [InlineData("Ukraine: Declaration by the High Representative on behalf of the EU on the invasion of Ukraine", "High Representative on behalf of the EU", StatementType.Declaration)]
    [InlineData("Statement attributable to the Spokesperson for the Secretary-General on the situation in Sudan", "Spokesperson for the Secretary-General", StatementType.Statement)]
    [InlineData("Statement from the White House Press Secretary on the G7 summit", "White House Press Secretary", StatementType.Statement)]
    [InlineData("Communiqué issued by the Heads of State and Government participating in the meeting of the North Atlantic Council in Vilnius", "Heads of State and Government", StatementType.Communique)]
    [InlineData("Declaração do Governo de Portugal sobre a Ucrânia", "Governo de Portugal", StatementType.Declaration)]
    [InlineData("Verklaring van de Nederlandse regering over Oekraïne", "Nederlandse regering", StatementType.Statement)]
    [InlineData("Erklärung des Bundeskanzlers zum Angriff auf die Ukraine", "Bundeskanzler", StatementType.Statement)]
    [InlineData("Gemeinsame Erklärung der Bundesregierung und der Regierung Frankreichs zur Lage", "Bundesregierung und der Regierung Frankreichs", StatementType.JointStatement)]
    [InlineData("Declaración del Gobierno de España sobre la agresión", "Gobierno de España", StatementType.Declaration)]
    [InlineData("Comunicado de prensa del Ministerio de Asuntos Exteriores sobre Ucrania", "Ministerio de Asuntos Exteriores", StatementType.PressRelease)]
    [InlineData("Dichiarazione del Presidente del Consiglio sulla situazione in Ucraina", "Presidente del Consiglio", StatementType.Statement)]
    [InlineData("Joint Statement by the North Atlantic Treaty Organization Heads of State and Government on peace", "NATO Heads of State and Government", StatementType.JointStatement)]
    [InlineData("Brussels Summit Declaration issued by the Heads of State and Government", "Heads of State and Government", StatementType.Declaration)]
    [InlineData("G7 Leaders' Statement on Ukraine", "G7 Leaders", StatementType.Statement)]
    [InlineData("Remarks by the Secretary General at the press conference", "Secretary General", StatementType.Speech)]
    public void Issuer_and_type_from_the_title(string title, string issuer, StatementType type)
    {
        var front = Import($"{title}\n\n5 May 2015\n\n{Paragraph}\n").FrontMatter!;
        Assert.Equal(issuer, front.Issuer);
        Assert.Equal(type, front.Type);
    }

    [Fact]
    public void Location_from_dateline_not_from_postal_address()
    {
        var withDateline = Import($"Statement by the Council on peace\n\nBrussels, 24 March 2022\n\n{Paragraph}\n\nNATO HQ, Blvd Leopold III\n1110 Brussels, Belgium\n");
        var withoutDateline = Import($"Statement by the Council on peace\n\n24 March 2022\n\n{Paragraph}\n\nNATO HQ, Blvd Leopold III\n1110 Brussels, Belgium\n");
        Assert.Equal("Brussels", withDateline.FrontMatter!.Location);
        Assert.Null(withoutDateline.FrontMatter!.Location);
    }

    [Fact]
    public void Plain_paragraph_starting_with_a_number_is_escaped()
    {
        var body = Import($"Statement by the Council on peace\n\n5 May 2015\n\n{Paragraph}\n\n2022. This was a year of war, and we said so clearly.\n").Body;
        Assert.Contains("2022\\. This was a year", body);
    }

    [Fact]
    public void Missing_title_or_date_is_an_error_with_a_line()
    {
        var noDate = Import($"Statement by the Council on peace\n\n{Paragraph}\n");
        Assert.False(noDate.Succeeded);
        Assert.Contains("no issue date", noDate.Errors[0].Message);
        Assert.Equal(1, noDate.Errors[0].Line);

        var noText = Import("\n\n");
        Assert.False(noText.Succeeded);
    }

    [Fact]
    public void Front_matter_round_trips_through_a_yaml_reader()
    {
        var title = "Statement: the so-called \"referenda\" - it's 'false' #1";
        var markdown = Import($"**{title}**\n\n5 May 2015\n\n{Paragraph}\n\n*DCPD Number:* 12345.\n").Markdown!;
        var yaml = markdown[4..markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal)];
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        Assert.Equal(title, ((YamlScalarNode)root["title"]).Value);
        var record = (YamlMappingNode)((YamlMappingNode)root["source"])["record"];
        var number = (YamlScalarNode)record["dcpd_number"];
        Assert.Equal("12345", number.Value);
        Assert.NotEqual(YamlDotNet.Core.ScalarStyle.Plain, number.Style);
        Assert.EndsWith("\n", markdown);
        Assert.DoesNotContain("\r", markdown);
    }

    [Fact]
    public void Tags_need_a_title_mention_or_two_body_mentions()
    {
        var vocabulary = new TagVocabulary([
            new TagDefinition("crimea", "Crimea", "", ["Crimée"]),
            new TagDefinition("nuclear", "Nuclear", "", []),
            new TagDefinition("cyber", "Cyber", "", ["cyberspace"]),
        ]);
        var matcher = new TagMatcher(vocabulary);
        Assert.Equal(["crimea", "nuclear"], matcher.Match("Statement on Crimea", "nuclear rhetoric and NUCLEAR threats in cyberspace"));
    }
}
