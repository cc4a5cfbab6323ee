using StatementArchive.Domain;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Tags a statement with the vocabulary tags it is about: a label or synonym (whole word, case
/// ignored except in acronyms) in the title, or mentioned in the body often for its length — at
/// least twice, and once per <see cref="WordsPerMention"/> words — so a passing mention in a long
/// communiqué does not tag it. At most <see cref="MaxTags"/>, the title's first, then the most mentioned:
/// a reader scanning 17 tags learns nothing from them.
/// </summary>
public sealed class TagMatcher
{
    private const int WordsPerMention = 400;
    private const int MaxTags = 8;

    private readonly IReadOnlyList<(string Slug, Regex Pattern)> _patterns;

    public TagMatcher(TagVocabulary vocabulary)
    {
        _patterns = vocabulary.Tags
            .Select(tag => (tag.Slug, BuildPattern(tag)))
            .ToList();
    }

    /// <summary>
    /// A tag the archive can publish: in the vocabulary, or any slug when there is none. A stated tag that is
    /// not would make the imported Markdown fail to build.
    /// </summary>
    public bool Knows(string tag) =>
        _patterns.Count == 0 ? Load.Slugs.IsValid(tag) : _patterns.Any(p => p.Slug == tag);

    public IReadOnlyList<string> Match(string title, string body)
    {
        var words = body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;
        var needed = Math.Max(2, (words + WordsPerMention - 1) / WordsPerMention);
        return _patterns
            .Select(p => (p.Slug, InTitle: p.Pattern.IsMatch(title), Count: p.Pattern.Matches(body).Count))
            .Where(t => t.InTitle || t.Count >= needed)
            .OrderByDescending(t => t.InTitle).ThenByDescending(t => t.Count).ThenBy(t => t.Slug, StringComparer.Ordinal)
            .Take(MaxTags)
            .Select(t => t.Slug)
            .Order(StringComparer.Ordinal)
            .ToList();
    }

    // An acronym ("UN", "EU", "ONU") matches only in capitals: "un" is a French article, "us" a pronoun.
    private static string Term(string term)
    {
        var escaped = Regex.Escape(term).Replace("\\ ", "\\s+").Replace("'", "['’]");
        return term.Length <= 5 && term.All(char.IsUpper) ? "(?-i:" + escaped + ")" : escaped;
    }

    private static Regex BuildPattern(TagDefinition tag)
    {
        var terms = tag.Synonyms.Append(tag.Label)
            .Where(t => t.Trim().Length > 0)
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .OrderByDescending(t => t.Length)
            .Select(t => Term(t.Trim()));
        return new Regex(@"(?<![\p{L}\d])(?:" + string.Join('|', terms) + @")(?![\p{L}\d])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}
