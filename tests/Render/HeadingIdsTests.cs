using Markdig;
using Markdig.Renderers.Html;
using Markdig.Syntax;
using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

/// <summary>Heading ids are those Markdig's GitHub-style extension gives, without its search for a free suffix.</summary>
public sealed class HeadingIdsTests
{
    private static readonly MarkdownPipeline WithExtension = new MarkdownPipelineBuilder().DisableHtml()
        .UseAutoIdentifiers(Markdig.Extensions.AutoIdentifiers.AutoIdentifierOptions.GitHub).UsePipeTables().Build();

    private static readonly MarkdownPipeline Without = new MarkdownPipelineBuilder().DisableHtml().UsePipeTables().Build();

    [Theory]
    [InlineData("## Introduction\n\ntext\n\n## Deterrence and defence\n")]
    [InlineData("## A\n\n## A\n\n## A\n\n## A-1\n\n## A\n")]
    [InlineData("## A-1\n\n## A\n\n## A\n\n## A\n\n## A-2-1\n\n## A-2\n")]
    [InlineData("## *Emphasis* and `code` and [a link](https://example.org)\n\n## Émigré, naïve — “quotes” & ampersands!\n")]
    [InlineData("##\n\n## ???\n\n## ...\n\n## Section\n\n## section\n")]
    [InlineData("Setext heading\n==============\n\n> ## Inside a quote\n\n- ## Inside a list\n\n### Deeper\n\n#### Deeper\n")]
    [InlineData("## Article 5 (1949)\n\n## Article 5 (1949)\n\n## article-5-1949\n\n## Article 5 1949\n")]
    public void Ids_are_the_same_as_markdigs_auto_identifiers(string markdown)
    {
        var expected = Ids(Markdown.Parse(markdown, WithExtension));
        var document = Markdown.Parse(markdown, Without);
        HeadingIds.Assign(document);
        Assert.Equal(expected, Ids(document));
    }

    [Fact]
    public void Thirty_thousand_repeated_headings_get_distinct_ids_in_order()
    {
        var document = Markdown.Parse(string.Concat(Enumerable.Repeat("## Heading\n\ntext\n\n", 30_000)), Without);
        HeadingIds.Assign(document);
        var ids = Ids(document);
        Assert.Equal(["heading", "heading-1", "heading-2"], ids[..3]);
        Assert.Equal("heading-29999", ids[^1]);
        Assert.Equal(ids.Length, ids.Distinct().Count());
    }

    private static string[] Ids(MarkdownDocument document) =>
        document.Descendants<HeadingBlock>().Select(h => h.GetAttributes().Id ?? "(none)").ToArray();
}
