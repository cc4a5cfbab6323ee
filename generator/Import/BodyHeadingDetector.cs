namespace StatementArchive.Import;

/// <summary>
/// Inside the body, a short line standing alone, wholly bold ("**Resilience**") or in capitals
/// ("COOPERATION WITH PARTNERS"), and not ending a sentence, is a section heading of the statement:
/// it becomes a Markdown heading (level 2; the page title is the h1). Its words are kept as written.
/// </summary>
public static class BodyHeadingDetector
{
    public static TextBlock? AsHeading(TextBlock block)
    {
        if (block.Kind != BlockKind.Paragraph || block.Lines.Count != 1)
            return null;
        var text = block.Text.Trim();
        var plain = MarkupStripper.Strip(text);
        if (ProseDetector.WordCount(plain) is < 1 or > 12 || ProseDetector.EndsSentence(plain))
            return null;
        if (IsWhollyBold(text))
            return block with { Kind = BlockKind.Heading, Marker = "##", Text = plain };
        var letters = plain.Where(char.IsLetter).ToList();
        return letters.Count >= 4 && letters.All(char.IsUpper)
            ? block with { Kind = BlockKind.Heading, Marker = "##", Text = plain }
            : null;
    }

    private static bool IsWhollyBold(string text)
    {
        foreach (var mark in new[] { "**", "__" })
        {
            if (text.Length > 4 && text.StartsWith(mark, StringComparison.Ordinal) && text.EndsWith(mark, StringComparison.Ordinal)
                && !text[2..^2].Contains(mark, StringComparison.Ordinal))
                return true;
        }
        return false;
    }
}
