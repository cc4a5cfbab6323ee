using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Browser;

/// <summary>
/// A content folder built to pin down what search finds and in which order. Every statement's body is
/// made of the same neutral sentences (<see cref="Filler"/>) plus the sentences its group needs, so each
/// expectation is read off this table: which statements hold a word, in which field, how often. Each
/// statement has a date of its own (the duplicate check pairs only statements of one date), and in the
/// ranking groups the statement expected first is the older one, so the tie-break (newest first) would
/// put it last if the ranking were wrong.
/// </summary>
public static class SearchBehaviourContent
{
    public sealed record Entry(
        string Slug, string Date, string Type, string Issuer, string Title,
        IReadOnlyList<string> Sentences, int FillerCount = 6, string? Reference = null, IReadOnlyList<string>? Tags = null)
    {
        public string Year => Date[..4];
        public string Path => $"statements/{Year}/{Slug}/";
    }

    public const string Council = "North Atlantic Council";
    public const string Ministers = "NATO Defence Ministers";
    public const string Partnership = "Euro-Atlantic Partnership Council";

    /// <summary>The tag whose label has a word (<see cref="TagWord"/>) that no slug, title or body has.</summary>
    public const string TagSlug = "undersea";
    public const string TagWord = "seabed";

    public const int FirstPage = 20;

    /// <summary>Words of the neutral sentences; none of them is a word a test searches for.</summary>
    private static readonly string[] Filler =
    [
        "Allies reviewed the progress of planning across every domain.",
        "Ministers welcomed the work on logistics and the mobility of forces.",
        "The Council noted that exercises had gone as planned.",
        "Funding for common infrastructure was agreed for the coming years.",
        "Further reports will be presented at the next meeting.",
        "Civil preparedness remains a national responsibility.",
        "Partners were briefed on the training of staff officers.",
        "Air policing continued without interruption.",
    ];

    private const string Deterrence = "Deterrence remains central to the posture of the Alliance.";

    /// <summary>Statements in the "more results" group: each has <c>quarterly</c> once in its body.</summary>
    public const int QuarterlyCount = 45;

    public static readonly IReadOnlyList<Entry> Entries = Build();

