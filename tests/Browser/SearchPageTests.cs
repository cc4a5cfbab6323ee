using System.Text.RegularExpressions;
using Microsoft.Playwright;
using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>The search page in a real Chromium, on sites built by the real generator, over HTTP and from disk.</summary>
[Collection(BrowserCollection.Name)]
public partial class SearchPageTests(BrowserFixture fixture)
{
    private const string Results = "#search-results > li";

    [Fact]
    public async Task Words_from_a_body_find_that_statement_first_with_the_words_highlighted()
    {
        var statements = ContentStatement.ReadAll(Repo.Path("content", "statements"));
        foreach (var statement in statements)
        {
            var words = WordsOnlyIn(statement, statements);
            await using var watched = await WatchedPage.OpenAsync(fixture.Browser,
                fixture.Http(BrowserFixture.RepoSite, "search/?q=" + Uri.EscapeDataString(string.Join(' ', words))));
            var first = watched.Page.Locator(Results).First;
            await first.WaitForAsync();

            var href = await first.Locator("h3 a").GetAttributeAsync("href");
            Assert.Equal("../" + statement.PagePath[..^"index.html".Length], href);
            var marked = await first.Locator(".excerpt mark").AllTextContentsAsync();
            Assert.NotEmpty(marked);
            Assert.All(marked, m => Assert.Contains(m.ToLowerInvariant(), words));
            await watched.AssertCleanAsync(fixture.Http(BrowserFixture.RepoSite, ""));
        }
    }

    [Theory]
    [InlineData("q=allied+cooperation", null, null, null)]
    [InlineData("q=allied+cooperation&year=2020", "2020", null, null)]
    [InlineData("q=allied+cooperation&type=press-release", null, "press-release", null)]
    [InlineData("q=allied&year=2021&type=statement", "2021", "statement", null)]
    [InlineData("issuer=NATO+Defence+Ministers", null, null, "NATO Defence Ministers")]
    [InlineData("year=2019&issuer=North+Atlantic+Council", "2019", null, "North Atlantic Council")]
    public async Task Filters_narrow_the_results_and_work_without_words(string query, string? year, string? type, string? issuer)
    {
        var expected = SearchTestContent.Entries
            .Where(e => (year is null || e.Date.StartsWith(year, StringComparison.Ordinal)) && (type is null || e.Type == type) && (issuer is null || e.Issuer == issuer))
            .Select(e => e.Title).Order(StringComparer.Ordinal).ToList();
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/?" + query));
        await Expect(watched.Page).ToHaveCountAsync(expected.Count);

        var titles = await watched.Page.Locator(Results + " h3").AllTextContentsAsync();
        Assert.Equal(expected, titles.Order(StringComparer.Ordinal));
        if (year is not null) Assert.Equal(year, await watched.Page.Locator("#search-year").InputValueAsync());
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Fact]
    public async Task Choosing_a_filter_updates_the_results_and_the_address()
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/?q=allied"));
        await Expect(watched.Page).ToHaveCountAsync(SearchTestContent.Entries.Count);

