using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using StatementArchive.Tests.Security;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>
/// The content the browse-page tests build: 244 statements over 2021–2023 (a year and a tag long enough to need
/// more than one list page), four usual issuers and one rare one, all six types, five tags from a small tags.yml
/// with descriptions (and one tag nobody uses), same-day statements whose titles and files sort differently, a
/// pair sharing only a rare tag, a pair sharing only a rare issuer, texts naming another statement by reference
/// number and by quoted title, and provenance (a kept raw file with its checksum, a URL-only source).
/// Everything is fixed (no clock, no shared randomness), and every expectation of the tests is derived from
/// <see cref="Entries"/>, never from the generator's own code.
/// </summary>
public sealed class BrowseTestContent
{
    public const string BaseUrl = "https://example.org/browse/";

    public sealed record Tag(string Slug, string Label, string Description);

    public sealed record Source(string? File, byte[]? Raw, string Url, string Channel, string? Note,
        IReadOnlyList<KeyValuePair<string, string>> Record, IReadOnlyList<string> Removed)
    {
        public string? Sha256 => Raw is null ? null : Convert.ToHexStringLower(SHA256.HashData(Raw));
    }

    /// <param name="ContentFile">Relative to the content folder, e.g. <c>statements/2022/2022-06-15-a.md</c>.</param>
    public sealed record Entry(string ContentFile, string Title, DateOnly Date, string Issuer, string Type, string? Reference,
        string? Location, string? Language, IReadOnlyList<string> Tags, IReadOnlyList<string> Paragraphs)
    {
        public DateOnly? Updated { get; init; }
        public Source? Source { get; init; }

        public string Slug => Path.GetFileNameWithoutExtension(ContentFile);
        public string Folder => $"statements/{Date.Year}/{Slug}/";
        public string PagePath => Folder + "index.html";
        public string Url => BaseUrl + Folder;
        public string Iso => Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    public static readonly IReadOnlyList<Tag> Tags =
    [
        new("ukraine", "Ukraine", "Statements on Ukraine, its security and support to its self-defence."),
        new("maritime", "Maritime security", "Statements on the Black Sea, the Baltic and freedom of navigation."),
        new("cyber", "Cyber defence", "Statements on cyber defence & resilience of networks."),
        new("partnerships", "Partnerships", "Statements on NATO's partners and partnership programmes."),
        new("space", "Space", "Statements on space as an operational domain."),
        new("arms-control", "Arms control", "No statement carries this tag: it must not be listed."),
    ];

    public static readonly string[] TypeSlugs = ["press-release", "communique", "declaration", "joint-statement", "statement", "speech"];

    private static readonly string[] Issuers = ["North Atlantic Council", "NATO Secretary General", "NATO Defence Ministers", "NATO Foreign Ministers"];

    private static readonly string[] Subjects = ["readiness", "the Black Sea", "air policing", "maritime patrols", "cyber defence", "energy security", "military mobility"];

    /// <summary>Words for the texts: no digits, brackets, quotes, month names or names of kinds of text, so no text names another by accident.</summary>
    private static readonly string[] Words = ("allies council ministers agreed reviewed welcomed noted stressed forces training logistics " +
        "resilience planning exercises partners shared values security stability region support continued strong unity commitment " +
        "defence posture deterrence capability investment industry production stocks ammunition air land sea domain north south east west " +
        "common funding infrastructure energy supply chains networks systems warning response crisis consultation dialogue cooperation " +
        "transparency risk reduction readiness mobility command structure staff officers headquarters multinational battlegroups rotation " +
        "presence vigilance patrols coast harbour vessels aircraft satellites sensors data interoperability standards innovation fund " +
        "research technology talent budget burden sharing fair contributions nations together remain firm resolve steady measured approach")
        .Split(' ');

    /// <summary>Dates the special statements below sit on: no generated statement is put there, so their order is only theirs.</summary>
    private static readonly HashSet<DateOnly> Reserved =
    [
        new(2022, 6, 15), new(2023, 3, 1), new(2021, 3, 10), new(2023, 4, 20), new(2021, 11, 18), new(2022, 10, 5),
        new(2023, 2, 14), new(2022, 4, 12), new(2022, 9, 22), new(2021, 6, 14), new(2023, 5, 4),
    ];

    public BrowseTestContent()
    {
        var entries = new List<Entry>();
        var number = 0;
        var generated = new Dictionary<(int Year, int K), Entry>();
        foreach (var (year, count, months) in new (int, int, int[])[]
                 {
                     (2021, 45, [2, 3, 5, 6, 9, 11]),
                     (2022, 125, [1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12]), // no August
                     (2023, 60, [1, 2, 3, 4, 5]),
                 })
        {
            for (var k = 0; k < count; k++)
            {
                number++;
                var date = new DateOnly(year, months[k % months.Length], 1 + (k * 7 + year) % 28);
                while (Reserved.Contains(date)) date = date.AddDays(1);
                var tags = new List<string>();
                if (k % 5 == 0) tags.Add("cyber");
                if (k % 3 == 0) tags.Add("maritime");
                if (k % 7 == 3) tags.Add("partnerships");
                if (number % 20 != 0) tags.Add("ukraine");
                var entry = new Entry(
                    $"statements/{year}/{date:yyyy-MM-dd}-statement-{number}.md",
                    $"Statement number {number} on {Subjects[number % Subjects.Length]}",
                    date,
                    Issuers[(k + year) % Issuers.Length],
                    TypeSlugs[(k * 5 + year) % TypeSlugs.Length],
                    $"PR ({year}) {k + 1:000}",
                    (k % 3) switch { 0 => "Brussels", 1 => null, _ => "Mons" },
                    null,
                    tags,
                    Salad(number));
                generated[(year, k)] = entry;
                entries.Add(entry);
            }
        }

        // Three on one day: by title Alpha, Mike, Zulu; by file a (Zulu), b (Alpha), c (Mike).
        SameDay =
        [
            Special("2022-06-15-a-patrols", "Zulu report on maritime patrols", "2022-06-15", "North Atlantic Council", "press-release", "PR (2022) 901", ["maritime", "ukraine"], 901),
            Special("2022-06-15-b-patrols", "Alpha report on maritime patrols", "2022-06-15", "North Atlantic Council", "press-release", "PR (2022) 902", ["maritime", "ukraine"], 902),
            Special("2022-06-15-c-patrols", "Mike report on maritime patrols", "2022-06-15", "North Atlantic Council", "press-release", "PR (2022) 903", ["maritime", "ukraine"], 903),
        ];
        // The same day and the same title (two statements, different texts): the content file decides. Written b first.
        SameTitle =
        [
            Special("2023-03-01-grain-corridor-b", "Joint statement on the Black Sea grain corridor", "2023-03-01", "NATO Foreign Ministers", "joint-statement", null, ["ukraine"], 904),
            Special("2023-03-01-grain-corridor-a", "Joint statement on the Black Sea grain corridor", "2023-03-01", "NATO Foreign Ministers", "joint-statement", null, ["ukraine"], 905),
        ];
        // Only these two carry "space". The first also carries two common tags, which dozens of its date-neighbours share
        // (with its issuer, some of them): sharing the rare tag must still count for more than sharing both common ones.
        RareTag =
        [
            Special("2021-03-10-outer-space", "Statement on the use of outer space", "2021-03-10", "North Atlantic Council", "statement", "PR (2021) 906", ["maritime", "space", "ukraine"], 906),
            Special("2023-04-20-space-domain", "Declaration on space as an operational domain", "2023-04-20", "NATO Defence Ministers", "declaration", "PR (2023) 907", ["space"], 907),
        ];
        // The only two of their issuer, with no tags: each is the other's one related statement.
        RareIssuer =
        [
            Special("2021-11-18-letter-parliaments", "Letter to national parliaments on burden sharing", "2021-11-18", RareIssuerName, "statement", null, [], 908),
            Special("2022-10-05-briefing-parliamentarians", "Briefing for parliamentarians on capability targets", "2022-10-05", RareIssuerName, "speech", null, [], 909),
        ];

        CitedByReference = generated[(2022, 124)];
        CitingByReference = Special("2023-02-14-support-partners", "Statement on the continuing support to partners", "2023-02-14",
            "NATO Secretary General", "statement", "PR (2023) 910", ["partnerships"], 910,
            $"Allies recall {CitedByReference.Reference} and stand by every word of it.");
        CitedByTitle = generated[(2021, 9)];
        CitingByTitle = Special("2022-04-12-lessons-past-year", "Address on the lessons of the past year", "2022-04-12",
            "NATO Secretary General", "speech", "PR (2022) 911", ["cyber"], 911,
            $"As the Council said in \u201c{CitedByTitle.Title}\u201d, the work goes on.");

        var raw = Encoding.UTF8.GetBytes("Home | News | Official texts\r\n\r\nStatement on the so-called referenda in occupied regions\r\n\r\n" +
                                         "We use cookies to improve this site.\r\n\r\nAllies condemn the sham votes \u2014 in the strongest terms.\r\n");
        WithRawSource = Special("2022-09-22-referenda", "Statement on the so-called referenda in occupied regions", "2022-09-22",
            "North Atlantic Council", "statement", "PR (2022) 912", ["ukraine"], 912) with
        {
            Location = "Brussels",
            Source = new Source("sources/2022-09-22-referenda.txt", raw, "https://www.nato.int/cps/en/natohq/official_texts_207788.htm", "web",
                "Notes to editors: the Council met in extraordinary session.",
                [new("dcpd_number", "DCPD-202200845")],
                ["line 1 (menu): Home | News | Official texts", "line 5 (cookie notice): We use cookies to improve this site.", "line 9 (share links): Share on X \u00b7 Share by e-mail"]),
        };
        WithUrlOnlySource = Special("2021-06-14-brussels-communique", "Communiqu\u00e9 of the Brussels meeting", "2021-06-14",
            "North Atlantic Council", "communique", "PR (2021) 913", ["partnerships"], 913) with
        {
            Source = new Source(null, null, "https://www.nato.int/cps/en/natohq/news_185000.htm", "email", null, [], []),
        };
        German = Special("2023-05-04-erklaerung-schwarzes-meer", "Erkl\u00e4rung des Nordatlantikrates zur Lage im Schwarzen Meer", "2023-05-04",
            "North Atlantic Council", "statement", "PR (2023) 914", ["maritime"], 914) with
        {
            Location = "Br\u00fcssel",
            Language = "de",
            Updated = new DateOnly(2023, 5, 8),
        };

        entries.AddRange(SameDay);
        entries.AddRange(SameTitle);
        entries.AddRange(RareTag);
        entries.AddRange(RareIssuer);
        entries.AddRange([CitingByReference, CitingByTitle, WithRawSource, WithUrlOnlySource, German]);
        Entries = entries;
    }

    public const string RareIssuerName = "NATO Parliamentary Liaison Office";

    public IReadOnlyList<Entry> Entries { get; }

    public IReadOnlyList<Entry> SameDay { get; }
    public IReadOnlyList<Entry> SameTitle { get; }
    public IReadOnlyList<Entry> RareTag { get; }
    public IReadOnlyList<Entry> RareIssuer { get; }
    public Entry CitedByReference { get; }
    public Entry CitingByReference { get; }
    public Entry CitedByTitle { get; }
    public Entry CitingByTitle { get; }
    public Entry WithRawSource { get; }
    public Entry WithUrlOnlySource { get; }
    public Entry German { get; }

    /// <summary>
    /// The order the README and the model promise for every list: newest first; on one day by title, then by
    /// content file (ordinal), so the order is the same on every machine.
    /// </summary>
    public static List<Entry> InReadingOrder(IEnumerable<Entry> entries) => entries
        .OrderByDescending(e => e.Date)
        .ThenBy(e => e.Title, StringComparer.Ordinal)
        .ThenBy(e => e.ContentFile, StringComparer.Ordinal)
        .ToList();

    public List<Entry> InReadingOrder() => InReadingOrder(Entries);

    public void Write(string contentFolder)
    {
        void Write(string relative, byte[] bytes)
        {
            var path = Path.Combine(contentFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, bytes);
        }
        void WriteText(string relative, string text) => Write(relative, Encoding.UTF8.GetBytes(text));

        WriteText("site.yml", $"title: Browse test archive\ndescription: Statements for the browse-page tests.\nbase_url: {BaseUrl}\nlanguage: en\n");
        WriteText("tags.yml", string.Concat(Tags.Select(t =>
            $"- slug: {t.Slug}\n  label: {YamlQuoted.Of(t.Label)}\n  description: {YamlQuoted.Of(t.Description)}\n  synonyms: [{YamlQuoted.Of(t.Label)}]\n")));

        foreach (var entry in Entries)
        {
            var front = new StringBuilder("---\n")
                .Append($"title: {YamlQuoted.Of(entry.Title)}\n")
                .Append($"date: {entry.Iso}\n")
                .Append($"issuer: {YamlQuoted.Of(entry.Issuer)}\n")
                .Append($"type: {entry.Type}\n");
            if (entry.Reference is { } reference) front.Append($"reference: {YamlQuoted.Of(reference)}\n");
            if (entry.Location is { } location) front.Append($"location: {YamlQuoted.Of(location)}\n");
            if (entry.Language is { } language) front.Append($"language: {language}\n");
            if (entry.Tags.Count > 0) front.Append($"tags: [{string.Join(", ", entry.Tags)}]\n");
            if (entry.Updated is { } updated) front.Append($"updated: {updated:yyyy-MM-dd}\n");
            if (entry.Source is { } source)
            {
                front.Append("source:\n");
                if (source.File is { } file) front.Append($"  file: {file}\n");
                if (source.Sha256 is { } sha) front.Append($"  sha256: {sha}\n");
                front.Append($"  url: {source.Url}\n  channel: {source.Channel}\n");
                if (source.Note is { } note) front.Append($"  note: {YamlQuoted.Of(note)}\n");
                if (source.Record.Count > 0)
                {
                    front.Append("  record:\n");
                    foreach (var (key, value) in source.Record) front.Append($"    {key}: {YamlQuoted.Of(value)}\n");
                }
                if (source.Removed.Count > 0)
                {
                    front.Append("  removed:\n");
                    foreach (var line in source.Removed) front.Append($"    - {YamlQuoted.Of(line)}\n");
                }
                if (source.File is { } kept) Write(kept, source.Raw!);
            }
            front.Append("---\n\n").AppendJoin("\n\n", entry.Paragraphs).Append('\n');
            WriteText(entry.ContentFile, front.ToString());
        }
    }

    private static Entry Special(string slug, string title, string date, string issuer, string type, string? reference, string[] tags, int seed, string? firstParagraph = null)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var paragraphs = Salad(seed);
        if (firstParagraph is not null) paragraphs = [firstParagraph, .. paragraphs];
        return new Entry($"statements/{day.Year}/{slug}.md", title, day, issuer, type, reference, null, null, tags, paragraphs);
    }

    /// <summary>Three paragraphs of three sentences of words picked by a fixed generator seeded with <paramref name="seed"/>: no two texts share a run of words.</summary>
    private static string[] Salad(int seed)
    {
        var state = (ulong)seed * 0x9E3779B97F4A7C15UL + 0x2545F4914F6CDD1DUL;
        int Next(int bound)
        {
            state = state * 6364136223846793005UL + 1442695040888963407UL;
            return (int)((state >> 33) % (ulong)bound);
        }
        var paragraphs = new string[3];
        for (var p = 0; p < paragraphs.Length; p++)
        {
            var sentences = new List<string>();
            for (var s = 0; s < 3; s++)
            {
                var words = Enumerable.Range(0, 8 + Next(7)).Select(_ => Words[Next(Words.Length)]).ToList();
                words[0] = char.ToUpperInvariant(words[0][0]) + words[0][1..];
                sentences.Add(string.Join(' ', words) + ".");
            }
            paragraphs[p] = string.Join(' ', sentences);
        }
        return paragraphs;
    }
}
