using System.Buffers;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// Escapes text for HTML and XML text and quoted attributes; leaves other characters as they are
/// (UTF-8 output), except those no XML 1.0 document may hold and HTML counts as parse errors:
/// C0 controls other than tab, line feed and carriage return, DEL and C1 controls, U+FFFE, U+FFFF
/// and unpaired surrogates. Those become U+FFFD, so one stray byte in a title cannot make the
/// Atom feed unreadable for every subscriber.
/// </summary>
public static class HtmlText
{
    private const char Replacement = '\uFFFD';

    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'" + Range('\0', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') + Range('\u007F', '\u009F')
        + "\uFFFE\uFFFF" + Range('\uD800', '\uDFFF'));

    private static readonly SearchValues<char> Invalid = SearchValues.Create(
        Range('\0', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') + Range('\u007F', '\u009F') + "\uFFFE\uFFFF" + Range('\uD800', '\uDFFF'));

    public static string Escape(string text)
    {
        var span = text.AsSpan();
        var next = span.IndexOfAny(Special);
        if (next < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        var i = 0;
        while (next >= 0)
        {
            // Runs of ordinary characters are copied whole; only the specials are looked at one by one.
            builder.Append(span.Slice(i, next));
            i += next;
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => AppendChecked(builder, text, ref i),
            };
            i++;
            next = span[i..].IndexOfAny(Special);
        }
        return builder.Append(span[i..]).ToString();
    }

    /// <summary>
    /// Markup the generator made (rendered Markdown) with the characters <see cref="Escape"/> replaces
    /// replaced the same way; its markup is ASCII, so only text is touched.
    /// </summary>
    public static string ReplaceInvalid(string markup)
    {
        var first = markup.AsSpan().IndexOfAny(Invalid);
        if (first < 0) return markup;
        var builder = new StringBuilder(markup.Length);
        builder.Append(markup, 0, first);
        for (var i = first; i < markup.Length; i++) AppendChecked(builder, markup, ref i);
        return builder.ToString();
    }

    /// <summary>Appends text[i] or its replacement; a valid surrogate pair is appended whole (and i moves past it).</summary>
    private static StringBuilder AppendChecked(StringBuilder builder, string text, ref int i)
    {
        var c = text[i];
        if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            return builder.Append(c).Append(text[++i]);
        return builder.Append(Invalid.Contains(c) ? Replacement : c);
    }

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, (span, start) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = (char)(start + k);
        });
}
