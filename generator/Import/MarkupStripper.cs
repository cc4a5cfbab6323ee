using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>Plain text of a line of Markdown-ish raw text: no emphasis markers, links reduced to their text.</summary>
public static partial class MarkupStripper
{
    [GeneratedRegex(@"\[([^\]]*)\]\([^)]*\)")]
    private static partial Regex Link();

    [GeneratedRegex(@"(\*\*|__|\*|_(?=\S)|(?<=\S)_)")]
    private static partial Regex Emphasis();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();

    public static string Strip(string text)
    {
        text = Link().Replace(text, "$1");
        text = Emphasis().Replace(text, "");
        return Whitespace().Replace(text, " ").Trim();
    }

    /// <summary>A key for "is this the same text": markup, case, punctuation and quote styles ignored.</summary>
    public static string Key(string text) =>
        new(Strip(text).ToLowerInvariant().Where(char.IsLetterOrDigit).ToArray());
}
