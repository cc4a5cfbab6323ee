namespace StatementArchive.Import;

/// <summary>
/// Pass 5: the header is everything before the first prose paragraph and the lines that open the
/// statement right above it; the trailer is everything after the last prose paragraph that is not a
/// record field or a note (walking back from the end, because records put their fields and notes after
/// the text), but for the statement's own short lines (<see cref="BodyEdges"/>). A line that ends the statement
/// (an end mark, a sign-off, a comments section; <see cref="StatementEndDetector"/>) after the first
/// paragraph closes the body there, so notes, signatures and readers' comments stay out of it.
/// </summary>
public static class RegionDetector
{
    public static StatementRegions? Detect(IReadOnlyList<TextBlock> blocks, IReadOnlyList<int>? endLines = null)
    {
        // Very short statements have no eight-word sentence; accept three words before giving up.
        var speakers = SpeakerLineDetector.Speakers(blocks);
        bool IsField(TextBlock block) => ProseDetector.IsLabelledField(block) && !speakers.Contains(SpeakerLineDetector.Label(block) ?? "");
        var first = FindFirst(blocks, 8, IsField);
        if (first < 0)
            first = FindFirst(blocks, 3, IsField);
        if (first < 0)
            return null;
        // The first paragraph cut by a page break before its first full stop: its second half opens in lower case.
        if (char.IsLower(blocks[first].Text.FirstOrDefault()) && Enumerable.Range(Math.Max(0, first - 4), Math.Min(4, first)).LastOrDefault(j => ProseDetector.IsCutByPageBreak(blocks[j]), -1) is var cut and >= 0)
            first = cut;
        while (first > 0 && BodyEdges.OpensBody(blocks, first - 1))
            first--;

        var end = endLines?.Where(l => l > blocks[first].EndLine).DefaultIfEmpty(int.MaxValue).Min() ?? int.MaxValue;
        var last = blocks.Count - 1;
        while (last > first && (blocks[last].StartLine > end || !ProseDetector.IsProse(blocks[last], 3) || IsField(blocks[last]))
               && !(blocks[last].StartLine <= end && BodyEdges.BelongsToBody(blocks[last])))
            last--;
        var lastParagraph = blocks[last];
        while (last + 1 < blocks.Count && blocks[last + 1].StartLine <= end
               && (BodyEdges.ClosesBody(blocks[last + 1]) || BodyEdges.ContinuesAnnouncedList(lastParagraph, blocks[last + 1])))
            last++;

        return new StatementRegions(
            blocks.Take(first).ToList(),
            blocks.Skip(first).Take(last - first + 1).ToList(),
            blocks.Skip(last + 1).ToList());
    }

    private static int FindFirst(IReadOnlyList<TextBlock> blocks, int minimumWords, Func<TextBlock, bool> isField)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            if (ProseDetector.IsProse(blocks[i], minimumWords) && !isField(blocks[i]))
                return i;
        }
        return -1;
    }
}
