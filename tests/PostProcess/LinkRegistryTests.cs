using StatementArchive.Diagnostics;
using StatementArchive.PostProcess;
using StatementArchive.Render;

namespace StatementArchive.Tests.PostProcess;

/// <summary>
/// A link that climbs to the site root is resolved once for every page at its depth: the pages after the
/// first must still be checked as if each had resolved it, whether the link leads to their own page or
/// another, and whatever the first page found.
/// </summary>
public class LinkRegistryTests
{
    private static List<string> Check(params (string Path, string Html)[] pages)
    {
        var diagnostics = new DiagnosticBag();
        var registry = new LinkRegistry("https://example.org/archive/", offline: false);
        foreach (var (path, html) in pages) registry.AddPage(new Page(path, html, null), PageScanner.Read(html));
        registry.Verify(diagnostics);
        return diagnostics.Sorted().Select(d => d.Message).ToList();
    }

    [Fact]
    public void A_link_to_a_page_is_checked_for_every_page_that_holds_it()
    {
        // a/ links to itself first (its own id is there), then b/ holds the same link to a/, which lacks the other id.
        var errors = Check(
            ("a/index.html", """<p id="top"><a href="../a/#top">self</a> <a href="../a/#gone">gone</a></p>"""),
            ("b/index.html", """<a href="../a/#top">a</a> <a href="../a/#gone">a, gone</a>"""));

        Assert.Equal(2, errors.Count);
        Assert.Contains("page a/index.html: link \"../a/#gone\" has no target: no id \"gone\" on this page", errors);
        Assert.Contains(errors, e => e.EndsWith("link \"../a/#gone\" has no target: a/index.html has no id \"gone\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_same_text_at_another_depth_leads_elsewhere()
    {
        // "../c/" from a page one folder deep is c/; from two folders deep it is x/c/, which does not exist.
        var errors = Check(
            ("c/index.html", "<p>c</p>"),
            ("a/index.html", """<a href="../c/">c</a>"""),
            ("x/b/index.html", """<a href="../c/">c</a>"""),
            ("y/index.html", """<a href="../c/">c again</a> <a href="#p1">own</a> <a href="#p1">own again</a>"""));

        Assert.Equal(["page x/b/index.html: link \"../c/\" leads to x/c/index.html, which the build does not contain",
            "page y/index.html: link \"#p1\" has no target: no id \"p1\" on this page"], errors);
    }
}
