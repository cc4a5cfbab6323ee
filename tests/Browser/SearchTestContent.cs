using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// A small content folder for search tests: ten statements across three years, four types and
/// three issuers, each with one word no other statement has, so every expectation can be derived
/// from this table rather than from the generator.
/// </summary>
public static class SearchTestContent
{
    public sealed record Entry(string Slug, string Date, string Type, string Issuer, string Title, string Word);

    public static readonly IReadOnlyList<Entry> Entries =
    [
        new("2019-04-04-anniversary", "2019-04-04", "declaration", "North Atlantic Council", "Declaration on the seventieth anniversary", "platinum"),
        new("2019-06-26-defence-ministers", "2019-06-26", "press-release", "NATO Defence Ministers", "Defence ministers meet on readiness", "readiness"),
        new("2019-12-04-london", "2019-12-04", "declaration", "NATO Heads of State and Government", "London Declaration", "thames"),
        new("2020-06-12-pandemic", "2020-06-12", "statement", "North Atlantic Council", "Statement on the pandemic response", "ventilators"),
        new("2020-10-22-defence-ministers", "2020-10-22", "press-release", "NATO Defence Ministers", "Defence ministers on space operations", "orbital"),
        new("2020-12-01-foreign-ministers", "2020-12-01", "statement", "North Atlantic Council", "Statement on the reflection process", "reflection"),
        new("2021-02-18-defence-ministers", "2021-02-18", "press-release", "NATO Defence Ministers", "Defence ministers on mission in Iraq", "mesopotamia"),
        new("2021-06-14-brussels-summit", "2021-06-14", "communique", "NATO Heads of State and Government", "Brussels Summit Communiqué", "resilience"),
        new("2021-08-20-afghanistan", "2021-08-20", "statement", "North Atlantic Council", "Statement on Afghanistan", "evacuation"),
        new("2021-11-30-riga", "2021-11-30", "statement", "North Atlantic Council", "Statement at Riga on <script>alert(1)</script> & \"quotes\"", "baltic"),
    ];

    /// <summary>Writes site.yml and the statements; every body also shares the words "allied cooperation".</summary>
    public static void Write(TempDirectory temp, string folder)
    {
        temp.Write($"{folder}/site.yml", "title: Search test archive\nbase_url: https://example.org/search-test/\n");
        foreach (var e in Entries)
        {
            var title = e.Title.Replace("\"", "\\\"", StringComparison.Ordinal);
            temp.Write($"{folder}/statements/{e.Date[..4]}/{e.Slug}.md",
                $"---\ntitle: \"{title}\"\ndate: {e.Date}\nissuer: {e.Issuer}\ntype: {e.Type}\n---\n\n" +
                $"Allies met to discuss allied cooperation. The {e.Word} question was raised in the meeting.\n\n" +
                "A second paragraph repeats allied cooperation for ranking.\n");
        }
    }
}
