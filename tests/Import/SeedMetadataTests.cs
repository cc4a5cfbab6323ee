using StatementArchive.Domain;

namespace StatementArchive.Tests.Import;

/// <summary>The three real seeds must come out with exactly this metadata.</summary>
public sealed class SeedMetadataTests
{
    [Fact]
    public void Nac_referenda_email()
    {
        var front = GoldenCase.Run("001-nac-referenda-email").FrontMatter!;
        Assert.Equal("Statement by the North Atlantic Council on the so-called \"referenda\" in parts of Ukraine", front.Title);
        Assert.Equal(new DateOnly(2022, 9, 22), front.Date);
        Assert.Equal("North Atlantic Council", front.Issuer);
        Assert.Equal(StatementType.Statement, front.Type);
        Assert.Equal("PR (2022) 125", front.Reference);
        Assert.Null(front.Location);
        Assert.Equal("email", front.Source.Channel);
    }

    [Fact]
    public void Summit_web_page_with_cookie_banners()
    {
        var result = GoldenCase.Run("002-summit-web-cookies");
        var front = result.FrontMatter!;
        Assert.Equal("Statement by NATO Heads of State and Government", front.Title);
        Assert.Equal(new DateOnly(2022, 3, 24), front.Date);
        Assert.Equal("NATO Heads of State and Government", front.Issuer);
        Assert.Equal(StatementType.Statement, front.Type);
        Assert.Equal("Press Release (2022) 061", front.Reference);
        Assert.Equal("Brussels", front.Location);
        Assert.Contains("Russia's attack on Ukraine threatens global security.", result.Body);
        Assert.Contains("resist all forms of attack.", result.Body);
        Assert.DoesNotContain("cookies", result.Body);
    }

    [Fact]
    public void Govinfo_record()
    {
        var result = GoldenCase.Run("003-govinfo-record");
        var front = result.FrontMatter!;
        Assert.Equal("Joint Statement by the North Atlantic Treaty Organization Heads of State and Government on Russia's Attack on Ukraine", front.Title);
        Assert.Equal(new DateOnly(2022, 2, 25), front.Date);
        Assert.Equal("NATO Heads of State and Government", front.Issuer);
        Assert.Equal(StatementType.JointStatement, front.Type);
        Assert.Null(front.Reference);
        Assert.Null(front.Location);
        Assert.Contains(new KeyValuePair<string, string>("dcpd_number", "DCPD202200111"), front.Source.Record);
        Assert.Equal(["categories", "names", "subjects", "dcpd_number"], front.Source.Record.Select(r => r.Key));
        Assert.StartsWith("The joint statement referred to", front.Source.Note);
        Assert.DoesNotContain("DCPD", result.Body);
        Assert.DoesNotContain("NOTE", result.Body);
    }

    [Theory]
    [InlineData("001-nac-referenda-email")]
    [InlineData("002-summit-web-cookies")]
    [InlineData("003-govinfo-record")]
    public void Bodies_hold_no_boilerplate(string name)
    {
        var body = GoldenCase.Run(name).Body;
        foreach (var fragment in new[] { "browser", "cookies", "@Nato", "Unsubscribe", "Blvd", "privacy", "Issued on", "Last updated", "NORTH ATLANTIC TREATY ORGANIZATION", "Press Release", "Categories", " X " })
            Assert.DoesNotContain(fragment, body, StringComparison.OrdinalIgnoreCase);
    }
}
