using Microsoft.Playwright;
using StatementArchive.Tests.Support;
using static StatementArchive.Tests.Browser.SearchBehaviourContent;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// What search finds and in which order, in a real Chromium on a site the real generator built from
/// <see cref="SearchBehaviourContent"/>: the fields it searches (tag labels, issuers, reference numbers
/// as readers type them), its ranking (title over body, more occurrences over fewer), that every word
/// must appear, "Show more results", and the filters worked from the keyboard.
/// </summary>
[Collection(BrowserCollection.Name)]
public class SearchBehaviourTests(BrowserFixture fixture, SearchBehaviourSite site) : IClassFixture<SearchBehaviourSite>
{
    private const string Results = "#search-results > li";

    /// <summary>The label ("Seabed cables") is not the slug ("undersea"), and no title or text has the word.</summary>
    [Fact]
    public async Task A_word_found_only_in_a_tag_label_finds_the_statements_with_that_tag()
    {
        Assert.DoesNotContain(Entries, e => Text(e).Contains(TagWord, StringComparison.OrdinalIgnoreCase));
        await using var watched = await OpenAsync("q=" + TagWord);
        var tagged = Entries.Where(e => e.Tags?.Contains(TagSlug) == true).ToList();
        Assert.Equal(3, tagged.Count);
        await ExpectStatusAsync(watched.Page, $"3 statements found for “{TagWord}”.");

        Assert.Equal(Paths(tagged).Order(StringComparer.Ordinal), (await ResultPathsAsync(watched.Page)).Order(StringComparer.Ordinal));
        await watched.AssertCleanAsync(site.Root);
    }

