using System.Globalization;
using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Entry = StatementArchive.Tests.EndToEnd.BrowseTestContent.Entry;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>
/// The ways to browse a built site (archive by year and month, tags, issuers, types, their pages, feeds and the JSON
/// export) and what a statement page links to, on <see cref="BrowseTestContent"/> built once by the real generator.
/// Every expectation comes from the generated content; the site is read from disk with AngleSharp and System.Xml.
/// </summary>
public partial class BrowsePagesTests(BrowseSiteFixture fixture) : IClassFixture<BrowseSiteFixture>
{
    private const int PageSize = 100; // templates show 100 statements per list page (Render/Paginator.cs)

    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private BuiltSite Site => fixture.Site;

    private BrowseTestContent Content => fixture.Content;

    private List<Entry> InOrder(Func<Entry, bool> where) => BrowseTestContent.InReadingOrder(Content.Entries.Where(where));

    [Fact]
    public void Build_succeeds_without_a_diagnostic_and_every_link_resolves()
    {
        Assert.Empty(fixture.Result.Stderr);
        Assert.Empty(Site.BrokenLinks());
        Assert.All(Content.Entries, e => Assert.True(File.Exists(Path.Combine(Site.Root, e.PagePath)), $"missing {e.PagePath}"));
    }

    // ---- 1. Archive by year and month -------------------------------------------------------------

    [Fact]
    public void Archive_page_counts_each_year_and_each_month_and_links_a_month_to_the_page_holding_it()
    {
        const string archive = "statements/index.html";
        var page = Site.Parse(archive);
        Assert.Contains($"{Content.Entries.Count.ToString("N0", CultureInfo.InvariantCulture)} statements", page.QuerySelector("main .intro")!.TextContent);

        var years = page.QuerySelectorAll(".year-list > li").ToList();
        var expectedYears = Content.Entries.Select(e => e.Date.Year).Distinct().OrderDescending().ToList();
        Assert.Equal(expectedYears, years.Select(y => int.Parse(y.QuerySelector("h2 a")!.TextContent, CultureInfo.InvariantCulture)));

        foreach (var (item, year) in years.Zip(expectedYears))
        {
            var ofYear = InOrder(e => e.Date.Year == year);
            Assert.Equal($"statements/{year}/index.html", Resolve(archive, item.QuerySelector("h2 a")!.GetAttribute("href")!));
            Assert.Equal($"{ofYear.Count} statements", item.QuerySelector("h2 .count")!.TextContent);

            // Months in calendar order, only those with statements, each with its count and a link to the page (of the
            // paginated year) where the month starts, at the month's heading.
            var expectedMonths = ofYear.Select(e => e.Date.Month).Distinct().Order().ToList();
            var months = item.QuerySelectorAll("ul.months > li > a").ToList();
            Assert.Equal(expectedMonths.Count, months.Count);
            foreach (var (link, month) in months.Zip(expectedMonths))
            {
                var name = new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
                Assert.Equal(name, link.GetAttribute("title"));
                Assert.StartsWith(name[..3], link.TextContent.Trim());
                Assert.Equal(ofYear.Count(e => e.Date.Month == month).ToString(CultureInfo.InvariantCulture), link.QuerySelector(".count")!.TextContent);

                var href = link.GetAttribute("href")!;
                var firstPosition = ofYear.FindIndex(e => e.Date.Month == month);
                Assert.Equal(ListPagePath($"statements/{year}/", firstPosition / PageSize), Resolve(archive, href));
                Assert.EndsWith($"#m{month:00}", href);
                var target = Site.Parse(Resolve(archive, href));
                Assert.Equal(name, target.GetElementById($"m{month:00}")?.TextContent);
            }
        }
    }

