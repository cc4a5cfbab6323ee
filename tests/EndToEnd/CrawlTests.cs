using AngleSharp.Html.Parser;
using StatementArchive.Tests.Browser;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>
/// The built site served over HTTP as GitHub Pages serves it — under a sub-path (/repo/) and at a
/// domain root — and crawled from the home page: every link and resource answers 200.
/// </summary>
public class CrawlTests
{
    [Theory]
    [InlineData("repo/")]
    [InlineData("")]
    public async Task Every_link_reachable_from_the_home_page_answers(string subPath)
    {
        using var temp = new TempDirectory();
        var siteFolder = temp.Path("www", subPath);
        using var server = new StaticSiteServer(temp.Path("www"));
        var home = server.BaseUrl + subPath;
        var run = Generator.Execute(Repo.Root, "build", "--output", siteFolder, "--base-url", home);
        Assert.True(run.ExitCode == 0, run.Stderr);

        var (visited, broken) = await Crawl(new Uri(home));

        Assert.Empty(broken);
        var pages = Directory.GetFiles(siteFolder, "index.html", SearchOption.AllDirectories).Length;
        Assert.True(visited.Count >= pages, $"crawled {visited.Count} URLs, but the site has {pages} pages");
    }

    private static async Task<(HashSet<Uri> Visited, List<string> Broken)> Crawl(Uri home)
    {
        using var http = new HttpClient();
        var parser = new HtmlParser();
        var visited = new HashSet<Uri> { home };
        var queue = new Queue<(Uri Url, string From)>([(home, "start")]);
        var broken = new List<string>();
        while (queue.TryDequeue(out var item))
        {
            using var response = await http.GetAsync(item.Url);
            if (!response.IsSuccessStatusCode)
            {
                broken.Add($"{item.Url} ({(int)response.StatusCode}) linked from {item.From}");
                continue;
            }
            if (response.Content.Headers.ContentType?.MediaType != "text/html") continue;

            var document = parser.ParseDocument(await response.Content.ReadAsStringAsync());
            foreach (var link in document.All.SelectMany(e => new[] { e.GetAttribute("href"), e.GetAttribute("src") }).OfType<string>())
            {
                if (link.StartsWith("data:", StringComparison.Ordinal)) continue;
                var target = new Uri(item.Url, link);
                if (target.Host != home.Host || target.Port != home.Port) continue; // another site: not followed
                var page = new UriBuilder(target) { Fragment = "" }.Uri;
                Assert.StartsWith(home.AbsolutePath, page.AbsolutePath); // nothing outside the site's own path
                if (visited.Add(page)) queue.Enqueue((page, item.Url.AbsolutePath));
            }
        }
        return (visited, broken);
    }
}
