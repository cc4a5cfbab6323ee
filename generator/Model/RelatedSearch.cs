using System.Runtime.CompilerServices;
using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// The search of <see cref="RelatedStatementsFinder"/> for one statement. It runs once per statement
/// over a few hundred candidates, so its inner loop works on numbers only: tags and issuers are
/// numbered, each statement's tags and its place in each tag's list are looked up once
/// (<see cref="TagMembership"/>), a candidate's shared tags are found by lookup (<see cref="OwnTags"/>), and
/// each thread brings its own, reused, working space.
/// </summary>
internal sealed class RelatedSearch
{
    private const int WindowPerSide = 24;

    private readonly IReadOnlyList<TagGroup> _tags;
    private readonly IReadOnlyList<IssuerGroup> _issuers;
    private readonly TagMembership _membership;
    private readonly double[] _tagWeight;
    private readonly double[] _issuerWeight;
    private readonly int[] _issuerOf;
    private readonly int[] _issuerRank;
    private readonly int[] _day;

    public RelatedSearch(IReadOnlyList<Statement> statements, IReadOnlyList<TagGroup> tags, IReadOnlyList<IssuerGroup> issuers)
    {
        _tags = tags;
        _issuers = issuers;
        _membership = new TagMembership(statements, tags);
        _tagWeight = new double[tags.Count];
        for (var t = 0; t < tags.Count; t++) _tagWeight[t] = Math.Log(1.0 + (double)statements.Count / tags[t].Statements.Count);
        _issuerWeight = new double[issuers.Count];
        for (var g = 0; g < issuers.Count; g++) _issuerWeight[g] = 0.5 * Math.Log(1.0 + (double)statements.Count / issuers[g].Statements.Count);
        _issuerOf = new int[statements.Count];
        _issuerRank = new int[statements.Count];
        for (var g = 0; g < issuers.Count; g++)
            for (var r = 0; r < issuers[g].Statements.Count; r++) (_issuerOf[issuers[g].Statements[r]], _issuerRank[issuers[g].Statements[r]]) = (g, r);
        _day = new int[statements.Count];
        for (var i = 0; i < statements.Count; i++) _day[i] = statements[i].Date.DayNumber;
    }

    /// <summary>Positions of the statements most related to statement <paramref name="i"/>, best first.</summary>
    // This and the methods it calls are compiled optimised at once: a build runs them for every
    // statement, mostly before tiered compilation would have replaced the first, unoptimised code.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int[] Find(int i, RelatedCandidates candidates, OwnTags ownTags)
    {
        candidates.Start(i);
        var own = _membership.TagsOf(i);
        ownTags.Mark(i, own);
        var ownRank = _membership.RanksOf(i);
        for (var k = 0; k < own.Length; k++)
            AddWindow(candidates, _tags[own[k]].Statements, ownRank[k]);
        var issuer = _issuerOf[i];
        AddWindow(candidates, _issuers[issuer].Statements, _issuerRank[i]);

        foreach (var c in candidates.Found)
        {
            // The same expression, in the same order of terms, as when tags were compared by name: scores must agree to the last bit.
            var score = ownTags.SharedWeight(own, _membership.TagsOf(c), _tagWeight) + (_issuerOf[c] == issuer ? _issuerWeight[issuer] : 0);
            candidates.Offer(c, score, Math.Abs(_day[c] - _day[i]));
        }
        return candidates.Best();
    }

    /// <summary>The statements within <see cref="WindowPerSide"/> places of <paramref name="at"/> in a date-ordered list, not the one at it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void AddWindow(RelatedCandidates candidates, IReadOnlyList<int> list, int at)
    {
        var to = Math.Min(list.Count - 1, at + WindowPerSide);
        for (var r = Math.Max(0, at - WindowPerSide); r <= to; r++)
            if (r != at) candidates.Add(list[r]);
    }
}