    [Fact]
    public void Year_pages_hold_every_statement_of_the_year_once_under_its_month_and_count_the_other_years()
    {
        foreach (var year in Content.Entries.Select(e => e.Date.Year).Distinct())
        {
            var expected = InOrder(e => e.Date.Year == year);
            var shown = new List<(string Month, string Heading)>();
            var listed = new List<string>();
            foreach (var (path, page) in ListPages($"statements/{year}/"))
            {
                var sections = page.QuerySelectorAll("main section[aria-labelledby]").ToList();
                Assert.Equal(sections.Count, sections.Select(s => s.GetAttribute("aria-labelledby")).Distinct().Count()); // a month once per page
                foreach (var section in sections)
                {
                    var heading = section.QuerySelector("h2")!;
                    Assert.Equal(heading.Id, section.GetAttribute("aria-labelledby"));
                    foreach (var link in section.QuerySelectorAll("ol.items > li > h3 > a"))
                    {
                        listed.Add(Resolve(path, link.GetAttribute("href")!));
                        shown.Add((heading.Id!, heading.TextContent));
                    }
                }

                // Every year page links to every year with its count.
                var others = page.QuerySelectorAll("nav[aria-label='Other years'] li").ToList();
                Assert.Equal(Content.Entries.Select(e => e.Date.Year).Distinct().OrderDescending()
                        .Select(y => (y.ToString(CultureInfo.InvariantCulture), Content.Entries.Count(e => e.Date.Year == y).ToString(CultureInfo.InvariantCulture))),
                    others.Select(li => (li.QuerySelector("a")!.TextContent, li.QuerySelector(".count")!.TextContent)));
            }

            Assert.Equal(expected.Select(e => e.PagePath), listed);
            for (var i = 0; i < expected.Count; i++)
            {
                Assert.Equal($"m{expected[i].Date.Month:00}", shown[i].Month);
                Assert.Equal(expected[i].Date.ToString("MMMM yyyy", CultureInfo.InvariantCulture), shown[i].Heading);
            }
        }
    }

    // ---- 2. Tags ----------------------------------------------------------------------------------

    [Fact]
    public void Tag_index_shows_each_used_tag_with_its_label_description_and_count()
    {
        const string index = "tags/index.html";
        var items = Site.Parse(index).QuerySelectorAll(".tag-index > li").ToList();
        var used = BrowseTestContent.Tags.Where(t => Content.Entries.Any(e => e.Tags.Contains(t.Slug))).ToList();
        Assert.Equal(used.Count, items.Count); // arms-control is defined but carried by nothing: no entry, no empty page
        Assert.DoesNotContain(items, li => li.TextContent.Contains("Arms control"));
        foreach (var tag in used)
        {
            var item = items.Single(li => Resolve(index, li.QuerySelector("a")!.GetAttribute("href")!) == $"tags/{tag.Slug}/index.html");
            Assert.Equal(tag.Label, item.QuerySelector("a")!.TextContent);
            Assert.Equal(Content.Entries.Count(e => e.Tags.Contains(tag.Slug)).ToString(CultureInfo.InvariantCulture), item.QuerySelector(".count")!.TextContent);
            Assert.Equal(tag.Description, item.QuerySelector("p")?.TextContent);
        }
    }

    [Fact]
    public void Every_page_of_a_tag_shows_its_description_and_a_per_year_timeline_matching_the_content()
    {
        foreach (var tag in BrowseTestContent.Tags.Where(t => Content.Entries.Any(e => e.Tags.Contains(t.Slug))))
        {
            var tagged = Content.Entries.Where(e => e.Tags.Contains(tag.Slug)).ToList();
            var perYear = tagged.GroupBy(e => e.Date.Year).OrderBy(g => g.Key).Select(g => (Year: g.Key, Count: g.Count())).ToList();
            var busiest = perYear.Max(y => y.Count);
            foreach (var (path, page) in ListPages($"tags/{tag.Slug}/"))
            {
                Assert.StartsWith(tag.Label, page.QuerySelector("h1")!.TextContent);
                Assert.Contains(tag.Description, page.QuerySelector("main .intro")!.TextContent);
                var rows = page.QuerySelectorAll(".timeline tbody tr").ToList();
                Assert.Equal(perYear.Select(y => (y.Year.ToString(CultureInfo.InvariantCulture), y.Count.ToString(CultureInfo.InvariantCulture))),
                    rows.Select(r => (r.QuerySelector("th")!.TextContent, r.QuerySelector("td")!.TextContent)));
                foreach (var (row, year) in rows.Zip(perYear))
                {
                    var meter = row.QuerySelector("meter")!;
                    Assert.Equal(year.Count.ToString(CultureInfo.InvariantCulture), meter.GetAttribute("value"));
                    Assert.Equal(busiest.ToString(CultureInfo.InvariantCulture), meter.GetAttribute("max"));
                }
                Assert.Contains(page.QuerySelectorAll("main a[href]"), a => Resolve(path, a.GetAttribute("href")!) == $"tags/{tag.Slug}/feed.xml");
            }
        }
    }

