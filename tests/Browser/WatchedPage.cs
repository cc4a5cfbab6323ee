using Microsoft.Playwright;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// A fresh browser page that records every request, console error, uncaught error and CSP violation,
/// and any dialog, so each test can end by asserting that nothing left the site and nothing went wrong.
/// </summary>
public sealed class WatchedPage : IAsyncDisposable
{
    // Playwright evaluates init scripts itself, outside the page's CSP, so the listener cannot be blocked by it.
    private const string CspListener =
        "window.__csp = []; document.addEventListener('securitypolicyviolation', e => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));";

    private readonly IBrowserContext _context;
    private readonly List<string> _requests = [];
    private readonly List<string> _errors = [];

    private WatchedPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Request += (_, request) => { lock (_requests) _requests.Add(request.Url); }
        ;page.RequestFailed += (_, r) => { lock (_errors) _errors.Add("failed " + r.Url); };
        page.Response += (_, r) => { if (r.Status >= 400) lock (_errors) _errors.Add("status " + r.Status + " " + r.Url); };
        page.Console += (_, message) => { if (message.Type == "error") lock (_errors) _errors.Add($"console error: {message.Text} ({message.Location})"); };
        page.PageError += (_, error) => { lock (_errors) _errors.Add("page error: " + error); };
        // No page of the site opens a dialog; one that does ran code it should not have (alert(1) in content).
        page.Dialog += (_, dialog) =>
        {
            lock (_errors) _errors.Add($"dialog {dialog.Type}: {dialog.Message}");
            _ = dialog.DismissAsync();
        };
    }

    public IPage Page { get; }

    public static async Task<WatchedPage> OpenAsync(IBrowser browser, string url, BrowserNewContextOptions? options = null)
    {
        var context = await browser.NewContextAsync(options);
        var page = await context.NewPageAsync();
        page.SetDefaultTimeout(15_000);
        await page.AddInitScriptAsync(CspListener);
        var watched = new WatchedPage(context, page);
        await page.GotoAsync(url);
        return watched;
    }

    /// <summary>
    /// Every request was for the site itself (file://, or under the site's own root URL on the loopback
    /// server); no console error (Chromium reports CSP violations and failed loads, such as a guessed
    /// /favicon.ico outside the site, there), no uncaught error, no securitypolicyviolation event.
    /// </summary>
    public async Task AssertCleanAsync(string siteRoot)
    {
        var violations = await Page.EvaluateAsync<string[]>("() => window.__csp || []");
        Assert.Empty(violations);
        lock (_errors) Assert.True(_errors.Count == 0, string.Join("\n", _errors));
        lock (_requests)
        {
            Assert.NotEmpty(_requests);
            foreach (var url in _requests)
                Assert.True(url.StartsWith("file://", StringComparison.Ordinal) || url.StartsWith(siteRoot, StringComparison.Ordinal), $"request left the site: {url}");
        }
    }

    public IReadOnlyList<string> Requests()
    {
        lock (_requests) return [.. _requests];
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
