using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// A lede that introduces the text: "The following statement was issued today by the Spokesperson for …:",
/// or the other way round, "The Honourable Mélanie Joly, Minister of Foreign Affairs, today issued the
/// following statement:". It names the kind of text that follows and, often, who issued it.
/// </summary>
public static partial class Lede
{
    private const string Kind = @"(?<kind>(?:joint\s+)?(?:statement|declaration|communiqu[ée]|message|remarks|press\s+release))";

    [GeneratedRegex(@"^the\s+following\s+" + Kind + @"s?\b(?:\s+(?:was|were|has\s+been|have\s+been)\s+(?:issued|made|released|delivered|sent)\b[^:]{0,60}?\bby\s+(?:the\s+)?(?<who>[^:.]{3,120}?)\s*[:.]$)?", RegexOptions.IgnoreCase)]
    private static partial Regex TheFollowing();

    [GeneratedRegex(@"^(?:the\s+)?(?:(?:honourable|honorable|rt\.?\s+hon\.?|right\s+honourable)\s+)?(?<who>(?-i:\p{Lu})[^:.;]{2,120}?),?\s+(?:today\s+|yesterday\s+|has\s+|have\s+)?(?:issued|made|released|delivered|gave)\s+the\s+following\s+" + Kind + @"\b[^.]{0,80}[:.]$", RegexOptions.IgnoreCase)]
    private static partial Regex IssuedTheFollowing();

    /// <summary>The kind of text a lede names ("joint statement") and who issued it, when it says; null when the paragraph is no lede.</summary>
    public static (string Kind, string? Who)? Read(TextBlock block)
    {
        var plain = MarkupStripper.Strip(block.Text);
        var match = TheFollowing().Match(plain) is { Success: true } following ? following : IssuedTheFollowing().Match(plain);
        if (!match.Success)
            return null;
        return (match.Groups["kind"].Value.ToLowerInvariant(), match.Groups["who"].Success ? match.Groups["who"].Value : null);
    }
}
