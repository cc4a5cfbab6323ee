namespace StatementArchive.Tests.Quality;

/// <summary>No CDN, web font or tracker: every request a page makes stays on the site, and nothing fails or breaks the CSP.</summary>
[Collection(QualityCollection.Name)]
public sealed class LocalRequestsTests(QualityFixture fixture)
{
    [Theory]
    [MemberData(nameof(PageKind.Names), MemberType = typeof(PageKind))]
    public async Task Every_request_is_for_the_site_itself(string kind)
    {
        await using var watched = await fixture.OpenAsync(PageKind.Named(kind));
        // Scrolled to the end, so anything loaded lazily has been asked for too.
        await watched.Page.EvaluateAsync("() => window.scrollTo(0, document.documentElement.scrollHeight)");
        await watched.Page.WaitForLoadStateAsync(Microsoft.Playwright.LoadState.NetworkIdle);

        await watched.AssertCleanAsync(fixture.SiteRoot);
    }
}
