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
    public void A_statement_in_French_has_its_text_marked_French_in_an_English_frame()
    {
        foreach (var kind in PageKind.All)
            Assert.True(fixture.Site.Parse(kind.File).DocumentElement.GetAttribute("lang") == "en", $"{kind.Name}: lang is not en");
        var french = fixture.Site.Parse(QualityTestContent.FrenchPage);
        Assert.Equal("fr", french.QuerySelector("article h1")!.GetAttribute("lang"));
        Assert.Equal("fr", french.QuerySelector("article .body")!.GetAttribute("lang"));
        // Its text takes its direction from its own letters (Arabic or Hebrew read right to left); the frame's stays.
        Assert.All(french.QuerySelectorAll("body [lang]"), e => Assert.Equal("auto", e.GetAttribute("dir")));
        // The labels around it ("Date", "Cite this statement") are the site's, in English.
        Assert.Null(french.QuerySelector("article .facts")!.Closest("[lang=fr]"));
    }

    [Fact]
    public void A_statement_listed_on_a_page_of_another_language_carries_its_own()
    {
        var frenchTitle = "Communiqué du Conseil de l'Atlantique Nord";
        var titles = fixture.Site.Parse("index.html").QuerySelectorAll("li.item h3").ToList();
        Assert.Equal("fr", titles.Single(h3 => h3.TextContent == frenchTitle).GetAttribute("lang"));
        Assert.All(titles.Where(h3 => h3.TextContent != frenchTitle), h3 => Assert.Equal("en", h3.GetAttribute("lang")));

        // On the French page, the English statements it lists and links to are marked English.
        var french = fixture.Site.Parse(QualityTestContent.FrenchPage);
        var listed = french.QuerySelectorAll("li.item h3, nav.prevnext a > span[lang]").ToList();
        Assert.NotEmpty(listed);
        Assert.All(listed, e => Assert.Equal("en", e.GetAttribute("lang")));
    }
}
