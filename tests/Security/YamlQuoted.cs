using System.Globalization;
using System.Text;

namespace StatementArchive.Tests.Security;

/// <summary>
/// A string as a YAML double-quoted scalar that reads back as exactly that string: quotes and
/// backslashes escaped, and every character YAML will not take raw (controls, line and paragraph
/// separators, the BOM) written as a \u escape.
/// </summary>
public static class YamlQuoted
{
    public static string Of(string text)
    {
        var builder = new StringBuilder(text.Length + 2).Append('"');
        foreach (var c in text)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                _ when c < ' ' || (c >= '\u007F' && c <= '\u009F') || c is '\u2028' or '\u2029' or '\uFEFF' || char.IsSurrogate(c)
                    => builder.Append("\\u").Append(((int)c).ToString("X4", CultureInfo.InvariantCulture)),
                _ => builder.Append(c),
            };
        }
        return builder.Append('"').ToString();
    }
}
