using System.Text.RegularExpressions;
using StatementArchive.Domain;
using StatementArchive.Import;

namespace StatementArchive.Model;

/// <summary>
/// Finds where a statement names another: by reference number ("PR (2022) 125"), by its title in
/// quotes, or as "the statement of 24 March 2022". Each check is a dictionary lookup, so the whole
/// archive costs one pass over its text. A name that fits several statements links none: a wrong
/// link is worse than a missing one.
/// </summary>
public static partial class MentionFinder
{
    private const int Ambiguous = -1;

    public static IReadOnlyList<Mention>[] Find(IReadOnlyList<Statement> statements)
    {
        var byReference = Index(statements, s => s.Reference is { } r ? DuplicateDetector.NormaliseReference(r) : null);
        var byTitle = Index(statements, s => TitleKey(s.Title));
        var byDate = statements.Select((s, i) => (s.Date, i)).ToLookup(x => x.Date, x => x.i);

        var result = new IReadOnlyList<Mention>[statements.Count];
        Parallel.For(0, statements.Count, i =>
        {
            var body = statements[i].Body;
            var found = new List<Mention>();
            void Add(int target, string text)
            {
                if (target >= 0 && target != i && found.All(m => m.Target != target)) found.Add(new Mention(target, text));
            }

            foreach (var (reference, _, _) in ReferenceDetector.FindAll(body))
                Add(byReference.GetValueOrDefault(DuplicateDetector.NormaliseReference(reference), Ambiguous), reference);

            foreach (Match quoted in QuotedText().Matches(body))
                Add(byTitle.GetValueOrDefault(TitleKey(quoted.Groups[1].Value) ?? "", Ambiguous), quoted.Groups[1].Value);

            foreach (Match phrase in DatedMention().Matches(body))
            {
                var date = DateParser.FindAll(body[(phrase.Index + phrase.Length)..Math.Min(body.Length, phrase.Index + phrase.Length + 30)])
                    .FirstOrDefault(d => d.Index == 0);
                if (date is null) continue;
                var candidates = byDate[date.Date].Where(t => t != i).ToList();
                if (candidates.Count == 1)
                    Add(candidates[0], body.Substring(phrase.Index, phrase.Length + date.Length));
            }
            result[i] = found;
        });
        return result;
    }

    /// <summary>Key → position; a key shared by two statements maps to <see cref="Ambiguous"/>.</summary>
    private static Dictionary<string, int> Index(IReadOnlyList<Statement> statements, Func<Statement, string?> key)
    {
        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            if (key(statements[i]) is not { Length: > 0 } k) continue;
            index[k] = index.ContainsKey(k) ? Ambiguous : i;
        }
        return index;
    }

    /// <summary>Titles of four words or more, folded; shorter ones ("Final Communiqué") name too many texts.</summary>
    private static string? TitleKey(string title)
    {
        var words = WordPattern().Matches(title.ToLowerInvariant()).Select(m => m.Value).ToList();
        return words.Count >= 4 ? string.Join(' ', words) : null;
    }

    [GeneratedRegex(@"[\p{L}\d]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex("[\u201c\"\u00ab]\\s*([^\u201d\"\u00bb\\n]{15,300}?)\\s*[\u201d\"\u00bb]")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\b(?:joint\s+)?(?:statement|declaration|communiqu[ée]|press\s+release)\s+(?:of|on|issued\s+on|dated|adopted\s+on)\s+(?:the\s+)?", RegexOptions.IgnoreCase)]
    private static partial Regex DatedMention();
}
