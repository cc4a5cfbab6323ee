using StatementArchive.Diagnostics;
using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

public class MarkdownSourcesTests
{
    [Fact]
    public void Takes_each_body_out_of_the_model_and_gives_it_once()
    {
        var model = SiteModelBuilder.Build(TestStatements.Content(
            TestStatements.Make("2022-01-01-a", "2022-01-01", body: "Body *a*."),
            TestStatements.Make("2023-01-01-b", "2023-01-01", body: "Body b.")), new DiagnosticBag());

        var (emptied, sources) = MarkdownSources.TakeFrom(model);

        Assert.All(emptied.Statements, s => Assert.Equal("", s.Body));
        Assert.Equal(model.Statements.Select(s => s.Title), emptied.Statements.Select(s => s.Title));
        Assert.Equal("Body b.", sources.Take(0)); // newest first, as the model orders them
        Assert.Equal("Body *a*.", sources.Take(1));
        Assert.Throws<InvalidOperationException>(() => sources.Take(0));
    }

    [Fact]
    public void A_body_rendered_from_its_taken_markdown_is_the_body_rendered_from_the_statement()
    {
        var statement = TestStatements.Make("2022-01-01-a", "2022-01-01", body: "First *paragraph*.\n\n- item \"one\"\n- item two");
        var model = SiteModelBuilder.Build(TestStatements.Content(statement), new DiagnosticBag());
        var renderer = new MarkdownRenderer(model.Index, model.Statements, SiteUrls.Web);
        var whole = renderer.Render(model.Statements[0], [], new DiagnosticBag());

        var (emptied, sources) = MarkdownSources.TakeFrom(model);
        var taken = renderer.Render(emptied.Statements[0], sources.Take(0), [], new DiagnosticBag());

        Assert.Equal(whole.Html.Value, taken.Html.Value);
        Assert.Equal(whole.PlainText, taken.PlainText);
        Assert.Equal(whole.Excerpt, taken.Excerpt);
    }
}
