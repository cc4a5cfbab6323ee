using System.Text;
using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

/// <summary>The generator's half of search: terms, postings, passages, shards, and the files written, without a browser.</summary>
public class SearchIndexTests
{
    [Fact]
    public void Terms_are_folded_like_the_browser_folds_them()
    {
        Assert.Equal(["communique", "nato", "article", "5", "allies", "zaporizhzhia"],
            SearchTokenizer.Terms("The Communiqué of NATO: Article 5 — Allies' Zaporizhzhia").ToArray());
        Assert.Equal(["securite", "europeenne"], SearchTokenizer.Terms("SÉCURITÉ européenne").ToArray());
        Assert.Equal(["cafe", "ete"], SearchTokenizer.Terms("cafe\u0301 \u0301e\u0301te\u0301"));
    }

    [Fact]
    public void The_scanner_gives_where_each_word_stands_in_the_original_text()
    {
        var scanner = new SearchTermScanner();
        const string text = "  Cafe\u0301, a (NATO) x 5";
        var tokens = scanner.Scan(text).ToArray();
        Assert.Equal(["cafe", "nato", "5"], tokens.Select(t => scanner.Term(t).ToString()));
        Assert.Equal(["Cafe\u0301"[..4], "NATO", "5"], tokens.Select(t => text[t.Start..t.End]));
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 40, 1100, 40000 }, new[] { 1, 63, 7, 1, 1, 2000 })]
    [InlineData(new[] { 5 }, new[] { 1 })]
    public void Postings_decode_to_what_was_encoded(int[] documents, int[] frequencies)
    {
        var text = new char[documents.Length * PostingEncoder.MaxPostingChars];
        var at = 0;
        var last = -1;
        for (var i = 0; i < documents.Length; i++)
        {
            at = PostingEncoder.Append(text, at, documents[i] - last, frequencies[i]);
            last = documents[i];
        }
        var postings = new string(text, 0, at);
        var expected = documents.Zip(frequencies.Select(f => Math.Min(f, PostingEncoder.MaxFrequency))).ToArray();
        Assert.Equal(expected, PostingEncoder.Decode(postings).ToArray());
        Assert.All(postings, c => Assert.Contains(c, PostingEncoder.Alphabet));
    }

    [Fact]
    public void A_posting_of_a_near_document_with_one_occurrence_takes_one_character()
    {
        var text = new char[PostingEncoder.MaxPostingChars];
        Assert.Equal(1, PostingEncoder.Append(text, 0, 16, 1));
        Assert.Equal(2, PostingEncoder.Append(text, 0, 1, 2));
    }

    [Fact]
    public void Manifest_numbers_decode_to_what_was_encoded()
    {
        var text = new StringBuilder();
        long[] numbers = [0, 31, 32, 1023, 1024, 20261231, uint.MaxValue];
        foreach (var n in numbers) PostingEncoder.AppendNumber(text, n);
        Assert.Equal(numbers, PostingEncoder.Numbers(text.ToString()));
    }

    [Fact]
    public void Every_term_lives_in_the_shard_with_the_longest_key_that_begins_it()
    {
        var terms = new[] { "co", "coal", "cold", "com", "commit", "common", "cyber", "de" }
            .Select(t => new SearchTerm(t, new string('x', 40))).ToList();
        var shards = SearchShardPlanner.Plan(terms, maxChars: 100);

        var keys = shards.Select(s => s.Key).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
        foreach (var shard in shards)
            foreach (var term in shard.Terms)
                Assert.Equal(keys.Where(k => term.Term.StartsWith(k, StringComparison.Ordinal)).MaxBy(k => k.Length), shard.Key);
        Assert.Equal(terms.Count, shards.Sum(s => s.Terms.Count));
        Assert.Contains("co", keys);
        Assert.Contains("com", keys);
    }

    [Fact]
    public void Title_words_rank_above_body_words_and_files_are_deterministic()
    {
        var inTitle = TestStatements.Make("2022-01-01-a", "2022-01-01", title: "On readiness", body: "Allies met.");
        var inBody = TestStatements.Make("2022-01-02-b", "2022-01-02", body: "Allies met on readiness and other matters of the day.");
        var (model, bodies) = Site(inTitle, inBody);

        var index = SearchIndexBuilder.Build(model, bodies);
        var average = SearchIndexBuilder.AverageLength(index.Lengths.Sum(), index.Lengths.Count);
        var weights = PostingEncoder.Decode(index.Terms.Single(t => t.Term == "readiness").Postings)
            .ToDictionary(p => p.Document, p => PostingEncoder.Weight(p.Frequency, index.Lengths[p.Document], average, SearchIndexBuilder.K1, SearchIndexBuilder.B));
        var titleId = model.Statements.ToList().IndexOf(inTitle);
        Assert.True(weights[titleId] > weights[1 - titleId]);

        var files = SearchScriptBuilder.Build(index);
        Assert.Equal(files.Select(f => f.Text), SearchScriptBuilder.Build(SearchIndexBuilder.Build(model, bodies)).Select(f => f.Text));
        Assert.Contains(files, f => f.Path == "search/data/meta.js");
        Assert.All(files, f => Assert.StartsWith("archiveSearch.add(\"", f.Text));
    }

    [Fact]
    public void The_index_does_not_depend_on_how_statements_were_shared_between_threads()
    {
        using var temp = new TempDirectory();
        SyntheticContent.Write(temp.Path("content"), 60);
        var diagnostics = new Diagnostics.DiagnosticBag();
        var model = SiteModelBuilder.Build(StatementArchive.Load.ContentLoader.Load(temp.Path("content"), null, diagnostics)!, diagnostics);
        Assert.False(diagnostics.HasErrors);
        var bodies = Bodies(model);

        var one = SearchScriptBuilder.Build(SearchIndexBuilder.Build(model, bodies, ranges: 1)).Select(f => f.Path + "\n" + f.Text).ToList();
        foreach (var ranges in new[] { 2, 7, 60 })
            Assert.Equal(one, SearchScriptBuilder.Build(SearchIndexBuilder.Build(model, bodies, ranges)).Select(f => f.Path + "\n" + f.Text));
    }

    [Fact]
    public void A_long_statement_keeps_its_opening_and_a_passage_around_a_word_only_it_has_and_no_more()
    {
        var filler = string.Join("\n", Enumerable.Range(0, 60).Select(i => $"Paragraph {i} repeats the common position of the Alliance on defence matters."));
        var body = "The opening says what the meeting was about.\n" + filler + "\nAt the very end the Svalbard question was raised by Norway.\n" + filler;
        var longOne = TestStatements.Make("2022-01-01-long", "2022-01-01", body: body);
        var others = Enumerable.Range(0, 5).Select(i => TestStatements.Make($"2022-02-0{i + 1}-x", $"2022-02-0{i + 1}", body: filler)).ToArray();
        var (model, bodies) = Site([longOne, .. others]);

        var index = SearchIndexBuilder.Build(model, bodies);
        var passages = index.Passages[model.Statements.ToList().IndexOf(longOne)];
        Assert.StartsWith("The opening says what the meeting was about. Paragraph 0", passages);
        Assert.Contains("the Svalbard question was raised by Norway.", passages);
        Assert.EndsWith(" …", passages);
        Assert.DoesNotContain("\n", passages);
        Assert.True(passages.Length <= SearchPassageBuilder.PassageChars + 20 * SearchPassageBuilder.Gap.Length, $"{passages.Length} characters");
        Assert.Contains(index.Terms, t => t.Term == "svalbard");
    }

    [Fact]
    public void A_short_statement_keeps_its_whole_text_on_one_line()
    {
        var statement = TestStatements.Make("2022-01-01-short", "2022-01-01", body: "First paragraph.\n\nSecond   paragraph.");
        var (model, bodies) = Site(statement);
        Assert.Equal("First paragraph. Second paragraph.", SearchIndexBuilder.Build(model, bodies).Passages.Single());
    }

    private static (SiteModel Model, List<RenderedBody> Bodies) Site(params Domain.Statement[] statements)
    {
        var model = SiteModelBuilder.Build(TestStatements.Content(statements), new Diagnostics.DiagnosticBag());
        return (model, Bodies(model));
    }

    /// <summary>Blocks of plain text are lines, as PlainTextRenderer writes them.</summary>
    private static List<RenderedBody> Bodies(SiteModel model) =>
        model.Statements.Select(s => new RenderedBody(new Html(""), "", s.Body.Replace("\n\n", "\n", StringComparison.Ordinal))).ToList();
}
