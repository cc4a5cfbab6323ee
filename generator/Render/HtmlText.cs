using System.Text;

namespace StatementArchive.Render;

/// <summary>Escapes text for HTML and XML text and quoted attributes; leaves other characters as they are (UTF-8 output).</summary>
public static class HtmlText
{
    public static string Escape(string text)
    {
        var firstSpecial = text.AsSpan().IndexOfAny("&<>\"'");
        if (firstSpecial < 0) return text;
        var builder = new StringBuilder(text.Length + 16);
        builder.Append(text, 0, firstSpecial);
        for (var i = firstSpecial; i < text.Length; i++)
        {
            _ = text[i] switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                var c => builder.Append(c),
            };
        }
        return builder.ToString();
    }
}
