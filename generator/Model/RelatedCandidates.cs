using System.Runtime.CompilerServices;

namespace StatementArchive.Model;

/// <summary>
/// One thread's working space for <see cref="RelatedStatementsFinder"/>, reused from statement to
/// statement: the candidates gathered from the windows (each once), and the best few of them kept
/// while scoring, so nothing is allocated per candidate and nothing is sorted but the kept few.
/// </summary>
/// <remarks>Its methods are compiled optimised at once, like <see cref="RelatedSearch.Find"/>, which calls them.</remarks>
internal sealed class RelatedCandidates
{
    // seenFor[c] == statement + 1 marks c as gathered for this statement: no clearing between statements.
    private readonly int[] _seenFor;
    private readonly List<int> _found = [];
    private readonly int[] _bestIndex;
    private readonly double[] _bestScore;
    private readonly int[] _bestDistance;
    private int _statement;
    private int _kept;

    public RelatedCandidates(int statements, int count)
    {
        _seenFor = new int[statements];
        _bestIndex = new int[count];
        _bestScore = new double[count];
        _bestDistance = new int[count];
    }

    public List<int> Found => _found;

    public void Start(int statement)
    {
        _statement = statement;
        _found.Clear();
        _kept = 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Add(int candidate)
    {
        if (_seenFor[candidate] == _statement + 1) return;
        _seenFor[candidate] = _statement + 1;
        _found.Add(candidate);
    }

    /// <summary>Keeps the candidate if it is among the best so far: higher score, then nearer date, then earlier position.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Offer(int index, double score, int distance)
    {
        if (_kept == _bestIndex.Length && (_kept == 0 || !Better(score, distance, index, _kept - 1))) return;
        var at = _kept == _bestIndex.Length ? _kept - 1 : _kept++;
        for (; at > 0 && Better(score, distance, index, at - 1); at--)
            (_bestIndex[at], _bestScore[at], _bestDistance[at]) = (_bestIndex[at - 1], _bestScore[at - 1], _bestDistance[at - 1]);
        (_bestIndex[at], _bestScore[at], _bestDistance[at]) = (index, score, distance);
    }

    /// <summary>The kept candidates, best first.</summary>
    public int[] Best() => _bestIndex.AsSpan(0, _kept).ToArray();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Better(double score, int distance, int index, int slot)
    {
        if (score != _bestScore[slot]) return score > _bestScore[slot];
        if (distance != _bestDistance[slot]) return distance < _bestDistance[slot];
        return index < _bestIndex[slot];
    }
}