    // ---- 3. Pagination and reading order -----------------------------------------------------------

    [Fact]
    public void Every_list_holds_its_statements_once_each_newest_first_across_its_pages()
    {
        var lists = new List<(string Folder, List<Entry> Expected)>();
        foreach (var year in Content.Entries.Select(e => e.Date.Year).Distinct())
            lists.Add(($"statements/{year}/", InOrder(e => e.Date.Year == year)));
        foreach (var tag in Content.Entries.SelectMany(e => e.Tags).Distinct())
            lists.Add(($"tags/{tag}/", InOrder(e => e.Tags.Contains(tag))));
        foreach (var type in Content.Entries.Select(e => e.Type).Distinct())
            lists.Add(($"types/{type}/", InOrder(e => e.Type == type)));
        // The content must exercise paging: a tag over three pages, a year over two.
        Assert.Contains(lists, l => l.Folder == "tags/ukraine/" && l.Expected.Count > 2 * PageSize);
        Assert.Contains(lists, l => l.Folder == "statements/2022/" && l.Expected.Count > PageSize);

        foreach (var (folder, expected) in lists)
        {
            var pages = ListPages(folder);
            var listed = pages.SelectMany(p => ItemLinks(p.Path, p.Page)).ToList();
            Assert.Equal(expected.Select(e => e.PagePath), listed); // nothing lost, nothing repeated, in reading order
            Assert.Equal((expected.Count + PageSize - 1) / PageSize, pages.Count);
            Assert.All(pages.SkipLast(1), p => Assert.Equal(PageSize, ItemLinks(p.Path, p.Page).Count));
        }
    }

    [Fact]
    public void Pager_links_go_to_each_page_mark_the_current_one_and_step_newer_and_older()
    {
        foreach (var (folder, count) in new[] { ("tags/ukraine/", Content.Entries.Count(e => e.Tags.Contains("ukraine"))), ("statements/2022/", Content.Entries.Count(e => e.Date.Year == 2022)) })
        {
            var total = (count + PageSize - 1) / PageSize;
            Assert.True(total >= 2, $"{folder} should need more than one page");
            for (var n = 0; n < total; n++)
            {
                var path = ListPagePath(folder, n);
                Assert.True(File.Exists(Path.Combine(Site.Root, path)), $"missing {path}");
                var pager = Site.Parse(path).QuerySelector("nav.pager")!;
                var numbers = pager.QuerySelectorAll("ol > li > a").ToList();
                Assert.Equal(Enumerable.Range(1, total).Select(i => i.ToString(CultureInfo.InvariantCulture)), numbers.Select(a => a.TextContent));
                Assert.Equal(Enumerable.Range(0, total).Select(i => ListPagePath(folder, i)), numbers.Select(a => Resolve(path, a.GetAttribute("href")!)));
                Assert.Equal([(n + 1).ToString(CultureInfo.InvariantCulture)], numbers.Where(a => a.GetAttribute("aria-current") == "page").Select(a => a.TextContent));
                Assert.Equal(n > 0 ? ListPagePath(folder, n - 1) : null, pager.QuerySelector("a[rel=prev]") is { } newer ? Resolve(path, newer.GetAttribute("href")!) : null);
                Assert.Equal(n + 1 < total ? ListPagePath(folder, n + 1) : null, pager.QuerySelector("a[rel=next]") is { } older ? Resolve(path, older.GetAttribute("href")!) : null);
            }
            Assert.False(File.Exists(Path.Combine(Site.Root, ListPagePath(folder, total))), $"{folder} has a page past its last");
        }

        // A list that fits one page has no pager.
        Assert.Null(Site.Parse("tags/space/index.html").QuerySelector("nav.pager"));
    }

