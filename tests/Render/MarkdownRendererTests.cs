using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

public class MarkdownRendererTests
{
    private static readonly Statement Target = TestStatements.Make("2021-05-01-target", "2021-05-01");

    private static (string Html, IReadOnlyList<Diagnostic> Diagnostics) Render(string body)
    {
        var from = TestStatements.Make("2022-01-01-from", "2022-01-01", body: body);
        var statements = new[] { from, Target };
        var renderer = new MarkdownRenderer(new StatementIndex(statements, s => s.ContentFile), statements, SiteUrls.Web);
        var diagnostics = new DiagnosticBag();
        return (renderer.Render(from, [], diagnostics).Html.Value, diagnostics.Sorted());
    }

    private static List<string> Hrefs(string html) =>
        System.Text.RegularExpressions.Regex.Matches(html, "href=\"([^\"]*)\"").Select(m => m.Groups[1].Value).ToList();

    [Fact]
    public void Raw_html_is_shown_as_text_not_passed_through()
    {
        var (html, _) = Render("Before <script>alert(1)</script> <img src=x onerror=alert(1)> after.");
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.Contains("&lt;script&gt;", html);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html,<script>alert(1)</script>)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Links_with_unsafe_schemes_keep_their_text_and_lose_the_link(string markdown)
    {
        var (html, _) = Render(markdown);
        Assert.Equal(["#p1"], Hrefs(html)); // only the paragraph's own link is left
        Assert.Contains("click", html);
    }

    [Theory]
    [InlineData("<javascript:alert(1)>", "javascript:alert(1)")]
    [InlineData("<JAVASCRIPT:alert(1)>", "JAVASCRIPT:alert(1)")]
    [InlineData("<data:text/html,x>", "data:text/html,x")]
    public void Autolinks_with_unsafe_schemes_are_shown_as_text(string markdown, string text)
    {
        var (html, _) = Render(markdown);
        Assert.Equal(["#p1"], Hrefs(html));
        Assert.Contains(text, html);
    }

    [Fact]
    public void Autolinks_to_web_and_mail_addresses_stay_links()
    {
        var (html, _) = Render("<https://www.nato.int/> and <press@example.org>");
        Assert.Equal(["https://www.nato.int/", "mailto:press@example.org", "#p1"], Hrefs(html));
    }

    [Fact]
    public void External_images_become_links_so_no_request_leaves_the_site()
    {
        var (html, _) = Render("![map](https://tracker.example/pixel.png)");
        Assert.DoesNotContain("<img", html);
        Assert.Contains("href=\"https://tracker.example/pixel.png\"", html);
    }

    [Theory]
    [InlineData("[t](/statements/2021/2021-05-01-target/)", "../../../statements/2021/2021-05-01-target/")]
    [InlineData("[t](/statements/2021/2021-05-01-target)", "../../../statements/2021/2021-05-01-target/")]
    [InlineData("[t](../2021/2021-05-01-target.md)", "../../../statements/2021/2021-05-01-target/")]
    [InlineData("[t](../2021/2021-05-01-target.md#p2)", "../../../statements/2021/2021-05-01-target/#p2")]
    public void Links_to_statements_by_site_path_or_file_become_relative(string markdown, string expectedHref)
    {
        var (html, diagnostics) = Render(markdown);
        Assert.Empty(diagnostics);
        Assert.Contains($"href=\"{expectedHref}\"", html);
    }

    [Fact]
    public void A_link_to_a_missing_statement_is_an_error_at_its_line()
    {
        var (_, diagnostics) = Render("First paragraph.\n\nSee [the other](/statements/2020/nope/).");
        var error = Assert.Single(diagnostics);
        Assert.Equal("content/statements/2022/2022-01-01-from.md", error.Path);
        Assert.Equal(7 + 2, error.Line); // body starts at line 7; the link is on the body's third line
        Assert.Contains("/statements/2020/nope/", error.Message);
    }

    [Fact]
    public void Every_paragraph_and_numbered_point_gets_a_stable_id()
    {
        var (html, _) = Render("Intro.\n\n1. One.\n2. Two.\n\nEnd.");
        Assert.Contains("<p id=\"p1\">Intro. <a class=\"para-link\" href=\"#p1\" aria-label=\"Link to paragraph 1\">¶</a></p>", html);
        Assert.Contains("<li id=\"p2\">One. <a class=\"para-link\" href=\"#p2\"", html);
        Assert.Contains("<li id=\"p3\">", html);
        Assert.Contains("<p id=\"p4\">End.", html);
        Assert.Equal(["#p1", "#p2", "#p3", "#p4"], Hrefs(html));
        Assert.Equal(html, Render("Intro.\n\n1. One.\n2. Two.\n\nEnd.").Html);
    }

    [Fact]
    public void Plain_text_comes_from_the_same_parse_one_block_per_line()
    {
        var from = TestStatements.Make("2022-01-01-from", "2022-01-01",
            body: "**We condemn** the [so-called](https://example.org/) vote &amp; <b>sham</b>.\n\n1. One.\n2. Two.");
        var statements = new[] { from, Target };
        var body = new MarkdownRenderer(new StatementIndex(statements, s => s.ContentFile), statements, SiteUrls.Web).Render(from, [], new DiagnosticBag());
        Assert.Equal("We condemn the so-called vote & <b>sham</b>.\nOne.\nTwo.", body.PlainText);
    }
}
