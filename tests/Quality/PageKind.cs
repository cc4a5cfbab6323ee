using StatementArchive.Tests.EndToEnd;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// One page of each kind the generator writes, as a path in the built site: what the browser checks
/// open. Statement pages are every statement of the repository's content/ (the real texts, with
/// sources and cross-references), one generated statement and the French one.
/// </summary>
public sealed record PageKind(string Name, string File, string Query = "")
{
    /// <summary>The path a browser asks the server for: the folder for an index.html.</summary>
    public string UrlPath => (File.EndsWith("/index.html", StringComparison.Ordinal) ? File[..^"index.html".Length]
        : File == "index.html" ? "" : File) + Query;

    public override string ToString() => Name;

    public static IReadOnlyList<PageKind> All { get; } =
    [
        new("home", "index.html"),
        new("archive by year", "statements/index.html"),
        new("year", "statements/2022/index.html"),
        new($"list page 2 (tag {QualityTestContent.PagedTag})", $"tags/{QualityTestContent.PagedTag}/page/2/index.html"),
        new("tag index", "tags/index.html"),
        new("tag", "tags/russia/index.html"),
        new("issuer index", "issuers/index.html"),
        new("issuer", "issuers/north-atlantic-council/index.html"),
        new("type index", "types/index.html"),
        new("type", "types/statement/index.html"),
        .. ContentStatement.ReadAll(Repo.Path("content", "statements")).Select(s => new PageKind("statement " + Path.GetFileNameWithoutExtension(s.File), s.PagePath)),
        new("statement generated", "statements/2019/2019-01-07-generated/index.html"),
        new("statement in French", QualityTestContent.FrenchPage),
        new("search", "search/index.html"),
        // Search results are written by script: checked as the reader sees them, after a query.
        new("search with results", "search/index.html", "?q=ukraine+allies"),
        new("404", "404.html"),
    ];

    /// <summary>Names for [MemberData]: xunit shows them in the test name, so a failure says which page kind.</summary>
    public static IEnumerable<object[]> Names() => All.Select(k => new object[] { k.Name });

    public static PageKind Named(string name) => All.Single(k => k.Name == name);
}
