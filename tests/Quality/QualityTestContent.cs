using System.Globalization;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// The content the quality checks build: the repository's own content/ (real statements with their
/// sources, cross-references and tags.yml), plus enough generated statements under one tag for that
/// tag's list to need a second page, plus one statement in French. Generated text is fixed (no
/// randomness), so a failure reproduces.
/// </summary>
public static class QualityTestContent
{
    /// <summary>More than one page of <see cref="StatementArchive.Render.Paginator.PageSize"/>.</summary>
    public const int GeneratedCount = 110;

    public const string PagedTag = "ukraine";

    public const string FrenchPage = "statements/2023/2023-05-04-communique-conseil-atlantique-nord/index.html";

    private static readonly string[] Issuers = ["North Atlantic Council", "NATO Defence Ministers", "NATO Foreign Ministers", "NATO Secretary General"];

    private static readonly string[] Types = ["press-release", "communique", "declaration", "joint-statement", "statement", "speech"];

    private static readonly string[] Subjects = ["readiness", "the Black Sea", "air policing", "support to Ukraine", "cyber defence", "the Alliance's southern neighbourhood"];

    /// <summary>Writes the content folder; its site.yml puts the site under <paramref name="basePath"/>, where the test server serves it.</summary>
    public static void Write(TempDirectory temp, string folder, string basePath)
    {
        CopyTree(Repo.Path("content"), temp.Path(folder));
        temp.Write($"{folder}/site.yml",
            $"title: Statement archive\ndescription: Official statements, as issued.\nbase_url: https://example.org/{basePath}/\nlanguage: en\n");

        var start = new DateOnly(2019, 1, 7);
        for (var i = 0; i < GeneratedCount; i++)
        {
            var date = start.AddDays(i * 9).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var subject = Subjects[i % Subjects.Length];
            // Each statement after the first cites the one before it, so "cited in this text" and "cited by" lists appear.
            var previous = i == 0 ? "" : $" It follows the [statement of {start.AddDays((i - 1) * 9):d MMMM yyyy}](/statements/{start.AddDays((i - 1) * 9):yyyy}/{start.AddDays((i - 1) * 9):yyyy-MM-dd}-generated/).";
            temp.Write($"{folder}/statements/{date[..4]}/{date}-generated.md",
                $"---\ntitle: \"Statement number {i + 1} on {subject}\"\ndate: {date}\nissuer: {Issuers[i % Issuers.Length]}\n" +
                $"type: {Types[i % Types.Length]}\nreference: PR ({date[..4]}) {i + 1:000}\nlocation: Brussels\ntags: [{PagedTag}]\n---\n\n" +
                $"1. Allies met today to discuss **{subject}** and Ukraine's right to self-defence.{previous}\n\n" +
                "2. We reaffirm our commitment to the Washington Treaty, including Article 5, and to a strong transatlantic bond.\n\n" +
                "The Council will remain seized of the matter.\n" +
                // A table, as the importer keeps one from a communiqué, so the page checks cover it too.
                (i == 0 ? "\n| Budget | 2023 (EUR m) | 2024 (EUR m) |\n| --- | --- | --- |\n| Civil budget | 370.6 | 438.1 |\n| Military budget | 1,964.4 | 2,032.5 |\n" : ""));
        }

        temp.Write($"{folder}/{FrenchPage[..^"/index.html".Length]}.md",
            "---\ntitle: \"Communiqué du Conseil de l'Atlantique Nord\"\ndate: 2023-05-04\nissuer: North Atlantic Council\n" +
            "type: communique\nlanguage: fr\ntags: [ukraine]\n---\n\n" +
            "Les Alliés réaffirment leur engagement envers la défense collective et leur soutien à l'Ukraine.\n\n" +
            "Le Conseil se réunira de nouveau à Bruxelles.\n");
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
