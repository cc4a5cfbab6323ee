using AngleSharp.Html.Parser;

namespace StatementArchive.Tests.Quality;

/// <summary>Every HTML page of the built site, read with AngleSharp, against <see cref="ScriptPolicyChecker"/>.</summary>
[Collection(QualityCollection.Name)]
public sealed class ContentSecurityPolicyTests(QualityFixture fixture)
{
    [Fact]
    public void Every_page_has_a_strict_policy_and_nothing_inline_it_would_have_to_allow()
    {
        var parser = new HtmlParser();
        var pages = fixture.Site.HtmlFiles().ToList();
        Assert.All(PageKind.All, kind => Assert.Contains(Path.Combine(fixture.Site.Root, kind.File), pages));

        var problems = pages.SelectMany(file => ScriptPolicyChecker.Problems(parser.ParseDocument(File.ReadAllText(file)))
            .Select(p => $"{Path.GetRelativePath(fixture.Site.Root, file)}: {p}")).ToList();

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [Fact]
    public void The_checker_finds_what_it_is_there_to_find()
    {
        var page = new HtmlParser().ParseDocument("""
            <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'">
            <script src="ok.js"></script><script>alert(1)</script>
            <body onload="go()"><a href=" JavaScript:go()">x</a><img src="ok.png">
            """);

        var problems = ScriptPolicyChecker.Problems(page).ToList();

        Assert.Equal(
        [
            "script-src is \"'self' 'unsafe-inline'\", expected 'self' alone",
            "object-src is not 'none'",
            "script-src allows 'unsafe-inline'",
            "style-src allows 'unsafe-inline'",
            "inline script: <script>alert(1)</script>",
            "event-handler attribute onload on <body>",
            "javascript: URL in href on <a>",
        ], problems);
        Assert.Empty(ScriptPolicyChecker.Problems(new HtmlParser().ParseDocument(
            """<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; img-src 'self' data:; object-src 'none'"><script src="a.js"></script>""")));
    }
}
