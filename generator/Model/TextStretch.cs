namespace StatementArchive.Model;

/// <summary>
/// Lets a pattern be run over only the stretches of a text that could hold a match, with the same
/// matches as over the whole text. That holds when a match can only be made of certain characters
/// and looks at most one character beyond itself (a <c>\b</c>, or a one-character look-behind or
/// look-ahead): then every match lies inside one maximal stretch of those characters, and the stretch
/// with one character either side reads exactly as it does in place.
/// </summary>
internal static class TextStretch
{
    /// <summary>
    /// The maximal stretch of <paramref name="text"/> around <paramref name="at"/> whose characters
    /// <paramref name="belongs"/> accepts, with one character more on each side where there is one.
    /// <paramref name="next"/> is where a search for the next stretch may start.
    /// </summary>
    public static (int Start, int End, int Next) Around(string text, int at, Func<char, bool> belongs)
    {
        var start = at;
        while (start > 0 && belongs(text[start - 1])) start--;
        var end = at;
        while (end < text.Length && belongs(text[end])) end++;
        return (Math.Max(0, start - 1), Math.Min(text.Length, end + 1), end);
    }
}
