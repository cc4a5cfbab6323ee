using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Tests.Support;

/// <summary>
/// A content folder of any size for tests that need volume (pagination, killed builds), made from the
/// sentences of the repository's own statements; deterministic for a given count. (The benchmark's
/// synth.py lives outside the repository, so tests do not use it.)
/// </summary>
public static partial class SyntheticContent
{
    private static readonly string[] Types = ["press-release", "communique", "declaration", "joint-statement", "statement", "speech"];
    private static readonly string[] Issuers = ["North Atlantic Council", "NATO Secretary General", "NATO Heads of State and Government", "NATO Foreign Ministers"];
    private static readonly string[] Tags = ["ukraine", "russia", "nuclear", "cyber", "article-5", "sanctions", "china", "belarus"];

    public static void Write(string contentDirectory, int count)
    {
        var sentences = Sentences();
        Directory.CreateDirectory(contentDirectory);
        File.WriteAllText(Path.Combine(contentDirectory, "site.yml"), "title: Synthetic archive\nbase_url: https://example.org/synthetic/\n");
        for (var i = 0; i < count; i++)
        {
            var date = new DateOnly(1990, 1, 1).AddDays(i * 7 % 12000);
            var body = new StringBuilder();
            for (var p = 0; p < 6; p++)
            {
                body.AppendJoin(' ', Enumerable.Range(0, 4).Select(k => sentences[(i * 31 + p * 7 + k * 13) % sentences.Count]));
                body.Append("\n\n");
            }
            var tags = string.Join(", ", Enumerable.Range(0, 1 + i % 3).Select(k => Tags[(i + k * 3) % Tags.Length]).Distinct());
            var path = Path.Combine(contentDirectory, "statements", date.Year.ToString(CultureInfo.InvariantCulture), $"{date:yyyy-MM-dd}-statement-{i}.md");
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, $"""
                ---
                title: "Statement number {i} on Allied security"
                date: {date:yyyy-MM-dd}
                issuer: {Issuers[i % Issuers.Length]}
                type: {Types[i % Types.Length]}
                reference: PR ({date.Year}) {i:000}
                tags: [{tags}]
                ---

                {body}
                """);
        }
    }

    private static List<string> Sentences()
    {
        var text = string.Join(' ', Directory.EnumerateFiles(Repo.Path("content", "statements"), "*.md", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(f => File.ReadAllText(f).Split("\n---\n", 2)[1]));
        return SentencePattern().Matches(text).Select(m => m.Value.Trim()).Where(s => s.Split(' ').Length > 5).ToList();
    }

    [GeneratedRegex(@"[A-Z][^.!?\n]*[.!?]")]
    private static partial Regex SentencePattern();
}
