using System.Text;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// A title set in capitals ("STATEMENT BY THE NORTH ATLANTIC COUNCIL ON UKRAINE", as PDFs, UN-style
/// documents and press e-mails set it) is recased. An English title takes headline style: every word with a
/// capital but the short joining words ("by", "the", "on"). Other languages write titles as sentences, so
/// each word is spelled as the statement itself spells it ("Conseil de l'Atlantique Nord", "l'Ukraine"),
/// lower case when the text does not use it (German: with a capital, as its nouns are). In both, a word the
/// text writes with capitals inside it ("NATO", "NATO-Ukraine", "McDonald") keeps them. The text's
/// evidence is read only mid-sentence and outside runs of capitals: every word has a capital at the start
/// of a sentence, and a heading in capitals says nothing of how its words are spelled.
/// </summary>
public static partial class TitleCaser
{
    private static readonly HashSet<string> EnglishJoiningWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "the", "and", "but", "or", "nor", "as", "at", "by", "for", "from", "in", "into", "of", "on", "onto",
        "per", "to", "up", "upon", "via", "with", "over", "against", "vs",
    };

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    // II, IV, XII: a numbered part keeps its numeral (up to XXXIX: no title counts further).
    [GeneratedRegex(@"^X{0,3}(?:IX|IV|V?I{0,3})$")]
    private static partial Regex RomanNumeral();

    /// <summary>True when the title has letters and none of them is lower case, over at least two words.</summary>
    public static bool IsInCapitals(string title) =>
        !title.Any(char.IsLower) && Word().Matches(title).Count(m => m.Length > 1) >= 2;

    /// <summary>The title recased: headline style in English, the spelling of <paramref name="paragraphs"/> (the body's) in other languages.</summary>
    public static string Recase(string title, IEnumerable<string> paragraphs, string language)
    {
        var spellings = Spellings(paragraphs);
        var result = new StringBuilder(title.Length);
        var at = 0;
        foreach (Match word in Word().Matches(title))
        {
            result.Append(title, at, word.Index - at);
            // The first word, and the first after a colon or a dash, opens the title again.
            var opens = at == 0 || title.AsSpan(at, word.Index - at).IndexOfAny(":–—") >= 0;
            at = word.Index + word.Length;
            var spelled = Spelled(word, title, spellings, language);
            result.Append(opens ? Capitalized(spelled) : spelled);
        }
        result.Append(title, at, title.Length - at);
        return result.ToString();
    }

    private static string Spelled(Match match, string title, IReadOnlyDictionary<string, string> spellings, string language)
    {
        var word = match.Value;
        var lower = word.ToLowerInvariant();
        var known = spellings.GetValueOrDefault(lower);
        if (known is not null && known.Skip(1).Any(char.IsUpper))
            return known;
        // "U.S." and other initials, and a part's numeral ("II"), stay as they are; the "s" of "NATO's" is small.
        var after = match.Index + match.Length;
        if ((word.Length == 1 && after < title.Length && title[after] == '.') || (word.Length > 1 && RomanNumeral().IsMatch(word)))
            return word;
        if (word.Length == 1 && match.Index > 0 && title[match.Index - 1] is '\'' or '’' && language == "en")
            return lower;
        return language switch
        {
            "en" => EnglishJoiningWords.Contains(lower) ? lower : Capitalized(lower),
            _ when known is not null => known,
            "de" => Capitalized(lower),
            _ => lower,
        };
    }

    private static string Capitalized(string word) =>
        word.Length == 0 || char.IsUpper(word[0]) ? word : char.ToUpperInvariant(word[0]) + word[1..];

    /// <summary>Each word's commonest spelling in the body's paragraphs where it is not the first of a sentence.</summary>
    private static Dictionary<string, string> Spellings(IEnumerable<string> paragraphs)
    {
        var counts = new Dictionary<string, Dictionary<string, int>>(StringComparer.Ordinal);
        foreach (var paragraph in paragraphs)
        {
            var words = Word().Matches(paragraph);
            for (var i = 0; i < words.Count; i++)
            {
                var word = words[i].Value;
                // A sentence's first word has its capital from its place; one in capitals throughout is still an acronym.
                if (!IsCapitals(word) && IsSentenceStart(paragraph, words[i].Index))
                    continue;
                // A heading or banner in capitals ("I. INTRODUCTION") says nothing of how a word is spelled: a word
                // in capitals is an acronym only when the words beside it are not in capitals too.
                if (IsCapitals(word) && (i > 0 && IsCapitals(words[i - 1].Value) || i + 1 < words.Count && IsCapitals(words[i + 1].Value)))
                    continue;
                var key = word.ToLowerInvariant();
                if (!counts.TryGetValue(key, out var forms))
                    counts[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
                forms[word] = forms.GetValueOrDefault(word) + 1;
            }
        }
        return counts.ToDictionary(
            c => c.Key,
            c => c.Value.OrderByDescending(f => f.Value).ThenBy(f => f.Key, StringComparer.Ordinal).First().Key,
            StringComparer.Ordinal);
    }

    private static bool IsCapitals(string word) => word.Length > 1 && !word.Any(char.IsLower);

    // At the start of the paragraph, or after a full stop, a question or exclamation mark or a colon, with
    // quotes, brackets, emphasis and a paragraph's number between.
    private static bool IsSentenceStart(string text, int index)
    {
        var i = index - 1;
        while (i >= 0 && (char.IsWhiteSpace(text[i]) || char.IsDigit(text[i]) || text[i] is '"' or '“' or '‘' or '\'' or '(' or '[' or '*' or '_' or '#' or '-' or '–'))
            i--;
        return i < 0 || text[i] is '.' or '!' or '?' or ':';
    }
}
