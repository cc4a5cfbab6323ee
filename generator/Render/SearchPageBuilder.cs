using System.Globalization;
using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>
/// The search page and the index files it loads. Filter choices are those the archive holds: years
/// newest first, types in their usual order, issuers alphabetically, each with its count.
/// </summary>
public sealed class SearchPageBuilder(SiteModel model, IReadOnlyList<RenderedBody> bodies, ViewFactory views)
{
    /// <summary>Published from templates/assets/; they share one global, so their order matters: index, snippets, page.</summary>
    public static readonly IReadOnlyList<string> ScriptPaths = ["search-index.js", "search-snippet.js", "search.js"];

    public PageJob Job()
    {
        const string folder = ViewFactory.SearchPath;
        var statements = model.Statements;
        var view = new SearchPageView(
            views.Layout(folder, "Search", $"Search the full text of all {statements.Count} statements, by word, year, type and issuer."),
            "Search",
            $"Search the full text of {statements.Count} statements. Type words, choose filters, or both.",
            ScriptPaths.Select(p => views.Url(folder, p)).ToList(),
            views.Url(folder, SearchScriptBuilder.DataFolder + SearchScriptBuilder.ManifestName + ".js"),
            RelativeUrl.Between(folder, SearchScriptBuilder.DataFolder),
            RelativeUrl.Between(folder, ""),
            views.Urls.Offline ? "index.html" : "",
            views.Url(folder, folder),
            model.Years.Select(y => Option(y.Year.ToString(CultureInfo.InvariantCulture), y.Year.ToString(CultureInfo.InvariantCulture), y.Statements.Count)).ToList(),
            statements.GroupBy(s => s.Type).OrderBy(g => g.Key)
                .Select(g => Option(g.Key.Slug(), g.Key.Label(), g.Count())).ToList(),
            statements.GroupBy(s => s.Issuer, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => Option(g.Key, g.Key, g.Count())).ToList());
        return new PageJob(folder + "index.html", "search.html", view, null);
    }

    /// <summary>The index as script files; not templates, and not minified (they are already compact JSON).</summary>
    public IEnumerable<Page> IndexFiles() => SearchScriptBuilder.Build(SearchIndexBuilder.Build(model, bodies));

    private static FilterOptionView Option(string value, string label, int count) => new(value, label, count);
}
