namespace StatementArchive.Import;

/// <summary>
/// A PDF copy repeats its page header and footer ("NATO UNCLASSIFIED", a short title) on every page,
/// so they land between paragraphs of the body. A short unpunctuated line that occurs two or more
/// times in the file is such a running line; the body drops it (the title, repeated by many sources,
/// is recognised first and dropped as a repeat of the title).
/// </summary>
public static class RunningHeaderDetector
{
    /// <summary>
    /// A page footer that gives the sender's address or contacts ("al. J. Ch. Szucha 23, 00-580 Warszawa | tel. …")
    /// and recurs on every page: blanked wherever it is, before the lines form paragraphs, so a sentence that a
    /// page break cut is joined again without it in the middle.
    /// </summary>
    public static IReadOnlyList<SourceLine> DropRepeatedFooters(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var footers = lines
            .Where(l => l.Text.Length > 0 && !ProseDetector.EndsSentence(l.Text) && ProseDetector.WordCount(l.Text) <= 24
                && BoilerplateDetector.DescribeDropped(l.Text, "") is "postal address" or "contact")
            .GroupBy(l => MarkupStripper.Key(l.Text))
            .Where(g => g.Key.Length > 0 && g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
        if (footers.Count == 0)
            return lines;
        return lines.Select(l =>
        {
            if (l.Text.Length == 0 || !footers.Contains(MarkupStripper.Key(l.Text)))
                return l;
            report.Dropped(l.Number, l.Text, "running header or footer");
            return l with { Text = "" };
        }).ToList();
    }

    public static IReadOnlySet<string> Find(IEnumerable<SourceLine> lines) =>
        lines.Where(l => l.Text.Length > 0 && ProseDetector.WordCount(l.Text) is > 0 and <= 8 && !ProseDetector.EndsSentence(l.Text))
            .GroupBy(l => MarkupStripper.Key(l.Text))
            .Where(g => g.Key.Length > 0 && g.Count() >= 2)
            .Select(g => g.Key)
            .ToHashSet(StringComparer.Ordinal);
}
