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
        var statements = content.Statements.Order(ReadingOrder.Instance).ToList();

        ReportDuplicatePaths(statements, diagnostics);

        var years = new List<YearGroup>();
        foreach (var (year, positions) in GroupBy(statements, s => s.Date.Year, EqualityComparer<int>.Default))
            years.Add(new YearGroup(year, positions));

        var tags = new List<TagGroup>();
        foreach (var (slug, positions) in TagPositions(statements))
        {
            var described = vocabulary.GetValueOrDefault(slug);
            tags.Add(new TagGroup(slug, described?.Label ?? LabelFromSlug(slug), described?.Description ?? "", positions));
        }

        var types = new List<TypeGroup>();
        var byType = GroupBy(statements, s => s.Type, EqualityComparer<StatementType>.Default);
        byType.Sort((a, b) => Comparer<StatementType>.Default.Compare(a.Key, b.Key));
        foreach (var (type, positions) in byType) types.Add(new TypeGroup(type, positions));

        var issuers = IssuerGroups(statements);
        // Three independent searches, each parallel within: run side by side, one's last items fill the
        // core another's loop has left idle.
        IReadOnlyList<DuplicateDetector.Duplicate> duplicates = [];
        IReadOnlyList<int>[] related = [];
        IReadOnlyList<Mention>[] mentions = [];
        Parallel.Invoke(
            () => duplicates = DuplicateDetector.Find(content.Statements),
            () => related = RelatedStatementsFinder.Find(statements, tags, issuers, RelatedCount),
            () => mentions = MentionFinder.Find(statements));
        ReportDuplicateStatements(content.Statements, duplicates, diagnostics);
        var mentionedBy = new List<int>[statements.Count];
        for (var i = 0; i < statements.Count; i++) mentionedBy[i] = [];
        for (var i = 0; i < statements.Count; i++)
            foreach (var mention in mentions[i]) mentionedBy[mention.Target].Add(i);
        var neighbours = new List<StatementNeighbours>(statements.Count);
        for (var i = 0; i < statements.Count; i++)
            neighbours.Add(new StatementNeighbours(Older: i + 1 < statements.Count ? i + 1 : -1, Newer: i - 1, related[i], mentions[i], mentionedBy[i]));

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
        var byIssuer = GroupBy(statements, s => s.Issuer, StringComparer.Ordinal);
        byIssuer.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));
        foreach (var (issuer, positions) in byIssuer)
        {
            var first = Slugs.From(issuer) is { Length: > 0 } s ? s : "issuer";
            var slug = first;
            for (var n = 2; !used.Add(slug); n++) slug = $"{first}-{n}";
            groups.Add(new IssuerGroup(slug, issuer, positions));
        }
        return groups;
    }

    /// <summary>Each key's statements (positions, in order), keys in order of first appearance.</summary>
    private static List<(TKey Key, List<int> Positions)> GroupBy<TKey>(IReadOnlyList<Statement> statements, Func<Statement, TKey> keyOf, IEqualityComparer<TKey> comparer)
        where TKey : notnull
    {
        var groups = new List<(TKey Key, List<int> Positions)>();
        var index = new Dictionary<TKey, int>(comparer);
        for (var i = 0; i < statements.Count; i++)
        {
            var key = keyOf(statements[i]);
            if (!index.TryGetValue(key, out var g)) index[key] = g = groups.Count;
            if (g == groups.Count) groups.Add((key, []));
            groups[g].Positions.Add(i);
        }
        return groups;
    }

    /// <summary>Each tag's statements (positions, in order; twice if a statement lists the tag twice), tags in ordinal order.</summary>
    private static List<(string Slug, List<int> Positions)> TagPositions(IReadOnlyList<Statement> statements)
    {
        var byTag = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            foreach (var tag in statements[i].Tags)
            {
                if (!byTag.TryGetValue(tag, out var positions)) byTag[tag] = positions = [];
                positions.Add(i);
            }
        }
        var tags = new List<(string Slug, List<int> Positions)>(byTag.Count);
        foreach (var (slug, positions) in byTag) tags.Add((slug, positions));
        tags.Sort((a, b) => string.CompareOrdinal(a.Slug, b.Slug));
        return tags;
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
    private static void ReportDuplicateStatements(IReadOnlyList<Statement> statements, IReadOnlyList<DuplicateDetector.Duplicate> duplicates, DiagnosticBag diagnostics)
    {
        foreach (var duplicate in duplicates)
        {
            diagnostics.Add(statements[duplicate.Second].ContentPath, 1, 0,
                $"the same statement as {statements[duplicate.First].ContentPath} ({duplicate.Reason}); keep one file, or correct the one that is wrong");
        }
    }

    /// <summary>"article-5" → "Article 5", for tags content/tags.yml does not describe.</summary>
    private static string LabelFromSlug(string slug) =>
        string.Join(' ', slug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
