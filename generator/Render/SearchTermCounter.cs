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

    /// <summary>A range's vocabulary is a few thousand words in a synthetic archive, tens of thousands in a real one: start big enough that most ranges never resize.</summary>
    private const int InitialTerms = 1 << 14;

    private readonly SearchTermTable _table = new(InitialTerms);
    private readonly SearchTermScanner _scanner = new();
    private readonly List<int> _touched = new(1024);
    private int[] _counts = new int[InitialTerms];
    private int[] _firstInBody = new int[InitialTerms];
    private bool[] _inTitle = new bool[InitialTerms];
    private Entry[] _entries;
    private int _entryCount;
    private readonly int[] _starts;
    private readonly int[] _lengths;
    private int _statements;

    public SearchTermCounter(int first, int count)
    {
        First = first;
        _starts = new int[count + 1];
        _lengths = new int[count];
        _entries = new Entry[Math.Max(1024, count * 256)];
        // Stop words take the first ids, so one lookup both finds a word and tells it is to be skipped.
        foreach (var stop in SearchTokenizer.StopWords) Intern(stop);
        Array.Fill(_firstInBody, -1);
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

    public void Add(Statement statement, string body, IReadOnlyDictionary<string, string> tagLabels)
    {
        var length = 0;
        length += Field(statement.Title, TitleWeight, isTitle: true, isBody: false);
        length += Field(statement.Reference, ReferenceWeight, false, false);
        foreach (var tag in statement.Tags) length += Field(tagLabels.GetValueOrDefault(tag, tag), TagWeight, false, false);
        length += Field(statement.Issuer, 1, false, false);
        length += Field(statement.Location, 1, false, false);
        length += Field(body, 1, false, isBody: true);
        Flush(length);
    }

    // Optimized at once rather than tiered up: a build is one short run, and this loop sees every word of the archive.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Field(string? text, int weight, bool isTitle, bool isBody)
    {
        if (string.IsNullOrEmpty(text)) return 0;
        var length = 0;
        foreach (var token in _scanner.Scan(text))
        {
            var id = Intern(_scanner.Term(token));
            if (id < StopCount) continue;
            if (_counts[id] == 0) _touched.Add(id);
            _counts[id] += weight;
            length += weight;
            if (isTitle) _inTitle[id] = true;
            if (isBody && _firstInBody[id] < 0) _firstInBody[id] = token.Start;
        }
        return length;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int Intern(ReadOnlySpan<char> term)
    {
        var id = _table.GetOrAdd(term);
        if (id == _counts.Length)
        {
            Array.Resize(ref _counts, id * 2);
            Array.Resize(ref _inTitle, id * 2);
            Array.Resize(ref _firstInBody, id * 2);
            _firstInBody.AsSpan(id).Fill(-1);
        }
        return id;
    }

    /// <summary>Moves the statement's counts into its entries and clears them for the next statement.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Flush(int length)
    {
        if (_entryCount + _touched.Count > _entries.Length) Array.Resize(ref _entries, Math.Max(_entries.Length * 2, _entryCount + _touched.Count));
        foreach (var id in _touched)
        {
            _entries[_entryCount++] = new Entry(id, _firstInBody[id], (ushort)Math.Min(_counts[id], PostingEncoder.MaxFrequency), _inTitle[id]);
            _counts[id] = 0;
            _firstInBody[id] = -1;
            _inTitle[id] = false;
        }
        _touched.Clear();
        _lengths[_statements] = length;
        _starts[++_statements] = _entryCount;
    }
}
