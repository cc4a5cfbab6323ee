using StatementArchive.Domain;
using StatementArchive.Model;

namespace StatementArchive.Serve;

/// <summary>
/// Whether one statement's new title can be shown by rewriting only the pages that show it. A title does two
/// more things than show: it orders the statements of one day (the order is date, title, file), and it names
/// the statement for the texts that quote it. While neither changes, the model stays valid as it is.
/// </summary>
public static class TitleChange
{
    /// <param name="statements">The model's statements, the edited one at <paramref name="index"/>.</param>
    public static bool KeepsOrder(IReadOnlyList<Statement> statements, int index) =>
        (index == 0 || ReadingOrder.Instance.Compare(statements[index - 1], statements[index]) < 0)
        && (index == statements.Count - 1 || ReadingOrder.Instance.Compare(statements[index], statements[index + 1]) < 0);

    /// <summary>
    /// Whether every other text names the same statements as the model says, under <paramref name="names"/> (made
    /// with the new title). Only a quoted title can name differently, and only one that folds like the old or the
    /// new title: when both fold alike (or are too short to name anything) nothing needs reading, and a text that
    /// quotes neither needs no more than its quotes read.
    /// </summary>
    public static bool LeavesOtherMentions(SiteModel model, IReadOnlyList<Statement> statements, int index, string oldTitle, MentionNames names)
    {
        var (before, after) = (MentionFinder.TitleKey(oldTitle), MentionFinder.TitleKey(statements[index].Title));
        if (before == after) return true;
        var keys = new[] { before, after }.OfType<string>().ToHashSet(StringComparer.Ordinal);
        var same = true;
        Parallel.For(0, statements.Count, (other, loop) =>
        {
            var body = statements[other].Body;
            if (other == index || !MentionFinder.QuotesAny(body, keys)
                || MentionFinder.In(body, other, names).SequenceEqual(model.Neighbours[other].Mentions)) return;
            same = false;
            loop.Stop();
        });
        return same;
    }
}
