using System.Text;
using StatementArchive.Domain;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// Builds the search index from the model and the rendered bodies' plain text. Ranking is BM25 over
/// weighted fields: a word in the title or the reference counts three times, in a tag label twice,
/// in the issuer, location or body once. The per-document part of BM25 is computed here and stored
/// quantized with each posting; search.js adds the idf, which it reads off each posting list's length.
/// </summary>
public static class SearchIndexBuilder
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    private const int TitleWeight = 3;
    private const int ReferenceWeight = 3;
    private const int TagWeight = 2;

    public static SearchIndex Build(SiteModel model, IReadOnlyList<RenderedBody> bodies)
    {
        var statements = model.Statements;
        var tagLabels = model.Tags.ToDictionary(t => t.Slug, t => t.Label, StringComparer.Ordinal);
        var issuers = statements.Select(s => s.Issuer).Distinct().Order(StringComparer.Ordinal).ToList();
        var issuerIds = issuers.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

        var frequencies = new Dictionary<string, int>[statements.Count];
        var lengths = new int[statements.Count];
        Parallel.For(0, statements.Count, i => (frequencies[i], lengths[i]) = Count(statements[i], bodies[i].PlainText, tagLabels));
        var averageLength = Math.Max(1.0, lengths.Sum(l => (long)l) / (double)Math.Max(1, statements.Count));

        // Documents are visited in id order, so each posting list is built already sorted.
        var postings = new Dictionary<string, (StringBuilder Text, int Last)>(StringComparer.Ordinal);
        for (var id = 0; id < statements.Count; id++)
        {
            foreach (var (term, frequency) in frequencies[id])
            {
                var list = postings.TryGetValue(term, out var found) ? found : (Text: new StringBuilder(), Last: -1);
                PostingEncoder.Append(list.Text, id - list.Last, PostingEncoder.Weight(frequency, lengths[id], averageLength, K1, B));
                postings[term] = (list.Text, id);
            }
        }

        var documents = statements.Select(s => new SearchDocument(
            s.Title, s.SitePath, s.Date.Year * 10000 + s.Date.Month * 100 + s.Date.Day,
            (int)s.Type, issuerIds[s.Issuer], s.Reference ?? "")).ToList();
        var terms = postings.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => new SearchTerm(p.Key, p.Value.Text.ToString())).ToList();
        return new SearchIndex(documents, issuers, terms, bodies.Select(b => b.PlainText).ToList());
    }

    /// <summary>Weighted term frequencies of one statement, and its weighted length (the dl of BM25).</summary>
    private static (Dictionary<string, int>, int) Count(Statement statement, string body, IReadOnlyDictionary<string, string> tagLabels)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var length = 0;
        void Add(string? text, int weight)
        {
            if (string.IsNullOrEmpty(text)) return;
            foreach (var term in SearchTokenizer.Terms(text))
            {
                counts[term] = counts.GetValueOrDefault(term) + weight;
                length += weight;
            }
        }

        Add(statement.Title, TitleWeight);
        Add(statement.Reference, ReferenceWeight);
        foreach (var tag in statement.Tags) Add(tagLabels.GetValueOrDefault(tag, tag), TagWeight);
        Add(statement.Issuer, 1);
        Add(statement.Location, 1);
        Add(body, 1);
        return (counts, length);
    }
}
