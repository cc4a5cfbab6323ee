using System.Globalization;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using StatementArchive.Render;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// The index builder's span scanner against the tokenizer's rules written the plain way (fold the
/// whole string, then split it): the same terms, in the same order, on any text; and each token's
/// place in the original text holds that very word. Folding and splitting must agree with
/// search.js, so a query finds what the index holds; the plain version is the rule, the scanner the speed.
/// </summary>
public sealed class SearchTokenizerProperties
{
    /// <summary>
    /// What tokenizing tends to trip on: marks inside and outside words, letters and symbols outside the
    /// BMP, other scripts' letters and digits. Never half a surrogate pair: text comes from UTF-8 files,
    /// whose decoding cannot give one (and a mark between two halves would join them in one version only).
    /// </summary>
    private static readonly string[] Pieces =
    [
        "a", "Z", "é", "E\u0301", "\u0301", "\u0308", "İ", "ß", "ſ", "Æ", "Ω", "Ё", "й", "\u0345", "٣", "5", "x9",
        "\U00010400", "\U0001D49C", "\U0001F600", "\U0001D167", " ", "  ", "\n", "-", "'", "’", ".", "…", "\u00A0", "\u2028",
        "communiqué", "NATO", new string('w', 31), new string('w', 33),
    ];

    private static readonly Gen<string> Text =
        Gen.ListOf(Gen.Frequency(
            (8, Gen.Elements(Pieces)),
            (1, Gen.Choose(0, 0xFFFF).Select(i => char.IsSurrogate((char)i) ? "\uFFFD" : ((char)i).ToString()))))
        .Select(pieces => string.Concat(pieces));

    [PropertyRun(Cases = 2000)]
    public Property The_scanner_finds_the_terms_the_rules_define() => Prop.ForAll(Text.ToArbitrary(), text =>
    {
        Assert.Equal(Reference(text), SearchTokenizer.Terms(text));
        var scanner = new SearchTermScanner();
        foreach (var token in scanner.Scan(text))
            Assert.Equal(scanner.Term(token).ToString(), SearchFolding.Fold(text[token.Start..token.End]));
    });

    /// <summary>The rules as first written: fold the whole text (table, marks dropped, lower case), then runs of letters and digits, judged per code point.</summary>
    private static List<string> Reference(string text)
    {
        var table = new Dictionary<char, char>();
        for (var i = 0; i + 1 < SearchFolding.Pairs.Length; i += 2) table[SearchFolding.Pairs[i]] = SearchFolding.Pairs[i + 1];
        var folding = new StringBuilder();
        foreach (var c in text)
        {
            if (c < 0x80) folding.Append(c);
            else if (table.TryGetValue(c, out var plain)) folding.Append(plain);
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark) folding.Append(c);
        }
        var folded = folding.ToString().ToLowerInvariant();

        var terms = new List<string>();
        var start = -1;
        for (var i = 0; i <= folded.Length; i++)
        {
            var inWord = i < folded.Length && IsWordChar(folded, i);
            if (inWord && start < 0) start = i;
            if (inWord || start < 0) continue;
            var term = folded[start..i];
            start = -1;
            if (SearchTokenizer.Keep(term)) terms.Add(term);
        }
        return terms;
    }

    private static bool IsWordChar(string text, int index)
    {
        var c = text[index];
        if (char.IsLowSurrogate(c) && index > 0 && char.IsHighSurrogate(text[index - 1]))
            return Rune.IsLetterOrDigit(new Rune(text[index - 1], c));
        if (char.IsHighSurrogate(c) && index + 1 < text.Length && char.IsLowSurrogate(text[index + 1]))
            return Rune.IsLetterOrDigit(new Rune(c, text[index + 1]));
        return char.IsLetterOrDigit(c);
    }
}
