using System.Text.RegularExpressions;
using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

public sealed partial class GoldenCaseTests
{
    public static TheoryData<string> Cases => GoldenCase.Names();

    [Theory]
    [MemberData(nameof(Cases))]
    public void Markdown_matches_expected(string name) =>
        Compare(name, "expected.md", GoldenCase.Run(name) is { Succeeded: true } result
            ? result.Markdown!
            : "error: " + string.Join("; ", GoldenCase.Run(name).Errors.Select(e => $"{e.Line}: {e.Message}")) + "\n");

    [Theory]
    [MemberData(nameof(Cases))]
    public void Report_matches_expected(string name) =>
        Compare(name, "expected.report.txt", ImportReportWriter.Write(GoldenCase.Run(name).Report));

    [Theory]
    [MemberData(nameof(Cases))]
    public void Nothing_lost_every_expected_sentence_is_in_the_output(string name)
    {
        var expectedPath = GoldenCase.Expected(name, "expected.md");
        Assert.True(File.Exists(expectedPath), $"{name}: no expected.md; run with UPDATE_GOLDEN=1");
        var output = Normalize(GoldenCase.Run(name).Body);
        var missing = Sentences(Body(File.ReadAllText(expectedPath))).Where(s => !output.Contains(s, StringComparison.Ordinal)).ToList();
        Assert.True(missing.Count == 0, $"{name}: sentences missing from the output:\n  " + string.Join("\n  ", missing));
    }

    private static void Compare(string name, string file, string actual)
    {
        var path = GoldenCase.Expected(name, file);
        if (GoldenCase.Updating)
        {
            File.WriteAllText(path, actual);
            return;
        }
        Assert.True(File.Exists(path), $"{name}/{file} is missing; run the tests with UPDATE_GOLDEN=1 to create it");
        var difference = GoldenCase.FirstDifference(File.ReadAllText(path).Replace("\r\n", "\n"), actual);
        Assert.True(difference is null, $"{name}/{file} differs at {difference}");
    }

    private static string Body(string markdown)
    {
        var end = markdown.IndexOf("\n---\n", 4, StringComparison.Ordinal);
        return end < 0 ? markdown : markdown[(end + 5)..];
    }

    private static IEnumerable<string> Sentences(string body) =>
        SentenceEnd().Split(Normalize(body)).Select(s => s.Trim()).Where(s => s.Length > 0);

    private static string Normalize(string text) => Whitespace().Replace(ListMarker().Replace(text, ""), " ");

    [GeneratedRegex(@"(?<=[.!?][""”’)]?)\s+")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"(?m)^(?:\d+\\?[.)]|[-#]+)\s+")]
    private static partial Regex ListMarker();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
