using System.Globalization;
using System.Text;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Security;

/// <summary>The hostile strings of <c>tests/Security/payloads.txt</c>, with its two notations expanded.</summary>
public static class PayloadList
{
    public static IReadOnlyList<string> All { get; } = Load(Repo.Path("tests", "Security", "payloads.txt"));

    private static List<string> Load(string path) =>
        File.ReadAllLines(path)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(Expand)
            .ToList();

    private static string Expand(string line)
    {
        const string Repeat = "repeat ";
        if (line.StartsWith(Repeat, StringComparison.Ordinal))
        {
            var colon = line.IndexOf(": ", StringComparison.Ordinal);
            var count = int.Parse(line[Repeat.Length..colon], CultureInfo.InvariantCulture);
            return string.Concat(Enumerable.Repeat(Unescape(line[(colon + 2)..]), count));
        }
        return Unescape(line);
    }

    private static string Unescape(string text)
    {
        var builder = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '\\' && i + 5 < text.Length && text[i + 1] == 'u')
            {
                builder.Append((char)int.Parse(text.AsSpan(i + 2, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                i += 5;
            }
            else builder.Append(text[i]);
        }
        return builder.ToString();
    }
}
