using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// The names a text may give the archive's statements (reference, title of four words or more, date), each
/// mapped to the one statement it names; a name two statements share maps to <see cref="MentionFinder.Ambiguous"/>.
/// Made from what places statements only, never their text, so it holds while only texts change.
/// </summary>
public sealed class MentionNames
{
    private MentionNames(Dictionary<string, int> byReference, Dictionary<string, int> byTitle, Dictionary<DateOnly, List<int>> byDate) =>
        (ByReference, ByTitle, ByDate) = (byReference, byTitle, byDate);

    internal Dictionary<string, int> ByReference { get; }
    internal Dictionary<string, int> ByTitle { get; }
    internal Dictionary<DateOnly, List<int>> ByDate { get; }

    /// <param name="statements">In the model's order: the names map to these positions.</param>
    public static MentionNames Of(IReadOnlyList<Statement> statements)
    {
        var byDate = new Dictionary<DateOnly, List<int>>();
        for (var i = 0; i < statements.Count; i++)
        {
            if (!byDate.TryGetValue(statements[i].Date, out var sameDay)) byDate[statements[i].Date] = sameDay = [];
            sameDay.Add(i);
        }
        return new MentionNames(
            MentionFinder.Index(statements, s => s.Reference is { } r ? DuplicateDetector.NormaliseReference(r) : null),
            MentionFinder.Index(statements, s => MentionFinder.TitleKey(s.Title)),
            byDate);
    }
}