    private static List<Entry> Build()
    {
        var entries = new List<Entry>
        {
            // Searched fields: a tag label, an issuer, reference numbers. A statement that cites a reference in its text
            // is newer and shorter than the one that has it, so only the reference's weight puts the right one first.
            new("2023-03-01-cables-one", "2023-03-01", "statement", Council, "Statement on the protection of critical links", [], Tags: [TagSlug]),
            new("2023-03-08-cables-two", "2023-03-08", "press-release", Ministers, "Ministers discuss the repair of damaged links", [], Tags: [TagSlug]),
            new("2023-03-15-cables-three", "2023-03-15", "communique", Council, "Communiqué on the security of energy links", [], Tags: [TagSlug, "exercises"]),
            new("2023-03-22-exercises", "2023-03-22", "statement", Council, "Statement on the spring exercises", [], Tags: ["exercises"]),
            new("2023-05-02-partners-one", "2023-05-02", "statement", Partnership, "Meeting with partner nations on training", []),
            new("2023-05-09-partners-two", "2023-05-09", "press-release", Partnership, "Partners agree on a new programme", []),
            new("2022-11-10-review", "2022-11-10", "press-release", Council, "Outcome of the readiness review", [], Reference: "PR (2022) 125"),
            new("2022-11-17-review-cited", "2022-11-17", "statement", Council, "Follow-up to the readiness review",
                ["The measures announced in PR (2022) 125 are now in place."], FillerCount: 3),
            new("2022-11-11-review-next", "2022-11-11", "press-release", Council, "Second outcome of the review", [], Reference: "PR (2022) 126"),
            new("2022-03-24-long-form", "2022-03-24", "press-release", Council, "Statement on the extraordinary meeting", [], Reference: "Press Release (2022) 061"),
            new("2021-06-14-summit", "2021-06-14", "communique", Council, "Summit communiqué on collective security", [], Reference: "PR/CP(2021)086"),
            new("2021-06-15-summit-next", "2021-06-15", "communique", Council, "Summit communiqué on resilience", [], Reference: "PR/CP(2021)087"),
            new("2021-06-21-summit-cited", "2021-06-21", "statement", Council, "Statement after the summit",
                ["As agreed in PR/CP(2021)086, plans were updated."], FillerCount: 3),

            // Ranking: a word in the title against the same word once in a body (the titled one is older and its body longer).
            new("2020-02-03-titled", "2020-02-03", "statement", Council, "Statement on interoperability of forces", [], FillerCount: 7),
            new("2020-02-10-in-body", "2020-02-10", "statement", Council, "Statement on training and doctrine",
                ["Interoperability was discussed at length."], FillerCount: 5),

            // Ranking: a word six times, twice, once, in bodies of like length (the one with most of it the oldest and longest).
            new("2020-04-01-deterrence-six", "2020-04-01", "statement", Ministers, "Ministers meet on posture", [.. Enumerable.Repeat(Deterrence, 6)], FillerCount: 3),
            new("2020-04-08-deterrence-two", "2020-04-08", "statement", Ministers, "Ministers meet on command structure", [Deterrence, Deterrence], FillerCount: 6),
            new("2020-04-15-deterrence-one", "2020-04-15", "statement", Ministers, "Ministers meet on capability targets", [Deterrence], FillerCount: 7),

            // Every word must appear: "arctic" in three, "drones" in three, both in one.
            new("2019-09-02-arctic-one", "2019-09-02", "statement", Council, "Statement on the far north", ["Arctic patrols were extended."]),
            new("2019-09-09-arctic-two", "2019-09-09", "statement", Council, "Statement on northern air space", ["The Arctic remains stable."]),
            new("2019-09-16-arctic-drones", "2019-09-16", "statement", Council, "Statement on surveillance", ["Drones will watch the Arctic coast."]),
            new("2019-09-23-drones-one", "2019-09-23", "press-release", Ministers, "Ministers on unmanned systems", ["Drones were tested at sea."]),
            new("2019-09-30-drones-two", "2019-09-30", "press-release", Ministers, "Ministers on air defence", ["Allies will buy more drones."]),
        };

        // More results than a page shows, across four years, two types and two issuers.
        var start = new DateOnly(2016, 1, 5);
        for (var n = 0; n < QuarterlyCount; n++)
        {
            var date = start.AddDays(30 * n).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            entries.Add(new($"{date}-logistics-{n + 1}", date, n % 2 == 0 ? "press-release" : "statement", n % 3 == 0 ? Ministers : Council,
                $"Logistics report number {n + 1}", ["The quarterly figures were published."]));
        }
        return entries;
    }

    public static IEnumerable<Entry> Holding(string word) =>
        Entries.Where(e => e.Sentences.Any(s => s.Contains(word, StringComparison.OrdinalIgnoreCase)));

    /// <summary>The statement's text: its own sentences, then neutral ones.</summary>
    public static string Body(Entry e) => string.Join(' ', e.Sentences.Concat(Filler.Take(e.FillerCount)));

    /// <summary>site.yml, tags.yml and the statements.</summary>
    public static void Write(TempDirectory temp, string folder)
    {
        temp.Write($"{folder}/site.yml", "title: Search behaviour archive\nbase_url: https://example.org/search-behaviour/\n");
        temp.Write($"{folder}/tags.yml",
            $"- slug: {TagSlug}\n  label: Seabed cables\n  description: Statements on the protection of cables and pipelines.\n  synonyms: []\n" +
            "- slug: exercises\n  label: Exercises\n  description: Statements on exercises.\n  synonyms: []\n");
        foreach (var e in Entries)
        {
            var front = $"---\ntitle: \"{e.Title}\"\ndate: {e.Date}\nissuer: {e.Issuer}\ntype: {e.Type}\n";
            if (e.Reference is not null) front += $"reference: \"{e.Reference}\"\n";
            if (e.Tags is not null) front += $"tags: [{string.Join(", ", e.Tags)}]\n";
            temp.Write($"{folder}/statements/{e.Year}/{e.Slug}.md", front + "---\n\n" + Body(e) + "\n");
        }
    }
}
