using System.IO.Compression;
using Microsoft.Playwright;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>The offline reader's path: the real zip, unzipped into a temp folder, opened from disk in Chromium.</summary>
[Collection(BrowserCollection.Name)]
public class OfflineZipTests(BrowserFixture fixture)
{
    [Fact]
    public async Task From_disk_a_reader_follows_a_tag_a_statement_a_paragraph_and_a_search_result()
    {
        using var temp = new TempDirectory();
        var run = Generator.Execute(Repo.Root, "zip", "--output", temp.Path("statement-archive.zip"));
        Assert.True(run.ExitCode == 0, run.Stderr);
        ZipFile.ExtractToDirectory(temp.Path("statement-archive.zip"), temp.Path("unzipped"));
        var home = new Uri(temp.Path("unzipped", "statement-archive", "index.html")).AbsoluteUri;

        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, home);
        var page = watched.Page;

        // A tag from the home page, then the first statement listed under it.
        var tag = page.Locator("#topics ~ ul.tags a").First;
        var tagName = (await tag.TextContentAsync())!.Trim();
        await tag.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(tagName[..tagName.LastIndexOf(' ')]);
        Assert.EndsWith("/index.html", page.Url);

        var statementLink = page.Locator("ol.items h3 a").First;
        var title = (await statementLink.TextContentAsync())!;
        await statementLink.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync(title);

        // A paragraph link stays on the page and targets its paragraph.
        var statementUrl = page.Url;
        await page.Locator("#p2 .para-link").ClickAsync();
        Assert.Equal(statementUrl + "#p2", page.Url);
        Assert.True(await page.EvaluateAsync<bool>("() => document.getElementById('p2').matches(':target')"));

        // Search from the header, then open the result.
        var statements = ContentStatement.ReadAll(Repo.Path("content", "statements"));
        await page.GetByRole(AriaRole.Link, new() { Name = "Search", Exact = true }).ClickAsync();
        await page.Locator("#search-q").FillAsync("referenda Zaporizhzhia");
        await page.Locator("#search-q").PressAsync("Enter");
        var result = page.Locator("#search-results > li h3 a").First;
        await Assertions.Expect(result).ToHaveTextAsync(statements.Single(s => s.Title.Contains("referenda")).Title);
        await result.ClickAsync();
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync("referenda");
        Assert.EndsWith("/index.html", page.Url);

        Assert.All(watched.Requests(), url => Assert.StartsWith("file://", url));
        await watched.AssertCleanAsync("file://");
    }
}
