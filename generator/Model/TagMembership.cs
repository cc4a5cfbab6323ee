using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// Each statement's tags as numbers (positions in the tag list) and, for each, the statement's place in
/// that tag's list of statements: what <see cref="RelatedStatementsFinder"/> looks up for every candidate.
/// </summary>
/// <remarks>
/// Stored flat, one array for all statements (statement i's tags are <c>[_start[i], _start[i + 1])</c>),
/// rather than an array per statement: two allocations instead of tens of thousands.
/// </remarks>
internal sealed class TagMembership
{
    private readonly int[] _start;
    private readonly int[] _tag;
    private readonly int[] _rank;

    public TagMembership(IReadOnlyList<Statement> statements, IReadOnlyList<TagGroup> tags)
    {
        // A slug listed twice names its last group, as a dictionary filled in order would.
        var number = new Dictionary<string, int>(tags.Count, StringComparer.Ordinal);
        for (var t = 0; t < tags.Count; t++) number[tags[t].Slug] = t;

        _start = new int[statements.Count + 1];
        for (var i = 0; i < statements.Count; i++) _start[i + 1] = _start[i] + statements[i].Tags.Count;
        _tag = new int[_start[^1]];
        _rank = new int[_start[^1]];
        for (var i = 0; i < statements.Count; i++)
        {
            var own = statements[i].Tags;
            for (var k = 0; k < own.Count; k++) _tag[_start[i] + k] = number[own[k]];
        }

        for (var t = 0; t < tags.Count; t++)
        {
            var list = tags[t].Statements;
            // Later places overwrite earlier ones: a statement listed twice keeps its last place.
            for (var r = 0; r < list.Count; r++)
                for (var slot = _start[list[r]]; slot < _start[list[r] + 1]; slot++)
                    if (_tag[slot] == t) _rank[slot] = r;
        }
    }

    public ReadOnlySpan<int> TagsOf(int statement) => _tag.AsSpan(_start[statement], _start[statement + 1] - _start[statement]);

    /// <summary>Indexed like <see cref="TagsOf"/>: the statement's place in each of its tags' lists.</summary>
    public ReadOnlySpan<int> RanksOf(int statement) => _rank.AsSpan(_start[statement], _start[statement + 1] - _start[statement]);
}