    [Fact]
    public void Statements_of_one_day_are_listed_by_title_then_by_file()
    {
        // Written by hand from the rule (README, Model/ReadingOrder.cs): files a, b, c hold Zulu, Alpha, Mike.
        var june = Site.Parse(ListPagePath("statements/2022/", BrowseTestContent.InReadingOrder(Content.Entries.Where(e => e.Date.Year == 2022))
            .FindIndex(e => e.Date == new DateOnly(2022, 6, 15)) / PageSize));
        var titles = june.GetElementById("m06")!.ParentElement!.QuerySelectorAll("h3 a").Select(a => a.TextContent).ToList();
        Assert.Equal(["Alpha report on maritime patrols", "Mike report on maritime patrols", "Zulu report on maritime patrols"],
            titles.Where(t => t.EndsWith("report on maritime patrols", StringComparison.Ordinal)));
        var firstTie = titles.IndexOf("Alpha report on maritime patrols");
        Assert.Equal("Zulu report on maritime patrols", titles[firstTie + 2]); // one after the other

        // Same day, same title: the content file decides (grain-corridor-a before -b, though the content lists -b first).
        var corridor = ListPages("tags/ukraine/").SelectMany(p => ItemLinks(p.Path, p.Page)).ToList();
        var a = corridor.IndexOf("statements/2023/2023-03-01-grain-corridor-a/index.html");
        Assert.True(a >= 0);
        Assert.Equal("statements/2023/2023-03-01-grain-corridor-b/index.html", corridor[a + 1]);
    }

    [Fact]
    public void Previous_and_next_on_statement_pages_follow_the_reading_order_including_same_day_ties()
    {
        var order = Content.InReadingOrder(); // newest first: "previous" is the next one down, "next" the one above
        for (var i = 0; i < order.Count; i++)
        {
            var page = Site.Parse(order[i].PagePath);
            var prev = page.QuerySelector("nav.prevnext a[rel=prev]")?.GetAttribute("href");
            var next = page.QuerySelector("nav.prevnext a[rel=next]")?.GetAttribute("href");
            Assert.Equal(i + 1 < order.Count ? order[i + 1].PagePath : null, prev is null ? null : Resolve(order[i].PagePath, prev));
            Assert.Equal(i > 0 ? order[i - 1].PagePath : null, next is null ? null : Resolve(order[i].PagePath, next));
        }

        // The same, written out for the three of 15 June 2022.
        string? Prev(string slug) => Resolve($"statements/2022/{slug}/index.html",
            Site.Parse($"statements/2022/{slug}/index.html").QuerySelector("nav.prevnext a[rel=prev]")!.GetAttribute("href")!);
        Assert.Equal("statements/2022/2022-06-15-c-patrols/index.html", Prev("2022-06-15-b-patrols")); // Alpha → Mike
        Assert.Equal("statements/2022/2022-06-15-a-patrols/index.html", Prev("2022-06-15-c-patrols")); // Mike → Zulu
    }

    // ---- 4. Issuers and types ---------------------------------------------------------------------

