using StatementArchive.Tests.Browser;

namespace StatementArchive.Tests.Security;

/// <summary>
/// Every page of the payload site opened in Chromium over the loopback server: no payload ran
/// (window.__pwned stays undefined, no dialog), nothing was fetched from outside the site, and no
/// console error or CSP violation. Search is also run for payload words, so result lines built by
/// the search scripts from the index are covered too.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class PayloadPageTests(BrowserFixture browser, PayloadSiteFixture site) : IClassFixture<PayloadSiteFixture>
{
    [Fact]
    public async Task Every_page_opens_with_no_payload_run_and_no_request_outside_the_site()
    {
        site.AssertBuilt();
        using var server = new StaticSiteServer(site.ServeRoot);
        var root = $"{server.BaseUrl}{PayloadSiteFixture.SiteFolder}/";
        var pages = Directory.EnumerateFiles(site.SiteRoot, "*.html", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(site.SiteRoot, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var page in pages)
            await AssertInertAsync(root, page);
        Assert.True(pages.Count > PayloadList.All.Count * 2, $"only {pages.Count} pages");
    }

    [Theory]
    [InlineData("search/?q=pwned")]
    [InlineData("search/?q=script+window")]
    [InlineData("search/?q=payload")]
    [InlineData("search/?q=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E")]
    [InlineData("search/?q=%22%3E%3Csvg%20onload%3Dwindow.__pwned%3D1%3E&issuer=%3Cscript%3Ewindow.__pwned%3D1%3C%2Fscript%3E")]
    public async Task Search_results_show_payloads_as_text(string query)
    {
        site.AssertBuilt();
        using var server = new StaticSiteServer(site.ServeRoot);
        var root = $"{server.BaseUrl}{PayloadSiteFixture.SiteFolder}/";
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, root + query);
        // "N statements found" or "No statement found": either way the search script has run over the index.
        await watched.Page.WaitForFunctionAsync("() => /found/.test(document.getElementById('search-status').textContent)");
        Assert.True(await watched.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), $"{query}: a payload ran");
        Assert.Equal(0, await watched.Page.Locator("#search-results img, #search-results svg, #search-results script, #search-results iframe").CountAsync());
        await watched.AssertCleanAsync(root);
    }

    private async Task AssertInertAsync(string root, string page)
    {
        var url = root + (page.EndsWith("index.html", StringComparison.Ordinal) ? page[..^"index.html".Length] : page);
        await using var watched = await WatchedPage.OpenAsync(browser.Browser, url);
        Assert.True(await watched.Page.EvaluateAsync<bool>("() => typeof window.__pwned === 'undefined'"), $"{page}: a payload ran");
        await watched.AssertCleanAsync(root);
    }
}
