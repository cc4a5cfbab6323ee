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
    private const string ReplacementText = "\uFFFD";

    private static readonly SearchValues<char> Special = SearchValues.Create(
        "&<>\"'" + Range('\0', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') + Range('\u007F', '\u009F')
        + "\uFFFE\uFFFF" + Range('\uD800', '\uDFFF'));

    private static readonly SearchValues<char> Invalid = SearchValues.Create(
        Range('\0', '\u0008') + "\u000B\u000C" + Range('\u000E', '\u001F') + Range('\u007F', '\u009F') + "\uFFFE\uFFFF" + Range('\uD800', '\uDFFF'));

    /// <summary>True when escaping leaves the text as it is.</summary>
    public static bool IsPlain(string text) => text.AsSpan().IndexOfAny(Special) < 0;

    /// <summary>The text escaped, as a new string only when something needed escaping.</summary>
    public static string Escape(string text)
    {
        if (IsPlain(text)) return text;
        var builder = new StringBuilder(text.Length + 16);
        Escape(text, builder);
        return builder.ToString();
    }

    /// <summary>The text escaped, appended to <paramref name="into"/> (a page's output, without a string made for the value).</summary>
    public static void Escape(ReadOnlySpan<char> text, StringBuilder into) => Write(text, Special, into);

    /// <summary>The text's last character as it is escaped: an entity, U+FFFD, or the character (a surrogate pair whole).</summary>
    /// <returns>Where that character starts in <paramref name="text"/>.</returns>
    public static int LastEscaped(string text, out string? replacement)
    {
        var last = text.Length >= 2 && char.IsLowSurrogate(text[^1]) && char.IsHighSurrogate(text[^2]) ? text.Length - 2 : text.Length - 1;
        replacement = last == text.Length - 2 || !Special.Contains(text[last]) ? null : Entity(text[last]) ?? ReplacementText;
        return last;
    }

    /// <summary>
    /// Markup the generator made (rendered Markdown) with the characters <see cref="Escape(string)"/> replaces
    /// replaced the same way; its markup is ASCII, so only text is touched.
    /// </summary>
    public static string ReplaceInvalid(string markup)
    {
        if (markup.AsSpan().IndexOfAny(Invalid) < 0) return markup;
        var builder = new StringBuilder(markup.Length);
        Write(markup, Invalid, builder);
        return builder.ToString();
    }

    /// <summary>True when <see cref="ReplaceInvalid"/> would change the builder's text.</summary>
    public static bool HasInvalid(StringBuilder markup)
    {
        foreach (var chunk in markup.GetChunks())
            if (chunk.Span.IndexOfAny(Invalid) >= 0) return true;
        return false;
    }

    /// <param name="stops">The characters not copied as they are: the five HTML specials (when escaping) and the invalid ones.</param>
    private static void Write(ReadOnlySpan<char> text, SearchValues<char> stops, StringBuilder into)
    {
        var i = 0;
        while (i < text.Length)
        {
            // Runs of ordinary characters are copied whole; only the stops are looked at one by one.
            var run = text[i..].IndexOfAny(stops);
            if (run != 0)
            {
                if (run < 0) run = text.Length - i;
                into.Append(text.Slice(i, run));
                i += run;
                continue;
            }
            var c = text[i];
            if (Entity(c) is { } entity)
            {
                into.Append(entity);
                i++;
            }
            else if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                into.Append(text.Slice(i, 2)); // a valid pair, whole
                i += 2;
            }
            else
            {
                into.Append(ReplacementText);
                i++;
            }
        }
    }

    private static string? Entity(char c) => c switch
    {
        '&' => "&amp;",
        '<' => "&lt;",
        '>' => "&gt;",
        '"' => "&quot;",
        '\'' => "&#39;",
        _ => null,
    };

    private static string Range(char first, char last) =>
        string.Create(last - first + 1, first, (span, start) =>
        {
            for (var k = 0; k < span.Length; k++) span[k] = (char)(start + k);
        });
}
