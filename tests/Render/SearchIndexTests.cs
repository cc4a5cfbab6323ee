using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

/// <summary>The generator's half of search: terms, postings, shards, and the files written, without a browser.</summary>
public class SearchIndexTests
{
    [Fact]
    public void Terms_are_folded_like_the_browser_folds_them()
    {
        Assert.Equal(["communique", "nato", "article", "5", "allies", "zaporizhzhia"],
            SearchTokenizer.Terms("The Communiqué of NATO: Article 5 — Allies' Zaporizhzhia").ToArray());
        Assert.Equal(["securite", "europeenne"], SearchTokenizer.Terms("SÉCURITÉ européenne").ToArray());
    }

    [Theory]
    [InlineData(new[] { 0, 1, 2, 40, 1100, 40000 }, new[] { 1, 63, 7, 12, 33, 2 })]
    [InlineData(new[] { 5 }, new[] { 1 })]
    public void Postings_decode_to_what_was_encoded(int[] documents, int[] weights)
    {
        var text = new System.Text.StringBuilder();
        var last = -1;
        for (var i = 0; i < documents.Length; i++)
        {
            PostingEncoder.Append(text, documents[i] - last, weights[i]);
            last = documents[i];
        }
        Assert.Equal(documents.Zip(weights).ToArray(), PostingEncoder.Decode(text.ToString()).ToArray());
        Assert.All(text.ToString(), c => Assert.Contains(c, PostingEncoder.Alphabet));
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
        var model = SiteModelBuilder.Build(TestStatements.Content(inTitle, inBody), new Diagnostics.DiagnosticBag());
        var bodies = model.Statements.Select(s => new RenderedBody(new Html(""), "", s.Body)).ToList();

        var index = SearchIndexBuilder.Build(model, bodies);
        var postings = PostingEncoder.Decode(index.Terms.Single(t => t.Term == "readiness").Postings).ToDictionary(p => p.Document, p => p.Weight);
        var titleId = model.Statements.ToList().IndexOf(inTitle);
        Assert.True(postings[titleId] > postings[1 - titleId]);

        var files = SearchScriptBuilder.Build(index);
        Assert.Equal(files.Select(f => f.Text), SearchScriptBuilder.Build(SearchIndexBuilder.Build(model, bodies)).Select(f => f.Text));
        Assert.Contains(files, f => f.Path == "search/data/meta.js");
        Assert.All(files, f => Assert.StartsWith("archiveSearch.add(\"", f.Text));
    }
}
