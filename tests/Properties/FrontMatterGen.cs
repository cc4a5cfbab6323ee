using FsCheck;
using FsCheck.Fluent;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// "Almost valid" content files: a complete, valid statement with one to five mutations of the kinds
/// hand edits make: a line deleted, duplicated (a repeated key), moved, re-indented or replaced by a
/// YAML fragment; a character inserted or deleted anywhere; the file cut short.
/// </summary>
public static class FrontMatterGen
{
    public static readonly string[] ValidLines =
    [
        "---",
        "title: Statement by the North Atlantic Council on the situation",
        "date: 2022-09-22",
        "issuer: North Atlantic Council",
        "type: statement",
        "reference: PR (2022) 125",
        "location: Brussels",
        "language: en",
        "tags: [ukraine, russia]",
        "summary: 'A summary: quoted.'",
        "updated: 2022-09-23",
        "source:",
        "  url: https://example.org/statement",
        "  channel: email",
        "  note: An editor's note.",
        "  record:",
        "    dcpd_number: DCPD-202200123",
        "  removed:",
        "  - 'line 3 (title): the title again'",
        "---",
        "",
        "1. We condemn the plan. See [the other statement](/statements/2022/2022-02-25-x/).",
        "2. Allies stand united.",
        "",
        "> A quotation.",
    ];

    public static string Valid => string.Join('\n', ValidLines) + "\n";

    private sealed record Mutation(int Kind, int At, int Other, string Text);

    private static readonly Gen<Mutation> AnyMutation =
        from kind in Gen.Choose(0, 8)
        from at in Gen.Choose(0, 10_000)
        from other in Gen.Choose(0, 10_000)
        from text in Gen.Frequency((2, Gen.Elements(TextGen.Fragments)), (1, TextGen.Text))
        select new Mutation(kind, at, other, text);

    public static readonly Gen<string> AlmostValid =
        from count in Gen.Choose(1, 5)
        from mutations in Gen.ArrayOf(AnyMutation, count)
        select mutations.Aggregate(Valid, Apply);

    private static string Apply(string text, Mutation m)
    {
        var lines = text.Split('\n').ToList();
        var i = m.At % lines.Count;
        var j = m.Other % lines.Count;
        switch (m.Kind)
        {
            case 0: lines.RemoveAt(i); break;
            case 1: lines.Insert(i, lines[i]); break;
            case 2: (lines[i], lines[j]) = (lines[j], lines[i]); break;
            case 3: lines[i] = new string(' ', m.Other % 5) + lines[i].TrimStart(); break;
            case 4: lines.Insert(i, m.Text); break;
            case 5: lines[i] = m.Text; break;
            case 6: return text.Insert(m.At % (text.Length + 1), m.Text.Length > 0 ? m.Text[..Math.Min(3, m.Text.Length)] : ":");
            case 7: return text.Length == 0 ? text : text.Remove(m.At % text.Length, 1);
            default: return text[..(m.At % (text.Length + 1))];
        }
        return string.Join('\n', lines);
    }
}