    [Fact]
    public void Issuer_pages_list_exactly_the_statements_of_their_issuer()
    {
        const string index = "issuers/index.html";
        var links = Site.Parse(index).QuerySelectorAll("main li a").ToList();
        var issuers = Content.Entries.Select(e => e.Issuer).Distinct().ToList();
        Assert.Equal(issuers.Order(StringComparer.Ordinal), links.Select(a => a.TextContent).Order(StringComparer.Ordinal));
        Assert.Contains(BrowseTestContent.RareIssuerName, issuers);
        foreach (var issuer in issuers)
        {
            var link = links.Single(a => a.TextContent == issuer);
            var expected = InOrder(e => e.Issuer == issuer);
            Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), link.ParentElement!.QuerySelector(".count")!.TextContent);
            var page = Resolve(index, link.GetAttribute("href")!);
            Assert.StartsWith("issuers/", page);
            Assert.Equal(issuer, Site.Parse(page).QuerySelector("h1")!.TextContent);
            var folder = page[..^"index.html".Length];
            var listed = ListPages(folder).SelectMany(p => ItemLinks(p.Path, p.Page)).ToList();
            Assert.Equal(expected.Select(e => e.PagePath), listed);
        }
    }

    [Fact]
    public void Type_pages_list_exactly_the_statements_of_their_type()
    {
        const string index = "types/index.html";
        var links = Site.Parse(index).QuerySelectorAll("main li a").ToList();
        Assert.Equal(BrowseTestContent.TypeSlugs.Length, links.Count);
        foreach (var type in BrowseTestContent.TypeSlugs)
        {
            var expected = InOrder(e => e.Type == type);
            Assert.NotEmpty(expected);
            var link = links.Single(a => Resolve(index, a.GetAttribute("href")!) == $"types/{type}/index.html");
            Assert.Equal(expected.Count.ToString(CultureInfo.InvariantCulture), link.ParentElement!.QuerySelector(".count")!.TextContent);
            var listed = ListPages($"types/{type}/").SelectMany(p => ItemLinks(p.Path, p.Page)).ToList();
            Assert.Equal(expected.Select(e => e.PagePath), listed);
            // Every statement page links to its own type's page.
            foreach (var entry in expected)
                Assert.Equal($"types/{type}/index.html", Resolve(entry.PagePath,
                    Site.Parse(entry.PagePath).QuerySelectorAll("dl.facts div").Single(d => d.QuerySelector("dt")!.TextContent == "Type").QuerySelector("a")!.GetAttribute("href")!));
        }
    }

    // ---- helpers ------------------------------------------------------------------------------------

    /// <summary>The page of a list holding its items from <paramref name="index"/>×100 (0-based).</summary>
    private static string ListPagePath(string folder, int index) => index == 0 ? folder + "index.html" : $"{folder}page/{index + 1}/index.html";

    /// <summary>A list's pages, found by following each pager's "Older" link from the first page.</summary>
    private List<(string Path, IHtmlDocument Page)> ListPages(string folder)
    {
        var pages = new List<(string Path, IHtmlDocument Page)>();
        for (var path = folder + "index.html"; ;)
        {
            Assert.True(File.Exists(Path.Combine(Site.Root, path)), $"missing list page {path}");
            Assert.True(pages.Count < 50 && pages.All(p => p.Path != path), $"{folder}: the pager loops at {path}");
            var page = Site.Parse(path);
            pages.Add((path, page));
            if (page.QuerySelector("nav.pager a[rel=next]")?.GetAttribute("href") is not { } next) return pages;
            path = Resolve(path, next);
        }
    }

    /// <summary>The statement pages a list page lists, in order.</summary>
    private List<string> ItemLinks(string path, IHtmlDocument page) =>
        page.QuerySelectorAll("main ol.items > li > h3 > a").Select(a => Resolve(path, a.GetAttribute("href")!)).ToList();

    /// <summary>The statement pages listed in a statement page's section with this heading id (empty when there is none).</summary>
    private List<string> Section(string pagePath, string headingId)
    {
        var page = Site.Parse(pagePath);
        return page.GetElementById(headingId)?.ParentElement?.QuerySelectorAll("ol.items > li > h3 > a").Select(a => Resolve(pagePath, a.GetAttribute("href")!)).ToList() ?? [];
    }

    /// <summary>
    /// A link as a browser resolves it from the page's file (System.Uri against the file URL), as a path under the
    /// site root, without its fragment; a folder stands for its index.html.
    /// </summary>
    private string Resolve(string fromPage, string href)
    {
        var hashAt = href.IndexOf('#');
        var path = hashAt < 0 ? href : href[..hashAt];
        var full = Uri.UnescapeDataString(new Uri(new Uri(Path.Combine(Site.Root, fromPage)), path).LocalPath);
        if (Directory.Exists(full)) full = Path.Combine(full, "index.html");
        var relative = Path.GetRelativePath(Site.Root, full).Replace('\\', '/');
        Assert.False(relative.StartsWith("../", StringComparison.Ordinal), $"{fromPage}: {href} leaves the site");
        return relative;
    }
}
