namespace StatementArchive.Render.Views;

/// <summary>
/// Everything search.html shows. The form and its filters are complete HTML (search.js only reads
/// them); the results come from the index in the browser.
/// </summary>
/// <param name="ScriptUrls">The search scripts in the order they must run, relative to the search page.</param>
/// <param name="ManifestUrl">The index manifest (data/meta.js), loaded with the page.</param>
/// <param name="DataUrl">Folder of the index's script files, for the shards search.js loads on demand.</param>
/// <param name="RootUrl">The site root as seen from the search page; search.js puts statement paths after it.</param>
/// <param name="PageSuffix">What search.js adds to a statement's folder path: "index.html" in the offline copy (see SiteUrls), else nothing.</param>
/// <param name="FormAction">The search page itself, in this build's link style.</param>
public sealed record SearchPageView(
    LayoutView Layout,
    string Heading,
    string Intro,
    IReadOnlyList<string> ScriptUrls,
    string ManifestUrl,
    string DataUrl,
    string RootUrl,
    string PageSuffix,
    string FormAction,
    IReadOnlyList<FilterOptionView> Years,
    IReadOnlyList<FilterOptionView> Types,
    IReadOnlyList<FilterOptionView> Issuers);
