using System.Globalization;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Security;

/// <summary>
/// A content folder where each statement carries one payload in one field that must be a code, a
/// slug or a web address (tags, type, language, slug, date, source.url): every file must fail with
/// clean one-line errors, and all of them in one run.
/// </summary>
public static class PayloadErrorContent
{
    public static readonly string[] Fields = ["tags", "type", "language", "slug", "date", "source.url"];

    public static string StatementPath(string field, int n) =>
        string.Create(CultureInfo.InvariantCulture, $"statements/2021/2021-02-01-{field.Replace('.', '-')}-{n}.md");

    public static void Write(TempDirectory temp, string folder)
    {
        temp.Write($"{folder}/site.yml", "title: Error archive\nbase_url: https://example.org/errors/\n");
        var payloads = PayloadList.All;
        foreach (var field in Fields)
        {
            for (var n = 0; n < payloads.Count; n++)
                temp.Write($"{folder}/{StatementPath(field, n)}", Statement(field, n, payloads[n]));
        }
    }

    private static string Statement(string field, int n, string payload)
    {
        var value = YamlQuoted.Of(payload);
        string Line(string key, string fallback) => key == field ? $"{key}: {value}\n" : fallback;
        return "---\n"
            + $"title: Statement {field} {n}\n"
            + Line("date", "date: 2021-02-01\n")
            + "issuer: North Atlantic Council\n"
            + Line("type", "type: statement\n")
            + Line("language", "")
            + Line("slug", "")
            + (field == "tags" ? $"tags: [{value}]\n" : "")
            + (field == "source.url" ? $"source:\n  url: {value}\n" : "")
            + "---\n\nText of the statement.\n";
    }
}
