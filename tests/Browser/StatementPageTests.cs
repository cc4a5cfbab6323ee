using Microsoft.Playwright;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>The statement page in Chromium: paragraph links, "cite this", previous and next.</summary>
[Collection(BrowserCollection.Name)]
public class StatementPageTests(BrowserFixture fixture)
{
    private static readonly IReadOnlyList<ContentStatement> ByDate =
        ContentStatement.ReadAll(Repo.Path("content", "statements")).OrderBy(s => s.Date, StringComparer.Ordinal).ToList();

    private string Url(ContentStatement statement) => fixture.Http(BrowserFixture.RepoSite, statement.PagePath[..^"index.html".Length]);

    private string SiteRoot => fixture.Http(BrowserFixture.RepoSite, "");

    [Fact]
    public async Task A_paragraph_link_lands_on_its_paragraph_and_the_citation_names_it()
    {
        var statement = ByDate[^1];
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, Url(statement), new BrowserNewContextOptions { ViewportSize = new() { Width = 1280, Height = 700 } });
        var page = watched.Page;

        await page.Locator("#p3 .para-link").ClickAsync();

        await Assertions.Expect(page).ToHaveURLAsync(Url(statement) + "#p3");
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('p3').matches(':target')"));
        var top = await page.EvaluateAsync<double>("() => document.getElementById('p3').getBoundingClientRect().top");
        Assert.InRange(top, 0, 100); // scrolled to the top of the window, not merely somewhere on the page
        await Assertions.Expect(page.Locator("#citation")).ToContainTextAsync(", para. 3");
        await Assertions.Expect(page.Locator("#citation .citation-url")).ToHaveTextAsync(new Uri(new Uri("https://example.org/statement-archive/"), statement.PagePath[..^"index.html".Length]) + "#p3");
        await watched.AssertCleanAsync(SiteRoot);
    }

    [Fact]
    public async Task Copy_citation_puts_the_whole_citation_on_the_clipboard()
    {
        var statement = ByDate[^1];
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, Url(statement) + "#p2",
            new BrowserNewContextOptions { Permissions = ["clipboard-read", "clipboard-write"] });
        var page = watched.Page;

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy citation" }).ClickAsync();

        await Assertions.Expect(page.Locator(".copy-status")).ToHaveTextAsync("Citation copied.");
        var copied = await page.EvaluateAsync<string>("() => navigator.clipboard.readText()");
        Assert.StartsWith($"{statement.Issuer}, \u201c{statement.Title}\u201d, {statement.Reference}", copied);
        Assert.Contains("22 September 2022, para. 2.", copied);
        Assert.EndsWith(statement.PagePath[..^"index.html".Length] + "#p2", copied);
        await watched.AssertCleanAsync(SiteRoot);
    }

    [Fact]
    public async Task Previous_and_next_walk_the_archive_in_date_order()
    {
        var middle = ByDate[1];
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, Url(middle));
        var page = watched.Page;

        await page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ByDate[2].Title);
        await Assertions.Expect(page.Locator("a[rel=next]")).ToHaveCountAsync(0); // the newest has no next

        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(middle.Title);
        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ByDate[0].Title);
        await Assertions.Expect(page.Locator("a[rel=prev]")).ToHaveCountAsync(0);
        await watched.AssertCleanAsync(SiteRoot);
    }
}
