using System.Numerics;
using System.Runtime.CompilerServices;

namespace StatementArchive.Model;

/// <summary>
/// One thread's note of which tags the statement in hand carries, and in which of its places, so that
/// scoring a candidate costs a lookup per candidate tag instead of a comparison with every own tag:
/// <see cref="RelatedSearch"/> scores a few hundred candidates per statement.
/// </summary>
/// <remarks>Its methods are compiled optimised at once, like <see cref="RelatedSearch.Find"/>, which calls them.</remarks>
internal sealed class OwnTags
{
    // markedFor[tag] == statement + 1 marks the tag as own: no clearing between statements.
    private readonly int[] _markedFor;
    // places[tag]: bit k set when own[k] is that tag (a tag listed twice sets two bits, and counts twice, as it always did).
    private readonly ulong[] _places;
    private int _statement;
    private bool _tooMany;

    public OwnTags(int tags)
    {
        _markedFor = new int[tags];
        _places = new ulong[tags];
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Mark(int statement, ReadOnlySpan<int> own)
    {
        _statement = statement;
        _tooMany = own.Length > 64;
        if (_tooMany) return;
        for (var k = 0; k < own.Length; k++)
        {
            var tag = own[k];
            if (_markedFor[tag] != statement + 1) (_markedFor[tag], _places[tag]) = (statement + 1, 0);
            _places[tag] |= 1UL << k;
        }
    }

    /// <summary>The weight of the tags <paramref name="other"/> shares with the marked statement's <paramref name="own"/>, summed in the order of <paramref name="own"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public double SharedWeight(ReadOnlySpan<int> own, ReadOnlySpan<int> other, double[] weight)
    {
        if (_tooMany) return SharedWeightByComparing(own, other, weight);
        var shared = 0UL;
        foreach (var tag in other)
            if (_markedFor[tag] == _statement + 1) shared |= _places[tag];
        // Summed in place order, as comparing tag by tag did: the scores must agree to the last bit.
        var sum = 0.0;
        for (; shared != 0; shared &= shared - 1) sum += weight[own[BitOperations.TrailingZeroCount(shared)]];
        return sum;
    }

    private static double SharedWeightByComparing(ReadOnlySpan<int> own, ReadOnlySpan<int> other, double[] weight)
    {
        var sum = 0.0;
        foreach (var tag in own)
            if (other.Contains(tag)) sum += weight[tag];
        return sum;
    }
}
