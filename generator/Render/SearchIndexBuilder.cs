using System.Runtime.CompilerServices;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// Builds the search index from the model and the rendered bodies' plain text. Ranking is BM25 over
/// weighted fields: a word in the title or the reference counts three times, in a tag label twice,
/// in the issuer, location or body once. The index stores each posting's weighted frequency and each
/// statement's weighted length; search.js computes BM25 from them. Three passes: statements are counted
/// in contiguous ranges in parallel (<see cref="SearchTermCounter"/>), the ranges' vocabularies are
/// merged and sorted, then posting lists (<see cref="SearchPostingsBuilder"/>) and snippet passages
/// (<see cref="SearchPassageBuilder"/>) are written. Nothing depends on which thread ran what.
/// </summary>
public static class SearchIndexBuilder
{
    public const double K1 = 1.2;
    public const double B = 0.75;

    /// <summary>Ranges small enough to share out evenly between threads, large enough that each range's term table pays for itself.</summary>
    private const int MinStatementsPerRange = 256;

    public static SearchIndex Build(SiteModel model, IReadOnlyList<RenderedBody> bodies) =>
        Build(model, bodies, Math.Clamp(model.Statements.Count / MinStatementsPerRange, 1, Environment.ProcessorCount * 4));

    /// <param name="ranges">How many ranges statements are counted in; the index is the same for any number (tests try several).</param>
    internal static SearchIndex Build(SiteModel model, IReadOnlyList<RenderedBody> bodies, int ranges)
    {
        var statements = model.Statements;
        var count = statements.Count;
        ranges = Math.Clamp(ranges, 1, Math.Max(1, count));
        var tagLabels = model.Tags.ToDictionary(t => t.Slug, t => t.Label, StringComparer.Ordinal);
        var issuers = statements.Select(s => s.Issuer).Distinct().Order(StringComparer.Ordinal).ToList();
        var issuerIds = issuers.Select((name, i) => (name, i)).ToDictionary(p => p.name, p => p.i, StringComparer.Ordinal);

        var counters = new SearchTermCounter[ranges];
        Parallel.For(0, ranges, r =>
        {
            int first = count * r / ranges, end = count * (r + 1) / ranges;
            long textLength = 0;
            for (var i = first; i < end; i++) textLength += bodies[i].PlainTextUtf8.Length;
            var counter = new SearchTermCounter(first, end - first, textLength);
            // Each body is decoded into one buffer per range, not into a string of its own.
            var text = Array.Empty<char>();
            for (var i = first; i < end; i++) counter.Add(statements[i], bodies[i].PlainTextUtf8.Chars(ref text), tagLabels);
            counters[r] = counter;
        });

        var (terms, globalIds) = Vocabulary(counters);
        var lengths = new int[count];
        long totalLength = 0;
        foreach (var counter in counters)
        {
            for (var s = 0; s < counter.Count; s++)
            {
                lengths[counter.First + s] = counter.Length(s);
                totalLength += counter.Length(s);
            }
        }
        var postings = new SearchPostingsBuilder(counters, globalIds, terms.Length, lengths, AverageLength(totalLength, count));
        postings.Build();

        var passages = Passages(counters, globalIds, postings, bodies);
        var documents = statements.Select(s => new SearchDocument(
            s.Title, s.SitePath, s.Date.Year * 10000 + s.Date.Month * 100 + s.Date.Day,
            (int)s.Type, issuerIds[s.Issuer], s.Reference ?? "", s.Language == model.Site.Language ? null : s.Language)).ToList();
        var searchTerms = new SearchTerm[terms.Length];
        for (var t = 0; t < terms.Length; t++) searchTerms[t] = new SearchTerm(terms[t], postings.Postings[t]);
        return new SearchIndex(documents, issuers, searchTerms, lengths, passages);
    }

    /// <summary>As search-index.js computes it from the lengths column: the same division, so the same double.</summary>
    public static double AverageLength(long totalLength, int count) => Math.Max(1.0, totalLength / (double)Math.Max(1, count));

