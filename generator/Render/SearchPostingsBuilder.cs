using System.Runtime.CompilerServices;

namespace StatementArchive.Render;

/// <summary>
/// Turns the counted entries into one encoded posting list per term, and notes, for every term, the
/// statements that a one-word query for it would list first (its first page of results), so that
/// <see cref="SearchPassageBuilder"/> keeps a passage with that word for those statements.
/// </summary>
internal sealed class SearchPostingsBuilder
{
    /// <summary>As many statements as search.js shows at once.</summary>
    public const int FirstPage = 20;

    private readonly IReadOnlyList<SearchTermCounter> _counters;
    private readonly IReadOnlyList<int[]> _globalIds;
    private readonly int _termCount;
    private readonly int[] _lengths;
    private readonly double _averageLength;

    /// <param name="globalIds">For each counter, its local term ids mapped to ids in the sorted vocabulary (-1 for stop words).</param>
    public SearchPostingsBuilder(IReadOnlyList<SearchTermCounter> counters, IReadOnlyList<int[]> globalIds, int termCount, int[] lengths, double averageLength)
    {
        _counters = counters;
        _globalIds = globalIds;
        _termCount = termCount;
        _lengths = lengths;
        _averageLength = averageLength;
        Postings = new string[termCount];
        DocumentFrequencies = new int[termCount];
        for (var c = 0; c < counters.Count; c++)
            for (var t = SearchTermCounter.StopCount; t < counters[c].Terms.Count; t++)
                DocumentFrequencies[globalIds[c][t]] += counters[c].Statements(t);
        TopCounts = new int[termCount];
        TopDocuments = new int[termCount * FirstPage];
    }

    public string[] Postings { get; }
    public int[] DocumentFrequencies { get; }

    /// <summary>Term t's first page is TopDocuments[t·FirstPage …], best first, TopCounts[t] long.</summary>
    public int[] TopDocuments { get; }
    public int[] TopCounts { get; }

    public void Build()
    {
        // Each worker owns a slice of the vocabulary and reads every entry: the lists of a term are then
        // written by one thread, in document order, so they are built already sorted and byte-identical
        // whatever the number of threads.
        var workers = Math.Clamp(Environment.ProcessorCount, 1, Math.Max(1, _termCount / 64));
        Parallel.For(0, workers, w => Encode(_termCount * w / workers, _termCount * (w + 1) / workers));
    }

    // Optimized at once rather than tiered up: a build is one short run, and these see every posting of the archive.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Encode(int low, int high)
    {
        var buffers = new char[high - low][];
        var used = new int[high - low];
        var last = new int[high - low];
        var topWeights = new double[(high - low) * FirstPage];
        for (var t = low; t < high; t++)
        {
            buffers[t - low] = new char[DocumentFrequencies[t] * 2 + PostingEncoder.MaxPostingChars];
            last[t - low] = -1;
        }
        for (var c = 0; c < _counters.Count; c++)
        {
            var counter = _counters[c];
            var ids = _globalIds[c];
            for (var s = 0; s < counter.Count; s++)
            {
                var document = counter.First + s;
                foreach (var entry in counter.Entries(s))
                {
                    var term = ids[entry.Term];
                    if (term < low || term >= high) continue;
                    var local = term - low;
                    ref var buffer = ref buffers[local];
                    if (used[local] + PostingEncoder.MaxPostingChars > buffer.Length) Array.Resize(ref buffer, buffer.Length * 2);
                    used[local] = PostingEncoder.Append(buffer, used[local], document - last[local], entry.Frequency);
                    last[local] = document;
                    var weight = PostingEncoder.Weight(entry.Frequency, _lengths[document], _averageLength, SearchIndexBuilder.K1, SearchIndexBuilder.B);
                    KeepIfFirstPage(term, local, document, weight, topWeights);
                }
            }
        }
        for (var t = low; t < high; t++) Postings[t] = new string(buffers[t - low], 0, used[t - low]);
    }

    /// <summary>Keeps the term's best documents sorted by weight, earlier (newer) first among equals, as search.js ranks a one-word query.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void KeepIfFirstPage(int term, int local, int document, double weight, double[] topWeights)
    {
        var count = TopCounts[term];
        var slots = TopDocuments.AsSpan(term * FirstPage, FirstPage);
        var weights = topWeights.AsSpan(local * FirstPage, FirstPage);
        if (count == FirstPage && weight <= weights[FirstPage - 1]) return;
        var at = Math.Min(count, FirstPage - 1);
        while (at > 0 && weights[at - 1] < weight)
        {
            weights[at] = weights[at - 1];
            slots[at] = slots[at - 1];
            at--;
        }
        weights[at] = weight;
        slots[at] = document;
        if (count < FirstPage) TopCounts[term] = count + 1;
    }
}
