using FsCheck;
using FsCheck.Fluent;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// Strings for the parsers: any UTF-16 code unit can come, but the characters that mean something to
/// YAML, Markdown, the fence finder and the importer come far more often than chance would bring them,
/// and so do whole YAML fragments, so short inputs reach deep paths.
/// </summary>
public static class TextGen
{
    private const string Significant = "-:#'\"[]{}|>&*!%@`?,.=<>\\/\n\n\n\r\t    ";
    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

    private static readonly char[] Odd =
        ['\0', '\u0007', '\u001B', '\u007F', '\u0085', '\u00A0', '\u2028', '\u2029', '\u202E', '\uFEFF', '\uFFFD', '\uFFFE', '\uD800', '\uDC00', 'é', 'ü', '…', '’', '“', '\u3000', '\u0301'];

    /// <summary>Lines YAML, front matter and raw statements are made of, well-formed or not.</summary>
    public static readonly string[] Fragments =
    [
        "---", "...", "--- ", "title: A title", "title: \"A: B\"", "title: 'It''s'", "title:", "title: [a, b]", "title: {a: b}",
        "date: 2022-09-22", "date: 2022-02-30", "date: 2022-09-22T10:00:00Z", "date: 22 September 2022", "date: [2022]",
        "issuer: North Atlantic Council", "issuer: ~", "type: statement", "type: comunique", "type: null",
        "language: en-GB", "language: EN", "slug: a/b", "slug: ok-slug", "tags: [ukraine, russia]", "tags: Ukraine", "tags:\n- ukraine\n- 'x y'",
        "tags: {a: 1}", "aliases: [/x/]", "updated: 2023-01-01", "summary: |\n  block\n  text", "summary: >-\n  folded",
        "source:\n  url: https://example.org/x\n  note: n", "source: x", "source:\n  record: x", "source:\n  record:\n    a: [b]",
        "source:\n  removed: [1, [2]]", "source:\n  file: ../../etc/passwd", "source:\n  bogus: 1", "  indented: value", "\tkey: tab",
        "? complex key\n: value", "&anchor value", "*anchor", "key: *undefined", "a: &x 1\nb: *x", "!!binary AAAA", "!tag value",
        "%YAML 1.2", "%TAG ! tag:x,2000:", "[", "{", "\"unterminated", "'", "- - -", "<<: *x", ": no key", "key: value: more",
        "# comment", "", " ", "title: a\ntitle: b", "\uFEFF---",
    ];

    public static readonly Gen<char> Char = Gen.Frequency(
        (6, Gen.Elements(Significant.ToCharArray())),
        (6, Gen.Elements(Plain.ToCharArray())),
        (1, Gen.Elements(Odd)),
        (1, Gen.Choose(0, 0xFFFF).Select(i => (char)i)));

    /// <summary>Up to about a hundred characters (FsCheck's size) of the mix above.</summary>
    public static readonly Gen<string> Text = Gen.ArrayOf(Char).Select(chars => new string(chars));

    public static readonly Gen<string> Line = Gen.Frequency((3, Gen.Elements(Fragments)), (2, Text));

    /// <summary>Lines of fragments and noise, often starting with a fence so the YAML parser is reached.</summary>
    public static readonly Gen<string> Document =
        from fenced in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from lines in Gen.ListOf(Line)
        from close in Gen.Elements("---", "...", "", "--- x")
        from body in Text
        select (fenced ? "---\n" : "") + string.Join('\n', lines) + "\n" + close + "\n" + body;

    /// <summary>Anything: plain noise, or documents assembled from fragments.</summary>
    public static readonly Gen<string> Any = Gen.OneOf(Text, Document, Gen.ListOf(Line).Select(lines => string.Join('\n', lines)));
}
