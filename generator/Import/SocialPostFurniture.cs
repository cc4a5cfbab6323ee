using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// What a copied social-media post (X, Threads, Bluesky, Mastodon, Facebook) carries around its text: the
/// site's own words ("See new posts", "Log in", "Translate post", "All reactions:", "·") and the
/// engagement counts, a count and its label on one line ("2,345 Reposts") or apart ("1.2M" over "Views",
/// "Like", "Comment", "Share" under "203 shares"). A bare number or a bare label ("Quotes", a news
/// release's heading) is furniture only next to other furniture: a statement's table may hold a number.
/// </summary>
public static partial class SocialPostFurniture
{
    [GeneratedRegex(@"^(?:·|post|see new posts|conversation|follow|following|pinned|log in|sign up|sign in|create account|show this thread|show replies|show more replies|translate post|all reactions:?|replying to(?: @\w+)+|(?:\d{1,2}:\d{2}\s*(?:am|pm)?\s*·\s*)?[\d.,]+[kmb]?\s*views?)$", RegexOptions.IgnoreCase)]
    private static partial Regex Chrome();

    private const string Label = "(?:views?|reposts?|retweets?|quotes?|quote posts?|likes?|bookmarks?|repl(?:y|ies)|comments?|shares?|boosts?|favou?rites?|reactions?)";

    [GeneratedRegex(@"^[\d.,]+[KMB]?\s+" + Label + "$|^" + Label + @"\s+[\d.,]+[KMB]?$", RegexOptions.IgnoreCase)]
    private static partial Regex CountAndLabel();

    [GeneratedRegex("^" + Label + "$|^\\d[\\d.,]*[KMB]?$", RegexOptions.IgnoreCase)]
    private static partial Regex LabelOrCount();

    /// <summary>For each line, whether it is a post's furniture.</summary>
    public static bool[] Find(IReadOnlyList<SourceLine> lines)
    {
        var found = new bool[lines.Count];
        var bare = new bool[lines.Count];
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i].Text.Trim();
            found[i] = Chrome().IsMatch(text) || CountAndLabel().IsMatch(text);
            bare[i] = !found[i] && LabelOrCount().IsMatch(text);
        }
        // A bare count or label joins the furniture it touches, on either side, however long the run.
        for (var i = 1; i < lines.Count; i++)
            found[i] |= bare[i] && found[i - 1];
        for (var i = lines.Count - 2; i >= 0; i--)
            found[i] |= bare[i] && found[i + 1];
        return found;
    }
}
