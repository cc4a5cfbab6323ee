using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// A small content folder for search tests: twelve statements (one marked French) across three years, four types and
/// three issuers, each with one word no other statement has, so every expectation can be derived
/// from this table rather than from the generator. One is long, with its own words deep inside it
/// (<see cref="MiddleWord"/> half-way, its <see cref="Entry.Word"/> in the last paragraph), longer
/// than the text the index keeps of a statement; its routine paragraphs are made of sentences every
/// statement has, as in a real archive.
/// </summary>
public static class SearchTestContent
{
    public sealed record Entry(string Slug, string Date, string Type, string Issuer, string Title, string Word, bool Long = false, string Language = "en");

    /// <summary>In the middle of the long statement, in "the Kaliningrad corridor and its effect on supply routes".</summary>
    public const string MiddleWord = "kaliningrad";

    private static readonly string[] Filler =
    [
        "Allies reviewed the progress of defence planning across every domain.",
        "Ministers welcomed the work on logistics, mobility and the resupply of forces.",
        "The Council noted that exercises in the north and the south had gone as planned.",
        "Partners were briefed on the training of staff officers and on command structures.",
        "Air policing and maritime patrols continued without interruption.",
        "Funding for common infrastructure was agreed for the coming years.",
        "Work on energy security and critical supply chains will continue.",
        "Allies exchanged views on arms control and on nuclear risk reduction.",
        "The Secretary General reported on consultations with partner nations.",
        "Civil preparedness remains a national responsibility and a shared concern.",
        "Allies stressed the value of public diplomacy and accurate information.",
        "Further reports will be presented at the next meeting of ministers.",
    ];

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
        new("2020-08-08-georgie", "2020-08-08", "statement", "North Atlantic Council", "Déclaration sur la Géorgie", "tbilissi", Language: "fr"),
        new("2021-10-05-long-review", "2021-10-05", "statement", "North Atlantic Council", "Statement after the long review of the posture", "svalbard", Long: true),
    ];

    /// <summary>Writes site.yml and the statements; every body also shares the words "allied cooperation".</summary>
    public static void Write(TempDirectory temp, string folder)
    {
        temp.Write($"{folder}/site.yml", "title: Search test archive\nbase_url: https://example.org/search-test/\n");
        foreach (var e in Entries)
        {
            var title = e.Title.Replace("\"", "\\\"", StringComparison.Ordinal);
            temp.Write($"{folder}/statements/{e.Date[..4]}/{e.Slug}.md",
                $"---\ntitle: \"{title}\"\ndate: {e.Date}\nissuer: {e.Issuer}\ntype: {e.Type}\nlanguage: {e.Language}\n---\n\n" + (e.Long ? LongBody(e.Word) :
                $"Allies met to discuss allied cooperation. The {e.Word} question was raised in the meeting.\n\n" +
                "A second paragraph repeats allied cooperation for ranking.\n\n" + string.Join(' ', Filler) + "\n"));
        }
    }

    /// <summary>About 8,000 characters: an opening, forty paragraphs of routine text, the middle word half-way, the entry's word at the very end.</summary>
    private static string LongBody(string word)
    {
        var paragraphs = new List<string> { "Allies met to discuss allied cooperation over two days." };
        for (var p = 0; p < 40; p++)
        {
            paragraphs.Add(string.Join(' ', Enumerable.Range(0, 3).Select(k => Filler[(p * 5 + k * 7) % Filler.Length])));
            if (p == 20) paragraphs.Add("Ministers also discussed the Kaliningrad corridor and its effect on supply routes.");
        }
        paragraphs.Add($"In closing, the {char.ToUpperInvariant(word[0])}{word[1..]} question was raised in the meeting.");
        return string.Join("\n\n", paragraphs) + "\n";
    }
}
