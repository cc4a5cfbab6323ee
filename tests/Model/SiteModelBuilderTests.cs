using StatementArchive.Diagnostics;
using StatementArchive.Model;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Model;

public class SiteModelBuilderTests
{
    [Fact]
    public void Statements_are_newest_first_with_ties_broken_by_title()
    {
        var model = SiteModelBuilder.Build(TestStatements.Content(
            TestStatements.Make("b", "2022-03-24", title: "Beta"),
            TestStatements.Make("old", "2021-01-01"),
            TestStatements.Make("a", "2022-03-24", title: "Alpha")), new DiagnosticBag());

        Assert.Equal(["Alpha", "Beta", "Statement old"], model.Statements.Select(s => s.Title));
        Assert.Equal([2022, 2021], model.Years.Select(y => y.Year));
    }

    [Fact]
    public void Older_and_newer_link_neighbours_by_date()
    {
        var model = SiteModelBuilder.Build(TestStatements.Content(
            TestStatements.Make("mid", "2022-02-01"), TestStatements.Make("new", "2022-03-01"), TestStatements.Make("old", "2022-01-01")),
            new DiagnosticBag());

        var mid = model.Statements.ToList().FindIndex(s => s.Title.EndsWith("mid"));
        Assert.Equal("Statement old", model.Statements[model.Neighbours[mid].Older].Title);
        Assert.Equal("Statement new", model.Statements[model.Neighbours[mid].Newer].Title);
        Assert.Equal(-1, model.Neighbours[0].Newer);
        Assert.Equal(-1, model.Neighbours[^1].Older);
    }

    [Fact]
    public void Related_prefers_statements_sharing_rarer_tags_and_never_lists_itself()
    {
        // "ukraine" is on everything; "nuclear" only on the subject and one other.
        var statements = Enumerable.Range(1, 30)
            .Select(i => TestStatements.Make($"s{i:00}", $"2022-01-{i:00}", ["ukraine"]))
            .Append(TestStatements.Make("subject", "2022-02-10", ["ukraine", "nuclear"]))
            .Append(TestStatements.Make("far-nuclear", "2020-06-01", ["ukraine", "nuclear"]))
            .ToArray();
        var model = SiteModelBuilder.Build(TestStatements.Content(statements), new DiagnosticBag());

        var subject = model.Statements.ToList().FindIndex(s => s.Title.EndsWith("subject"));
        var related = model.Neighbours[subject].Related.Select(i => model.Statements[i].Title).ToList();
        Assert.Equal("Statement far-nuclear", related[0]);
        Assert.Equal(5, related.Count);
        Assert.DoesNotContain("Statement subject", related);
    }

    [Fact]
    public void Two_statements_with_the_same_page_are_reported()
    {
        var diagnostics = new DiagnosticBag();
        var first = TestStatements.Make("same", "2022-01-01");
        var second = first with { ContentPath = "content/statements/2022/other.md", ContentFile = "statements/2022/other.md", Body = "A different text." };

        SiteModelBuilder.Build(TestStatements.Content(first, second), diagnostics);

        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal("content/statements/2022/same.md", error.Path); // reported on the later file, naming the earlier
        Assert.Contains("statements/2022/same/", error.Message);
        Assert.Contains("content/statements/2022/other.md", error.Message);
    }
}