    [Theory]
    [InlineData(Partnership)]
    [InlineData("partnership")]
    public async Task An_issuers_name_finds_that_issuers_statements(string query)
    {
        Assert.DoesNotContain(Entries, e => Text(e).Contains("partnership", StringComparison.OrdinalIgnoreCase));
        await using var watched = await OpenAsync("q=" + Uri.EscapeDataString(query));
        var issued = Entries.Where(e => e.Issuer == Partnership).ToList();
        Assert.Equal(2, issued.Count);
        await ExpectStatusAsync(watched.Page, $"2 statements found for “{query}”.");

        Assert.Equal(Paths(issued).Order(StringComparer.Ordinal), (await ResultPathsAsync(watched.Page)).Order(StringComparer.Ordinal));
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>
    /// The statement with the reference comes first, above one that only cites it in its text (newer and
    /// shorter, so first if the reference weighed no more than the text); a statement with the next number is not found at all.
    /// </summary>
    [Theory]
    [InlineData("PR (2022) 125", "2022-11-10-review 2022-11-17-review-cited")]
    [InlineData("pr(2022)125", "2022-11-10-review 2022-11-17-review-cited")]
    [InlineData("PR/CP(2021)086", "2021-06-14-summit 2021-06-21-summit-cited")]
    [InlineData("PR/CP (2021) 086", "2021-06-14-summit 2021-06-21-summit-cited")]
    [InlineData("pr/cp(2021)086", "2021-06-14-summit 2021-06-21-summit-cited")]
    // The same number in NATO's long and short forms, with or without its leading zero.
    [InlineData("PR/CP(2021)86", "2021-06-14-summit")]
    [InlineData("Press Release (2022) 125", "2022-11-10-review")]
    [InlineData("Press Release (2022) 061", "2022-03-24-long-form")]
    [InlineData("PR (2022) 061", "2022-03-24-long-form")]
    [InlineData("PR(2022)61", "2022-03-24-long-form")]
    public async Task A_reference_number_as_readers_type_it_finds_its_statement_first(string query, string expected)
    {
        var expectedSlugs = expected.Split(' ');
        await using var watched = await OpenAsync("q=" + Uri.EscapeDataString(query));
        await Assertions.Expect(watched.Page.Locator(Results)).ToHaveCountAsync(expectedSlugs.Length);

        Assert.Equal(expectedSlugs.Select(PathOf), await ResultPathsAsync(watched.Page));
        // The reference is shown, with the words typed marked in it.
        var reference = Entries.Single(e => e.Slug == expectedSlugs[0]).Reference!;
        var first = watched.Page.Locator(Results).First;
        Assert.Equal(reference, await first.Locator(".ref").TextContentAsync());
        Assert.NotEmpty(await first.Locator(".ref mark").AllTextContentsAsync());
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>Once in a title (weight 3) beats once in a body; without the weight the body one would win (shorter, newer).</summary>
    [Fact]
    public async Task A_word_in_a_title_ranks_above_the_same_word_in_another_statements_body()
    {
        await using var watched = await OpenAsync("q=interoperability");
        await Assertions.Expect(watched.Page.Locator(Results)).ToHaveCountAsync(2);

        Assert.Equal([PathOf("2020-02-03-titled"), PathOf("2020-02-10-in-body")], await ResultPathsAsync(watched.Page));
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>Six times, twice, once in bodies of like length; the one with it six times is the longest and oldest, so only the frequency puts it first.</summary>
    [Fact]
    public async Task A_word_many_times_in_a_body_ranks_above_the_same_word_fewer_times()
    {
        await using var watched = await OpenAsync("q=deterrence");
        await Assertions.Expect(watched.Page.Locator(Results)).ToHaveCountAsync(3);

        Assert.Equal(["2020-04-01-deterrence-six", "2020-04-08-deterrence-two", "2020-04-15-deterrence-one"],
            (await ResultPathsAsync(watched.Page)).Select(SlugOf));
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>Each word alone finds three statements; together, in either order and however typed, only the one that has both.</summary>
    [Fact]
    public async Task Every_word_must_appear()
    {
        await using var watched = await OpenAsync("");
        var page = watched.Page;
        foreach (var word in new[] { "arctic", "drones" })
        {
            await SearchForAsync(page, word);
            await ExpectStatusAsync(page, $"3 statements found for “{word}”.");
            Assert.Equal(Paths(Holding(word)).Order(StringComparer.Ordinal), (await ResultPathsAsync(page)).Order(StringComparer.Ordinal));
        }

        foreach (var query in new[] { "arctic drones", "drones arctic", "ARCTIC   drones " })
        {
            await SearchForAsync(page, query);
            await ExpectStatusAsync(page, $"1 statement found for “{query.Trim()}”.");
            Assert.Equal([PathOf("2019-09-16-arctic-drones")], await ResultPathsAsync(page));
        }
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>
    /// 45 statements tie on "quarterly" (same body, same length), so the whole list is newest first.
    /// The button is reached with Tab from the last result and pressed with Enter, then Space: each press
    /// appends the next page, the ones shown stay as they were, and no statement is shown twice. The last
    /// press hides the button, and the focus goes to the first result it brought.
    /// </summary>
    [Fact]
    public async Task Show_more_results_by_keyboard_appends_the_next_page_and_shows_every_result_once()
    {
        var expected = Paths(Holding("quarterly").OrderByDescending(e => e.Date, StringComparer.Ordinal)).ToList();
        Assert.Equal(QuarterlyCount, expected.Count);
        await using var watched = await OpenAsync("q=quarterly");
        var page = watched.Page;
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”; showing the first {FirstPage}.");
        Assert.Equal(expected.Take(FirstPage), await ResultPathsAsync(page));
        await Assertions.Expect(page.Locator("#search-more")).ToBeVisibleAsync();

        await page.Locator(Results + " h3 a").Last.FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        Assert.Equal("search-more", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync("Enter");
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”; showing the first {2 * FirstPage}.");
        Assert.Equal(expected.Take(2 * FirstPage), await ResultPathsAsync(page));

        Assert.Equal("search-more", await ActiveIdAsync(page));
        await page.Keyboard.PressAsync(" ");
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”.");
        Assert.Equal(expected, await ResultPathsAsync(page));
        await Assertions.Expect(page.Locator("#search-more")).ToBeHiddenAsync();
        // The pressed button is gone; the reader is at the first result it brought, not back at the top of the page.
        Assert.True(await page.Locator(Results).Nth(2 * FirstPage).Locator("h3 a").EvaluateAsync<bool>("a => a === document.activeElement"),
            "focus did not move to the first of the last results shown");
        await watched.AssertCleanAsync(site.Root);
    }

    /// <summary>
    /// A double click on the button, before the next page has arrived, asks for that page once: it is shown once,
    /// and the page after it is still there to be shown.
    /// </summary>
    [Fact]
    public async Task A_double_click_on_show_more_shows_each_result_once()
    {
        var expected = Paths(Holding("quarterly").OrderByDescending(e => e.Date, StringComparer.Ordinal)).ToList();
        // From disk: the next page's document shard is a script that has not been loaded yet, as on a first visit.
        await using var watched = await WatchedPage.OpenAsync(fixture.Browser, site.FileUrl("search/index.html?q=quarterly"));
        var page = watched.Page;
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”; showing the first {FirstPage}.");

        await page.DblClickAsync("#search-more");
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”; showing the first {2 * FirstPage}.");
        Assert.Equal(expected.Take(2 * FirstPage), await ResultPathsAsync(page));

        await page.ClickAsync("#search-more");
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”.");
        Assert.Equal(expected, await ResultPathsAsync(page));
        await watched.AssertCleanAsync("file://");
    }

    /// <summary>
    /// From the query box, Tab reaches each filter in turn; typing an option's first characters, the arrow
    /// keys and Home choose an option, and each choice narrows (or widens) the results at once and goes into the address.
    /// </summary>
    [Fact]
    public async Task Filters_are_operable_by_keyboard_and_change_the_results()
    {
        var quarterly = Holding("quarterly").ToList();
        await using var watched = await OpenAsync("q=quarterly");
        var page = watched.Page;
        await ExpectStatusAsync(page, $"{QuarterlyCount} statements found for “quarterly”; showing the first {FirstPage}.");

        await page.FocusAsync("#search-q");
        await TabToAsync(page, "search-year");
        await page.Keyboard.TypeAsync("2017");
        Assert.Equal("2017", await page.InputValueAsync("#search-year"));
        await ExpectFilteredAsync(page, quarterly.Where(e => e.Year == "2017").ToList(), "2017");

        await page.Keyboard.PressAsync("ArrowDown");
        Assert.Equal("2016", await page.InputValueAsync("#search-year"));
        var in2016 = quarterly.Where(e => e.Year == "2016").ToList();
        await ExpectFilteredAsync(page, in2016, "2016");

        await TabToAsync(page, "search-type");
        await page.Keyboard.TypeAsync("s");
        Assert.Equal("statement", await page.InputValueAsync("#search-type"));
        var statements = in2016.Where(e => e.Type == "statement").ToList();
        await ExpectFilteredAsync(page, statements, "2016, Statement");

        await TabToAsync(page, "search-issuer");
        await page.Keyboard.TypeAsync("NATO");
        Assert.Equal(Ministers, await page.InputValueAsync("#search-issuer"));
        await ExpectFilteredAsync(page, statements.Where(e => e.Issuer == Ministers).ToList(), "2016, Statement, " + Ministers);
        Assert.EndsWith("search/?q=quarterly&year=2016&type=statement&issuer=NATO+Defence+Ministers", page.Url);

        await page.Keyboard.PressAsync("Home");
        Assert.Equal("", await page.InputValueAsync("#search-issuer"));
        await ExpectFilteredAsync(page, statements, "2016, Statement");
        Assert.EndsWith("search/?q=quarterly&year=2016&type=statement", page.Url);
        await watched.AssertCleanAsync(site.Root);
    }

    private async Task ExpectFilteredAsync(IPage page, IReadOnlyList<Entry> expected, string filters)
    {
        Assert.InRange(expected.Count, 1, FirstPage); // a choice that shows something, all of it on the first page
        await ExpectStatusAsync(page, $"{expected.Count} statements found for “quarterly” ({filters}).");
        Assert.Equal(Paths(expected.OrderByDescending(e => e.Date, StringComparer.Ordinal)), await ResultPathsAsync(page));
    }

    private static async Task SearchForAsync(IPage page, string query)
    {
        await page.FillAsync("#search-q", query);
        await page.PressAsync("#search-q", "Enter");
    }

    private static async Task TabToAsync(IPage page, string id)
    {
        for (var i = 0; i < 4; i++)
        {
            await page.Keyboard.PressAsync("Tab");
            if (await ActiveIdAsync(page) == id) return;
        }
        Assert.Fail($"Tab never reached #{id}");
    }

    private Task<WatchedPage> OpenAsync(string query) => WatchedPage.OpenAsync(fixture.Browser, site.Http("search/?" + query));

    private static Task ExpectStatusAsync(IPage page, string text) => Assertions.Expect(page.Locator("#search-status")).ToHaveTextAsync(text);

    private static Task<string> ActiveIdAsync(IPage page) => page.EvaluateAsync<string>("() => document.activeElement && document.activeElement.id");

    /// <summary>Each shown result's link, as a site path ("statements/2020/slug/"), in order.</summary>
    private static async Task<List<string>> ResultPathsAsync(IPage page)
    {
        var hrefs = await page.Locator(Results + " h3 a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href'))");
        // Links are relative to search/: "../statements/…/" over HTTP, "../statements/…/index.html" from disk.
        return hrefs.Select(h => h.StartsWith("../", StringComparison.Ordinal) ? h[3..].Replace("index.html", "", StringComparison.Ordinal) : h).ToList();
    }

    private static string Text(Entry e) => e.Title + " " + Body(e);

    private static IEnumerable<string> Paths(IEnumerable<Entry> entries) => entries.Select(e => e.Path);

    private static string PathOf(string slug) => Entries.Single(e => e.Slug == slug).Path;

    private static string SlugOf(string path) => path.TrimEnd('/').Split('/')[^1];
}
