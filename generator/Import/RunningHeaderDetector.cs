namespace StatementArchive.Import;

/// <summary>
/// A PDF copy repeats its page header and footer ("NATO UNCLASSIFIED", a short title) on every page,
/// so they land between paragraphs of the body. A short unpunctuated line that occurs two or more
/// times in the file is such a running line; the body drops it (the title, repeated by many sources,
/// is recognised first and dropped as a repeat of the title).
/// </summary>
public static class RunningHeaderDetector
{
    public static IReadOnlySet<string> Find(IEnumerable<SourceLine> lines) =>
        lines.Where(l => l.Text.Length > 0 && ProseDetector.WordCount(l.Text) is > 0 and <= 8 && !ProseDetector.EndsSentence(l.Text))
            .GroupBy(l => MarkupStripper.Key(l.Text))
            .Where(g => g.Key.Length > 0 && g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
}