        await watched.Page.SelectOptionAsync("#search-issuer", "NATO Heads of State and Government");
        await Expect(watched.Page).ToHaveCountAsync(SearchTestContent.Entries.Count(e => e.Issuer == "NATO Heads of State and Government"));
        Assert.Contains("issuer=NATO+Heads+of+State+and+Government", watched.Page.Url);
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Fact]
    public async Task Keyboard_alone_searches_reaches_a_result_and_comes_back_with_the_query()
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/"));
        var page = watched.Page;
        await page.FocusAsync("input[type=search]");
        await page.Keyboard.TypeAsync("thames");
        await page.Keyboard.PressAsync("Enter");
        await Expect(page).ToHaveCountAsync(1);
        Assert.EndsWith("search/?q=thames", page.Url);
        Assert.Contains("1 statement found", await page.Locator("[aria-live=polite]").TextContentAsync());

        var reached = false;
        for (var i = 0; i < 12 && !reached; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            reached = await page.EvaluateAsync<bool>("() => document.activeElement === document.querySelector('#search-results a')");
        }
        Assert.True(reached, "Tab never reached the first result link");

        await page.Keyboard.PressAsync("Enter");
        // URL assertions poll: waiting for navigation events races with a load already finished, or
        // with a page restored from the back-forward cache, which raises none.
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("london/$"));
        // Back after the call returns: going back inside it can tear down the context the call runs in.
        await page.EvaluateAsync("() => { setTimeout(() => history.back(), 0); }");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"search/\?q=thames$"));
        await Expect(page).ToHaveCountAsync(1);
        Assert.Equal("thames", await page.InputValueAsync("input[type=search]"));
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Fact]
    public async Task Search_works_from_disk_and_loads_only_local_files()
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.FileUrl(BrowserFixture.SmallSite, "search/index.html?q=mesopot"));
        await Expect(watched.Page).ToHaveCountAsync(1);

        Assert.Equal("Defence ministers on mission in Iraq", await watched.Page.Locator(Results + " h3").TextContentAsync());
        await watched.Page.ClickAsync(Results + " a");
        await Assertions.Expect(watched.Page).ToHaveURLAsync(new Regex("statements/2021/2021-02-18-defence-ministers/$"));
        Assert.All(watched.Requests(), url => Assert.StartsWith("file://", url));
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Fact]
    public async Task Statement_text_is_shown_as_text_never_as_markup()
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/?q=baltic+script"));
        await Expect(watched.Page).ToHaveCountAsync(1);

        Assert.Contains("<script>alert(1)</script>", await watched.Page.Locator(Results + " h3 a").TextContentAsync());
        Assert.Equal(0, await watched.Page.Locator("#search-results script").CountAsync());
        Assert.Equal("script", await watched.Page.Locator(Results + " h3 mark").Last.TextContentAsync());
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Fact]
    public async Task A_result_in_another_language_than_the_site_is_marked_with_its_own()
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/?q=allied+cooperation"));
        await Expect(watched.Page).ToHaveCountAsync(SearchTestContent.Entries.Count);
        var french = watched.Page.Locator(Results, new() { HasText = "Géorgie" });
        Assert.Equal("fr", await french.Locator("h3").GetAttributeAsync("lang"));
        Assert.Equal("fr", await french.Locator(".excerpt").GetAttributeAsync("lang"));
        Assert.Equal("auto", await french.Locator("h3").GetAttributeAsync("dir"));
        Assert.Null(await french.Locator(".meta").GetAttributeAsync("lang"));
        // A result in the page's own language has nothing to mark.
        Assert.Null(await watched.Page.Locator(Results, new() { HasText = "London Declaration" }).Locator("h3").GetAttributeAsync("lang"));
    }

    [Theory]
    [InlineData("communique")]
    [InlineData("COMMUNIQUÉ")]
    public async Task Accents_and_case_do_not_matter_and_the_title_word_is_marked(string query)
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.Http(BrowserFixture.SmallSite, "search/?q=" + Uri.EscapeDataString(query)));
        await Expect(watched.Page).ToHaveCountAsync(1);

        Assert.Equal("Communiqué", await watched.Page.Locator(Results + " h3 mark").TextContentAsync());
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    [Theory]
    [InlineData("svalbard", "In closing, the Svalbard question was raised in the meeting.")]
    [InlineData(SearchTestContent.MiddleWord, "the Kaliningrad corridor and its effect on supply routes")]
    public async Task A_word_deep_in_a_long_statement_finds_it_and_its_snippet_shows_the_word_in_context(string word, string context)
    {
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, fixture.FileUrl(BrowserFixture.SmallSite, "search/index.html?q=" + word));
        await Expect(watched.Page).ToHaveCountAsync(1);

        var result = watched.Page.Locator(Results).First;
        Assert.Equal(SearchTestContent.Entries.Single(e => e.Long).Title, await result.Locator("h3").TextContentAsync());
        Assert.Contains(context, await result.Locator(".excerpt").TextContentAsync());
        Assert.Equal(word, (await result.Locator(".excerpt mark").TextContentAsync())!.ToLowerInvariant());
        await watched.AssertCleanAsync(fixture.Http(BrowserFixture.SmallSite, ""));
    }

    private static ILocatorAssertions Expect(IPage page) => Assertions.Expect(page.Locator(Results));

    /// <summary>Three words of six letters or more from this statement's body that no other statement of the archive contains.</summary>
    private static string[] WordsOnlyIn(ContentStatement statement, IReadOnlyList<ContentStatement> all)
    {
        var others = all.Where(s => s != statement).SelectMany(s => Words(File.ReadAllText(s.File))).ToHashSet(StringComparer.Ordinal);
        var words = Words(Body(statement)).Where(w => w.Length >= 6 && !others.Contains(w)).Distinct().Take(3).ToArray();
        Assert.True(words.Length == 3, $"{statement.File}: not enough words of its own");
        return words;
    }

    private static string Body(ContentStatement statement)
    {
        var text = File.ReadAllText(statement.File).Replace("\r\n", "\n");
        return text[(text.IndexOf("\n---", 3, StringComparison.Ordinal) + 4)..];
    }

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text).Select(m => m.Value.ToLowerInvariant());

    [GeneratedRegex("[a-zA-Z]+")]
    private static partial Regex WordPattern();
}
