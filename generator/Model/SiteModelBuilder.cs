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
        var vocabulary = content.Tags.Tags.ToDictionary(t => t.Slug, StringComparer.Ordinal);
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
            .Select(g => new TagGroup(
                g.Key,
                vocabulary.GetValueOrDefault(g.Key)?.Label ?? LabelFromSlug(g.Key),
                vocabulary.GetValueOrDefault(g.Key)?.Description ?? "",
                g.Select(x => x.Index).ToList()))
            .ToList();

        var types = statements
            .Select((s, i) => (s.Type, Index: i))
            .GroupBy(x => x.Type)
            .OrderBy(g => g.Key)
            .Select(g => new TypeGroup(g.Key, g.Select(x => x.Index).ToList()))
            .ToList();

        var issuers = IssuerGroups(statements);
        var related = RelatedStatementsFinder.Find(statements, tags, issuers, RelatedCount);
        var mentions = MentionFinder.Find(statements);
        var mentionedBy = statements.Select(_ => new List<int>()).ToArray();
        for (var i = 0; i < statements.Count; i++)
            foreach (var mention in mentions[i]) mentionedBy[mention.Target].Add(i);
        var neighbours = statements
            .Select((_, i) => new StatementNeighbours(
                Older: i + 1 < statements.Count ? i + 1 : -1,
                Newer: i - 1,
                related[i],
                mentions[i],
                mentionedBy[i]))
            .ToList();

        return new SiteModel(content.Site, statements, neighbours, years, tags, issuers, types, new StatementIndex(statements, s => s.ContentFile))
        {
            Sources = content.Sources,
        };
    }

    /// <summary>Issuers by name; two names that fold to one slug ("NATO" and "N.A.T.O.") get distinct slugs.</summary>
    private static List<IssuerGroup> IssuerGroups(IReadOnlyList<Statement> statements)
    {
        var used = new HashSet<string>(StringComparer.Ordinal);
        var groups = new List<IssuerGroup>();
        foreach (var group in statements.Select((s, i) => (s.Issuer, Index: i)).GroupBy(x => x.Issuer, StringComparer.Ordinal)
                     .OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = Slugs.From(group.Key) is { Length: > 0 } s ? s : "issuer";
            var slug = first;
            for (var n = 2; !used.Add(slug); n++) slug = $"{first}-{n}";
            groups.Add(new IssuerGroup(slug, group.Key, group.Select(x => x.Index).ToList()));
        }
        return groups;
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
