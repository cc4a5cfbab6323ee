using System.Text;
using StatementArchive.Diagnostics;
using StatementArchive.Load;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Load;

/// <summary>
/// Each folder under cases/ holds a content file (input.md) and what loading it must give:
/// expected.diagnostics.txt (the exact error lines, empty when valid) and, for valid files,
/// expected.statement.txt (the typed values read).
/// </summary>
public class FrontMatterCaseTests
{
    public static IEnumerable<object[]> Cases() => Golden.Cases("Load", "cases");

    /// <summary>A small vocabulary standing in for content/tags.yml.</summary>
    private static readonly HashSet<string> KnownTags = ["article-5", "nuclear", "russia", "ukraine"];

    [Theory]
    [MemberData(nameof(Cases))]
    public void Case(string name)
    {
        var folder = Repo.Path("tests", "Load", "cases", name);
        var bytes = File.ReadAllBytes(Path.Combine(folder, "input.md"));
        var diagnostics = new DiagnosticBag();

        var statement = StatementParser.Parse("input.md", $"2022/{name}.md", Encoding.UTF8.GetString(bytes), diagnostics, KnownTags);

        var lines = diagnostics.Sorted().Select(d => d + "\n");
        Golden.AssertMatches(Path.Combine(folder, "expected.diagnostics.txt"), string.Concat(lines));
        Assert.Equal(diagnostics.HasErrors, statement is null);
        if (statement is not null)
        {
            var summary = $"""
                title: {statement.Title}
                date: {statement.Date:yyyy-MM-dd}
                issuer: {statement.Issuer}
                type: {statement.Type}
                reference: {statement.Reference}
                location: {statement.Location}
                language: {statement.Language}
                tags: {string.Join(", ", statement.Tags)}
                site path: {statement.SitePath}
                body line: {statement.BodyLine}
                source: {statement.Source?.File} {statement.Source?.Channel} {string.Join(", ", statement.Source?.Record.Select(r => $"{r.Key}={r.Value}") ?? [])}

                """;
            Golden.AssertMatches(Path.Combine(folder, "expected.statement.txt"), summary);
        }
    }
}
