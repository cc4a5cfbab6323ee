using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Load;

namespace StatementArchive.Model;

/// <summary>The Model stage: orders statements, groups them by year and tag, finds neighbours. Pure.</summary>
public static class SiteModelBuilder
{
    private const int RelatedCount = 5;

    public static SiteModel Build(LoadedContent content, DiagnosticBag diagnostics)
    {
        var tagLabels = content.Tags.Tags.ToDictionary(t => t.Slug, t => t.Label, StringComparer.Ordinal);
        var statements = content.Statements
            .OrderByDescending(s => s.Date)
            .ThenBy(s => s.Title, StringComparer.Ordinal)
            .ThenBy(s => s.ContentFile, StringComparer.Ordinal)
            .ToList();

        ReportDuplicatePaths(statements, diagnostics);
        ReportDuplicateStatements(content.Statements, diagnostics);

        var years = statements
            .Select((s, i) => (s.Date.Year, Index: i))
            .GroupBy(x => x.Year)
            .Select(g => new YearGroup(g.Key, g.Select(x => x.Index).ToList()))
            .ToList();

        var tags = statements
            .SelectMany((s, i) => s.Tags.Select(t => (Tag: t, Index: i)))
            .GroupBy(x => x.Tag, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new TagGroup(g.Key, tagLabels.GetValueOrDefault(g.Key) ?? LabelFromSlug(g.Key), g.Select(x => x.Index).ToList()))
            .ToList();

        var related = RelatedStatementsFinder.Find(statements, tags, RelatedCount);
        var neighbours = statements
            .Select((_, i) => new StatementNeighbours(
                Older: i + 1 < statements.Count ? i + 1 : -1,
                Newer: i - 1,
                related[i]))
            .ToList();

        return new SiteModel(content.Site, statements, neighbours, years, tags, new StatementIndex(statements, s => s.ContentFile));
    }

    private static void ReportDuplicatePaths(IReadOnlyList<Statement> statements, DiagnosticBag diagnostics)
    {
        foreach (var group in statements.GroupBy(s => s.SitePath, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var files = group.Select(s => s.ContentPath).Order(StringComparer.Ordinal).ToList();
            foreach (var path in files.Skip(1))
                diagnostics.Add(path, 1, 0, $"page /{group.Key} is also the page of {files[0]}; rename one file or give it another slug:");
        }
    }

    /// <param name="statements">In content path order, so the later file is the one reported.</param>
    private static void ReportDuplicateStatements(IReadOnlyList<Statement> statements, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in DuplicateDetector.Find(statements))
        {
            diagnostics.Add(statements[duplicate.Second].ContentPath, 1, 0,
                $"the same statement as {statements[duplicate.First].ContentPath} ({duplicate.Reason}); keep one file, or correct the one that is wrong");
        }
    }

    /// <summary>"article-5" → "Article 5", for tags content/tags.yml does not describe.</summary>
    private static string LabelFromSlug(string slug) =>
        string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
