using Microsoft.Playwright;

namespace StatementArchive.Tests.Quality;

/// <summary>Printed, a statement is the statement: no site header, navigation or footer, the text itself shown.</summary>
[Collection(QualityCollection.Name)]
public sealed class PrintStylesTests(QualityFixture fixture)
{
    public static IEnumerable<object[]> Statements() =>
        PageKind.All.Where(k => k.Name.StartsWith("statement", StringComparison.Ordinal)).Select(k => new object[] { k.Name });

    [Theory]
    [MemberData(nameof(Statements))]
    public async Task Printing_a_statement_hides_the_site_around_it(string kind)
    {
        await using var watched = await fixture.OpenAsync(PageKind.Named(kind));
        var page = watched.Page;
        await page.EmulateMediaAsync(new() { Media = Media.Print });

        foreach (var selector in new[] { "header.site", "header.site nav", "footer.site", ".skip", "nav.prevnext" })
        {
            var display = await page.Locator(selector).First.EvaluateAsync<string>("e => getComputedStyle(e).display");
            Assert.True(display == "none", $"{kind}: {selector} prints (display {display})");
        }
        await Assertions.Expect(page.Locator("article.statement h1")).ToBeVisibleAsync();
        var paragraphs = page.Locator(".statement .body :is(p, li)");
        Assert.True(await paragraphs.CountAsync() > 0, $"{kind}: no body paragraph");
        foreach (var paragraph in await paragraphs.AllAsync())
            await Assertions.Expect(paragraph).ToBeVisibleAsync();
        Assert.Equal("rgb(0, 0, 0)", await paragraphs.First.EvaluateAsync<string>("e => getComputedStyle(e).color"));
    }
}
