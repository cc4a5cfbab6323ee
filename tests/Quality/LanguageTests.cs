using AngleSharp.Html.Parser;

namespace StatementArchive.Tests.Quality;

/// <summary>Screen readers pick their voice, and browsers their hyphenation, from the page's lang.</summary>
[Collection(QualityCollection.Name)]
public sealed class LanguageTests(QualityFixture fixture)
{
    [Fact]
    public void Every_page_names_its_language()
    {
        var parser = new HtmlParser();
        var missing = fixture.Site.HtmlFiles()
            .Where(file => string.IsNullOrWhiteSpace(parser.ParseDocument(File.ReadAllText(file)).DocumentElement.GetAttribute("lang")))
            .Select(file => Path.GetRelativePath(fixture.Site.Root, file))
            .ToList();
        Assert.True(missing.Count == 0, "no <html lang>: " + string.Join(", ", missing));
    }

    [Fact]
    public void A_statement_in_French_is_marked_French_and_the_rest_of_the_site_English()
    {
        Assert.Equal("fr", fixture.Site.Parse(QualityTestContent.FrenchPage).DocumentElement.GetAttribute("lang"));
        foreach (var kind in PageKind.All.Where(k => k.File != QualityTestContent.FrenchPage))
            Assert.True(fixture.Site.Parse(kind.File).DocumentElement.GetAttribute("lang") == "en", $"{kind.Name}: lang is not en");
    }
}
