using System.Runtime.CompilerServices;
using StatementArchive.Domain;

namespace StatementArchive.Render;

/// <summary>
/// Counts the weighted terms of a contiguous range of statements. The range has a term table of its
/// own (no locks, and the same input gives the same table whatever thread runs it); a word becomes a
/// string only the first time the range meets it. For each statement it keeps one entry per distinct
/// term, in the order the terms first appear, and its weighted length (the dl of BM25).
/// </summary>
internal sealed class SearchTermCounter
{
    /// <summary>One term of one statement: its weighted frequency, whether the title has it, and where the body first has it (-1: nowhere).</summary>
    public readonly record struct Entry(int Term, int FirstInBody, ushort Frequency, bool InTitle);

    private const int TitleWeight = 3;
    private const int ReferenceWeight = 3;
    private const int TagWeight = 2;

    /// <summary>
    /// A range's vocabulary is a few thousand words in a synthetic archive, tens of thousands in a real
    /// one: big enough that small archives never resize, small enough that the table stays in cache.
    /// </summary>
    private const int InitialTerms = 1 << 12;

    /// <summary>What the statement being counted does with a term, and in how many statements of the range the term is.</summary>
    private struct TermState
    {
        public int Count;
        public int FirstInBody;
        public bool InTitle;
        public int Statements;
    }

    private readonly SearchTermTable _table = new(InitialTerms);
    private readonly SearchTermScanner _scanner = new();
    private readonly List<int> _touched = new(1024);
    private TermState[] _states = new TermState[InitialTerms];
    private Entry[] _entries;
    private int _entryCount;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private int _statements;

    /// <param name="textLength">The range's body text in characters: a statement has about one distinct term per 16 (fewer as it grows longer), so the entries are sized once.</param>
    public SearchTermCounter(int first, int count, long textLength)
    {
        First = first;
        _starts = new int[count + 1];
        _lengths = new int[count];
        _entries = new Entry[(int)Math.Clamp(textLength / 16 + count * 16, 1024, Array.MaxLength)];
        // Stop words take the first ids, so one lookup both finds a word and tells it is to be skipped.
        foreach (var stop in SearchTokenizer.StopWords) Intern(stop);
    }

    /// <summary>Id of the range's first statement in the whole index.</summary>
    public int First { get; }

    /// <summary>Terms by local id; ids below <see cref="StopCount"/> are stop words and have no entries.</summary>
    public IReadOnlyList<string> Terms => _table.Terms;

    public static readonly int StopCount = SearchTokenizer.StopWords.Count;

    public int Count => _statements;

    /// <summary>The entries of the range's <paramref name="statement"/>-th statement.</summary>
    public ReadOnlySpan<Entry> Entries(int statement) => _entries.AsSpan(_starts[statement], _starts[statement + 1] - _starts[statement]);

    public int Length(int statement) => _lengths[statement];

    /// <summary>In how many of the range's statements the term with this local id is.</summary>
    public int Statements(int term) => _states[term].Statements;

    public void Add(Statement statement, ReadOnlySpan<char> body, IReadOnlyDictionary<string, string> tagLabels)
    {
        var length = 0;
        length += Field(statement.Title, TitleWeight, isTitle: true, isBody: false);
        length += Field(statement.Reference, ReferenceWeight, false, false);
        // Found as the reference is, without making the statement longer: one reference, however it is written.
        Field(SearchReferenceForms.Others(statement.Reference), ReferenceWeight, false, false);
        foreach (var tag in statement.Tags) length += Field(tagLabels.GetValueOrDefault(tag, tag), TagWeight, false, false);
        length += Field(statement.Issuer, 1, false, false);
        length += Field(statement.Location, 1, false, false);
        length += Field(body, 1, false, isBody: true);
        Flush(length);
    }

    // Optimized at once rather than tiered up: a build is one short run, and this loop sees every word of the archive.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Field(ReadOnlySpan<char> text, int weight, bool isTitle, bool isBody)
    {
        if (text.IsEmpty) return 0;
        var length = 0;
        var stopCount = StopCount;
        foreach (var token in _scanner.Scan(text))
        {
            var id = Intern(_scanner.Term(token));
            if (id < stopCount) continue;
            ref var state = ref _states[id];
            if (state.Count == 0)
            {
                _touched.Add(id);
                state.FirstInBody = -1;
            }
            state.Count += weight;
            length += weight;
            state.InTitle |= isTitle;
            if (isBody && state.FirstInBody < 0) state.FirstInBody = token.Start;
        }
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Intern(ReadOnlySpan<char> term)
    {
        var id = _table.GetOrAdd(term);
        if (id == _states.Length) Array.Resize(ref _states, id * 2);
        return id;
    }

    /// <summary>Moves the statement's counts into its entries and clears them for the next statement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush(int length)
    {
        if (_entryCount + _touched.Count > _entries.Length) Array.Resize(ref _entries, Math.Max(_entries.Length * 2, _entryCount + _touched.Count));
        foreach (var id in _touched)
        {
            ref var state = ref _states[id];
            _entries[_entryCount++] = new Entry(id, state.FirstInBody, (ushort)Math.Min(state.Count, PostingEncoder.MaxFrequency), state.InTitle);
            state.Count = 0;
            state.InTitle = false;
            state.Statements++;
        }
        _touched.Clear();
        _lengths[_statements] = length;
        _starts[++_statements] = _entryCount;
    }
}