    /// <summary>Every range's terms in one ordinal order (the order of the index files), and each range's ids mapped into it.</summary>
    private static (string[] Terms, int[][] GlobalIds) Vocabulary(SearchTermCounter[] counters)
    {
        var largest = 0;
        foreach (var counter in counters) largest = Math.Max(largest, counter.Terms.Count);
        var ids = new Dictionary<string, int>(largest * 2, StringComparer.Ordinal);
        foreach (var counter in counters)
            for (var t = SearchTermCounter.StopCount; t < counter.Terms.Count; t++)
                ids.TryAdd(counter.Terms[t], 0);
        var terms = new string[ids.Count];
        ids.Keys.CopyTo(terms, 0);
        Array.Sort(terms, StringComparer.Ordinal);
        for (var t = 0; t < terms.Length; t++) ids[terms[t]] = t;

        var globalIds = new int[counters.Length][];
        for (var c = 0; c < counters.Length; c++)
        {
            var local = counters[c].Terms;
            var map = globalIds[c] = new int[local.Count];
            for (var t = 0; t < local.Count; t++) map[t] = t < SearchTermCounter.StopCount ? -1 : ids[local[t]];
        }
        return (terms, globalIds);
    }

    private static string[] Passages(SearchTermCounter[] counters, int[][] globalIds, SearchPostingsBuilder postings, IReadOnlyList<RenderedBody> bodies)
    {
        // Each statement's places on first pages, gathered per statement from the per-term lists.
        var count = bodies.Count;
        var rankStarts = new int[count + 1];
        var topCounts = postings.TopCounts;
        var topDocuments = postings.TopDocuments;
        const int page = SearchPostingsBuilder.FirstPage;
        for (var t = 0; t < topCounts.Length; t++)
            for (var r = 0; r < topCounts[t]; r++) rankStarts[topDocuments[t * page + r] + 1]++;
        for (var d = 0; d < count; d++) rankStarts[d + 1] += rankStarts[d];
        var rankTerms = new int[rankStarts[count]];
        var rankValues = new byte[rankStarts[count]];
        var filled = rankStarts[..count];
        for (var t = 0; t < topCounts.Length; t++)
        {
            for (var r = 0; r < topCounts[t]; r++)
            {
                var at = filled[topDocuments[t * page + r]]++;
                rankTerms[at] = t;
                rankValues[at] = (byte)r;
            }
        }

        var passages = new string[count];
        Parallel.For(0, counters.Length, c => RangePassages(counters[c], globalIds[c], postings.DocumentFrequencies, rankStarts, rankTerms, rankValues, bodies, passages));
        return passages;
    }

    // Optimized at once rather than tiered up: a build is one short run, and this sees every term of every statement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void RangePassages(SearchTermCounter counter, int[] ids, int[] frequencies, int[] rankStarts, int[] rankTerms, byte[] rankValues,
        IReadOnlyList<RenderedBody> bodies, string[] passages)
    {
        const int page = SearchPostingsBuilder.FirstPage;
        var builder = new SearchPassageBuilder();
        var text = Array.Empty<char>();
        var rankOf = new byte[frequencies.Length];
        Array.Fill(rankOf, (byte)page);
        for (var s = 0; s < counter.Count; s++)
        {
            var document = counter.First + s;
            var body = bodies[document].PlainTextUtf8.Chars(ref text);
            var leadEnd = SearchPassageBuilder.LeadEnd(body);
            builder.Clear();
            if (leadEnd < body.Length)
            {
                for (var i = rankStarts[document]; i < rankStarts[document + 1]; i++) rankOf[rankTerms[i]] = rankValues[i];
                foreach (var entry in counter.Entries(s))
                {
                    if (entry.FirstInBody < leadEnd) continue;
                    var term = ids[entry.Term];
                    builder.Offer(SearchPassageBuilder.Key(entry.InTitle, rankOf[term], frequencies[term], entry.FirstInBody));
                }
                for (var i = rankStarts[document]; i < rankStarts[document + 1]; i++) rankOf[rankTerms[i]] = page;
            }
            passages[document] = builder.Build(body, leadEnd);
        }
    }
}
