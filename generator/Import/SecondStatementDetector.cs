namespace StatementArchive.Import;

/// <summary>
/// A digest or a page of several releases: after a first text of two paragraphs or more, a short line over a
/// block of only a reference or a date, then two paragraphs again. Imported as one, the second would be published
/// inside the first. (One paragraph before is a repost's lede over the statement's own title and dateline; one
/// after, a "Read next" teaser or a previous/next link under its date.)
/// </summary>
public static class SecondStatementDetector
{
    /// <summary>The line where a second statement starts (its title), or null.</summary>
    public static int? Start(IReadOnlyList<TextBlock> body)
    {
        var paragraphsBefore = 0;
        for (var i = 2; i + 1 < body.Count; i++)
        {
            if (ProseDetector.IsProse(body[i - 2], 8))
                paragraphsBefore++;
            if (paragraphsBefore >= 2 && BodyStartResolver.IsMetadataBlock(body[i]) && body[i - 1].Kind != BlockKind.ListItem && !ProseDetector.IsProse(body[i - 1], 3)
                && ProseDetector.WordCount(body[i - 1].Text) >= 3 && ProseDetector.IsProse(body[i + 1], 8)
                && i + 2 < body.Count && ProseDetector.IsProse(body[i + 2], 8))
                return body[i - 1].StartLine;
        }
        return null;
    }
}
