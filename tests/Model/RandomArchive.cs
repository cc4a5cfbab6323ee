using System.Text;
using StatementArchive.Domain;

namespace StatementArchive.Tests.Model;

/// <summary>
/// Small archives drawn from a seeded <see cref="Random"/>, for checking the Model stage's fast paths
/// against the plain versions they replaced: few dates (so statements share them), reposts and partial
/// copies, reference numbers, quoted titles and dated phrases in every form, tags listed twice, and
/// characters at the edges of the patterns (a Kelvin sign, a long s, combining marks, other scripts'
/// digits, surrogates, line and paragraph separators).
/// </summary>
public static class RandomArchive
{
    private static readonly string[] Words = ["the", "Allies", "statement", "Statement", "declaration", "DECLARATION", "communiqué", "Communique",
        "press", "release", "Press", "Release", "of", "on", "OF", "issued", "dated", "adopted", "joint", "Joint", "The", "Ukraine", "NATO",
        "condemn", "de", "presse", "PR", "pr", "SG", "SM", "CP", "M-NAC", "SC", "GA", "ECOSOC", "DEV", "OBV", "ſtatement", "\u212Aelvin",
        "İstanbul", "caf\u00e9", "e\u0301", "snake_case", "\u0663\u0664", "x\u200by"];

    private static readonly string[] Marks = [" ", " ", "  ", "\n", "\n\n", "\t", "\u00a0", ", ", ". ", "; ", ": ", "(", ")", "/", "-", " - ", "_",
        "*", "\"", "\u201c", "\u201d", "\u00ab", "\u00bb", "'", "](", "\ud83d\ude00", "\u2028", "1.", "2022", "125", "(2022) 125", "(98)15", "/21734", "123/22"];

    public static readonly string[] References = ["PR (2022) 125", "Press Release (2022) 061", "PR/CP(2021)086", "Communiqué de presse (2012) 064",
        "SG/SM/21734", "Press release 123/22", "SC/14836", "M-NAC-1(2003)59", "PR (2022) 126", "pr(2022)125"];

    private static readonly string[] Dates = ["24 March 2022", "24 Mar. 2022", "March 24, 2022", "2022-03-24", "5 mai 2015", "22. September 2022",
        "22 de septiembre de 2022", "24.03.2022", "22 September 2022", "the 22 September 2022"];

    public static readonly string[] Titles = ["Statement by the North Atlantic Council on the so-called referenda", "Statement by NATO Heads of State and Government",
        "Final Communiqué", "Press conference by the NATO Secretary General", "Joint declaration on EU NATO cooperation", "Brussels Summit Declaration issued today"];

    private static readonly string[] Tags = ["russia", "ukraine", "sanctions", "arms-control", "cyber", "climate", "terrorism", "partners", "a", "b"];
    private static readonly string[] Issuers = ["North Atlantic Council", "NATO Heads of State and Government", "Secretary General", "NATO", "N.A.T.O."];
    private static readonly DateOnly[] Days = [new(2022, 3, 24), new(2022, 9, 22), new(2021, 5, 3), new(2015, 5, 5), new(2022, 9, 23)];

    public static List<Statement> Draw(Random random, int count)
    {
        var statements = new List<Statement>();
        for (var i = 0; i < count; i++)
        {
            var date = Days[random.Next(Days.Length)];
            string body;
            if (statements.Count > 0 && random.Next(4) == 0)
            {
                var source = statements[random.Next(statements.Count)];
                body = random.Next(4) switch
                {
                    0 => source.Body[..(source.Body.Length * 9 / 10)],
                    1 => "1. " + source.Body,
                    2 => source.Body + " and some more words here",
                    _ => source.Body,
                };
                if (random.Next(2) == 0) date = source.Date;
            }
            else body = Text(random, random.Next(0, random.Next(2) == 0 ? 30 : 400));
            var tags = Enumerable.Range(0, random.Next(0, 6)).Select(_ => Tags[random.Next(Tags.Length)]).ToList();
            if (random.Next(2) == 0) tags = tags.Distinct().Order(StringComparer.Ordinal).ToList();
            statements.Add(new Statement($"content/statements/x/{i}.md", $"statements/x/{i}.md", $"statements/x/{i}/",
                random.Next(3) == 0 ? Text(random, random.Next(1, 8)) : Titles[random.Next(Titles.Length)], date,
                Issuers[random.Next(Issuers.Length)], (StatementType)random.Next(0, 3),
                random.Next(3) == 0 ? null : random.Next(5) == 0 ? "" : References[random.Next(References.Length)],
                null, "en", tags, null, null, [], null, body, 7));
        }
        return statements;
    }

    public static string Text(Random random, int tokens)
    {
        var text = new StringBuilder();
        for (var i = 0; i < tokens; i++)
        {
            switch (random.Next(20))
            {
                case < 9: text.Append(Words[random.Next(Words.Length)]); break;
                case < 14: text.Append(Marks[random.Next(Marks.Length)]); break;
                case 14: text.Append(References[random.Next(References.Length)]); break;
                case 15: text.Append(Dates[random.Next(Dates.Length)]); break;
                case 16: text.Append('\u201c').Append(Titles[random.Next(Titles.Length)]).Append(random.Next(2) == 0 ? '\u201d' : '"'); break;
                case 17: text.Append(" statement of ").Append(Dates[random.Next(Dates.Length)]); break;
                case 18 when random.Next(2) == 0: text.Append(" joint\n declaration  issued on the ").Append(Dates[random.Next(Dates.Length)]); break;
                case 18:
                    // A quote near the shortest a title may be, with spaces and line breaks about it.
                    text.Append("\u201c\"\u00ab"[random.Next(3)]).Append(" \n "[..random.Next(0, 4)]);
                    for (var n = random.Next(12, 19); n > 0; n--) text.Append("ab cdE\t"[random.Next(7)]);
                    text.Append(" \n "[..random.Next(0, 4)]).Append("\u201d\"\u00bb"[random.Next(3)]);
                    break;
                default: text.Append((char)random.Next(1, 0x3000)); break;
            }
            if (random.Next(3) == 0) text.Append(' ');
        }
        return text.ToString();
    }
}
