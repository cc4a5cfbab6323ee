namespace StatementArchive.Import;

/// <summary>
/// Speaker labels of a transcript ("SECRETARY GENERAL: Good morning…", "QUESTION [Reuters]: …").
/// They look like a record's "Label: value" fields, but a field label is used once, while a speaker
/// speaks again: a label that opens two or more paragraphs, or a label such as QUESTION or
/// MODERATOR in a file with another such label, makes those paragraphs the statement's text.
/// </summary>
public static class SpeakerLineDetector
{
    private static readonly HashSet<string> TranscriptLabels = new(StringComparer.OrdinalIgnoreCase)
    {
        "question", "q", "answer", "a", "moderator", "interviewer", "journalist", "reporter", "participant",
    };

    public static IReadOnlySet<string> Speakers(IReadOnlyList<TextBlock> blocks)
    {
        var labels = blocks.Where(b => ProseDetector.IsProse(b, 3))
            .Select(Label)
            .OfType<string>()
            .ToList();
        var repeated = labels.GroupBy(l => l, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() >= 2).Select(g => g.Key);
        var transcript = labels.Any(l => TranscriptLabels.Contains(l)) && labels.Distinct(StringComparer.OrdinalIgnoreCase).Count() >= 2;
        return (transcript ? labels : repeated).ToHashSet(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>The label of a "Label: value" block, without a bracketed outlet ("QUESTION [Reuters]").</summary>
    public static string? Label(TextBlock block)
    {
        var match = ProseDetector.LabelledField().Match(MarkupStripper.Strip(block.Text));
        if (!match.Success)
            return null;
        var label = match.Groups["label"].Value.Trim();
        var bracket = label.IndexOf('[', StringComparison.Ordinal);
        return bracket > 0 ? label[..bracket].Trim() : label;
    }
}
