using System.Globalization;
using Microsoft.Playwright;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>The statement page in Chromium: paragraph links, "cite this", previous and next.</summary>
[Collection(BrowserCollection.Name)]
public class StatementPageTests(BrowserFixture fixture)
{
    /// <summary>content/'s statements in the order the site walks them with "Previous" and "Next": oldest first (the reading order, reversed).</summary>
    private static readonly IReadOnlyList<ContentStatement> ByDate =
        Enumerable.Reverse(ContentStatement.InReadingOrder(ContentStatement.ReadAll(Repo.Path("content", "statements")))).ToList();

    /// <summary>A date as pages and citations write it ("22 September 2022"), from the front matter's YYYY-MM-DD.</summary>
    private static string DateText(ContentStatement statement) =>
        DateOnly.ParseExact(statement.Date, "yyyy-MM-dd", CultureInfo.InvariantCulture).ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

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
        // Author, "title", number and place when the statement has them, date, paragraph, address.
        var expected = string.Join(", ", new[] { statement.Issuer, $"\u201c{statement.Title}\u201d", statement.Reference, statement.Location, DateText(statement) }.OfType<string>());
        Assert.StartsWith($"{expected}, para. 2.", copied);
        Assert.EndsWith(statement.PagePath[..^"index.html".Length] + "#p2", copied);
        await watched.AssertCleanAsync(SiteRoot);
    }

    [Fact]
    public async Task Previous_and_next_walk_the_archive_in_date_order()
    {
        Assert.True(ByDate.Count >= 3, "content/statements should hold at least three statements");

        // From the second newest: "Next" reaches the newest, which has none; "Previous" walks back two steps.
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, Url(ByDate[^2]));
        var page = watched.Page;
        await page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ByDate[^1].Title);
        await Assertions.Expect(page.Locator("a[rel=next]")).ToHaveCountAsync(0); // the newest has no next
        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ByDate[^2].Title);
        await page.Locator("a[rel=prev]").ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(ByDate[^3].Title);
        await watched.AssertCleanAsync(SiteRoot);

        // The oldest has no previous; its "Next" is the second oldest.
        await using var oldest = await WatchedPage.OpenAsync(fixture.Browser, Url(ByDate[0]));
        await Assertions.Expect(oldest.Page.Locator("a[rel=prev]")).ToHaveCountAsync(0);
        await oldest.Page.Locator("a[rel=next]").ClickAsync();
        await Assertions.Expect(oldest.Page.Locator("h1")).ToHaveTextAsync(ByDate[1].Title);
        await oldest.AssertCleanAsync(SiteRoot);
    }
}
