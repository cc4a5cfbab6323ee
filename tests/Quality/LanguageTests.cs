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

    [Fact]
    public void A_statement_listed_on_a_page_of_another_language_carries_its_own()
    {
        var frenchTitle = "Communiqué du Conseil de l'Atlantique Nord";
        var onHome = fixture.Site.Parse("index.html").QuerySelectorAll("li.item").Single(li => li.QuerySelector("h3")!.TextContent == frenchTitle);
        Assert.Equal("fr", onHome.GetAttribute("lang"));
        Assert.All(fixture.Site.Parse("index.html").QuerySelectorAll("li.item").Where(li => li != onHome && li.QuerySelector("h3")!.TextContent != frenchTitle),
            li => Assert.Equal("en", li.GetAttribute("lang"))); // every item names its own language

        // On the French page, the English statements it lists are marked English.
        var french = fixture.Site.Parse(QualityTestContent.FrenchPage);
        var listed = french.QuerySelectorAll("li.item, nav.prevnext a").ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, e => Assert.Equal("en", e.GetAttribute("lang")));
    }
}
