using StatementArchive.Domain;
using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Tags a statement with every vocabulary tag whose label or synonym occurs as a whole word, case
/// ignored (except in acronyms), once in the title or at least twice in the body: one passing
/// mention is noise.
/// </summary>
public sealed class TagMatcher
{
    private readonly IReadOnlyList<(string Slug, Regex Pattern)> _patterns;

    public TagMatcher(TagVocabulary vocabulary)
    {
        _patterns = vocabulary.Tags
            .Select(tag => (tag.Slug, BuildPattern(tag)))
            .ToList();
    }

    public IReadOnlyList<string> Match(string title, string body)
    {
        var tags = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (slug, pattern) in _patterns)
        {
            if (pattern.IsMatch(title) || pattern.Matches(body).Count >= 2)
                tags.Add(slug);
        }
        return tags.ToList();
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
