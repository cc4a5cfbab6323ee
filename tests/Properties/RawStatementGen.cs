using FsCheck;
using FsCheck.Fluent;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// Raw statements as import meets them, but scrambled: runs of lines from the real seeds in
/// content/sources/ (so the header, boilerplate and trailer rules all fire), mixed with lines from the
/// other seeds, header-like and e-mail-like noise, and random text.
/// </summary>
public static class RawStatementGen
{
    private static readonly string[][] Seeds = Directory.GetFiles(Repo.Path("content", "sources"), "*.txt")
        .Order(StringComparer.Ordinal)
        .Select(f => File.ReadAllText(f).Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        .ToArray();

    private static readonly string[] SeedLines = Seeds.SelectMany(s => s).Distinct(StringComparer.Ordinal).ToArray();

    private static readonly string[] Noise =
    [
        "Issued on 22 September 2022", "22 September 2022", "Last updated: 24 Mar. 2022 12:00", "PR (2022) 125", "*February 25, 2022*",
        "24 Mar. 2022 - | Press Release (2022) 061 | Issued on 24 Mar. 2022 |", "From: NATO Press <press@example.org>", "Subject: Statement",
        "Date: Thu, 22 Sep 2022 10:00:00 +0200", "Content-Transfer-Encoding: quoted-printable", "=E2=80=99 soft=", "=20", "=",
        "This website uses cookies. X", "Click here to view in your browser", "Unsubscribe | Preferences", "@NatoPress",
        "<p>paragraph</p>", "<!-- saved from url=(0042)https://example.org/x -->", "<!-- saved from url=(0023)file:///C:/x.htm -->",
        "Categories: Communications", "DCPD Number: DCPD-202200123", "NOTE: The text was released.", "Source: https://example.org",
        "url: javascript:alert(1)", "title: A", "---", "**Bold heading**", "1. Numbered paragraph.", "a) lettered", "(b) lettered",
        "Page 2 of 3", "Brussels, 22 September 2022", "٢٢/٠٩/٢٠٢٢", "２２ September ２０２２", "२०२२-०९-२२", "Statement by the North Atlantic Council", "", "", "",
    ];

    private static readonly Gen<string> Run =
        from seed in Gen.Elements(Seeds)
        from start in Gen.Choose(0, seed.Length - 1)
        from length in Gen.Choose(1, seed.Length)
        select string.Join('\n', seed.Skip(start).Take(length));

    private static readonly Gen<string> Line = Gen.Frequency(
        (6, Gen.Elements(SeedLines)), (3, Gen.Elements(Noise)), (1, TextGen.Text));

    /// <summary>A whole seed with a few lines deleted, replaced or inserted.</summary>
    private static readonly Gen<string> EditedSeed =
        from seed in Gen.Elements(Seeds)
        from edits in Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 1000), Line), 4)
        from kinds in Gen.ArrayOf(Gen.Choose(0, 2), 4)
        select Edit(seed, edits, kinds);

    public static readonly Gen<string> Raw = Gen.Frequency(
        (3, Gen.ListOf(Gen.Frequency((2, Run), (3, Line))).Select(parts => string.Join('\n', parts))),
        (2, EditedSeed),
        (1, Gen.ListOf(Line).Select(lines => string.Join('\n', lines))));

    private static string Edit(string[] seed, (int At, string Line)[] edits, int[] kinds)
    {
        var lines = seed.ToList();
        for (var k = 0; k < edits.Length; k++)
        {
            var at = edits[k].At % (lines.Count + 1);
            if (kinds[k] == 0 || at == lines.Count) lines.Insert(at, edits[k].Line);
            else if (kinds[k] == 1) lines[at] = edits[k].Line;
            else lines.RemoveAt(at);
        }
        return string.Join('\n', lines);
    }
}
