using System.Globalization;
using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Small views shared by several page kinds; every URL made relative to the page it appears on.</summary>
public sealed class ViewFactory(SiteModel model, IReadOnlyList<RenderedBody> bodies, SiteEdition edition)
{
    public const string ArchivePath = "statements/";
    public const string TagsPath = "tags/";
    public const string SearchPath = "search/";
    public const string FeedPath = "feed.xml";
    public const string StylesheetPath = "style.css";
    public const string StatementScriptPath = "statement.js";

    /// <summary>"1 statement", "10,000 statements" (invariant digits grouping).</summary>
    public static string Count(int count, string noun) =>
        count.ToString("N0", CultureInfo.InvariantCulture) + " " + (count == 1 ? noun : noun + "s");

    public static string DateText(DateOnly date) => date.ToString("d MMMM yyyy", CultureInfo.InvariantCulture);

    public static string YearPath(int year) => $"{ArchivePath}{year}/";

    public static string TagPath(string slug) => $"{TagsPath}{slug}/";

    public string Absolute(string sitePath) => model.Site.BaseUrl + sitePath;

    public SiteUrls Urls => edition.Urls;

    /// <summary>A link from a page's folder to a site path, in this build's style.</summary>
    public string Url(string fromFolder, string target) => edition.Urls.Between(fromFolder, target);

    public NavView Nav(string fromFolder) => Nav(target => edition.Urls.Between(fromFolder, target));

    /// <summary>The same links formed another way (the web 404 page needs them absolute).</summary>
    public static NavView Nav(Func<string, string> url) => new(
        url(""), url(ArchivePath), url(TagsPath), url(GroupPageBuilder.IssuersPath), url(GroupPageBuilder.TypesPath),
        url(SearchPath), url(FeedPath), url(StylesheetPath), url(ExportBuilder.JsonFeedPath), url(ExportBuilder.JsonPath), url(ExportBuilder.CsvPath));

    public LayoutView Layout(string folder, string title, string description, params string[] scripts) => new(
        model.Site.Title,
        folder.Length == 0 ? model.Site.Title : $"{title} · {model.Site.Title}",
        description,
        model.Site.Language,
        Absolute(folder),
        Nav(folder),
        scripts.Select(script => edition.Urls.Between(folder, script)).ToList())
    {
        Download = edition.Zip is { } zip ? new DownloadView(edition.Urls.Between(folder, zip.FileName), Size(zip.Bytes.Length)) : null,
        OnlineUrl = edition.IsOffline ? model.Site.BaseUrl : null,
    };

    private static string Size(long bytes) => bytes >= 1_000_000
        ? (bytes / 1_000_000.0).ToString("0.0", CultureInfo.InvariantCulture) + " MB"
        : Math.Max(1, bytes / 1000).ToString(CultureInfo.InvariantCulture) + " kB";

    /// <summary>
    /// Each statement's dates as pages show them, formatted once: a statement is listed on a dozen pages
    /// (its year, tags, issuer, type, its neighbours' and related statements'). Threads that format the same
    /// date at once store the same string.
    /// </summary>
    private readonly string?[] _isoDates = new string?[model.Statements.Count];
    private readonly string?[] _textDates = new string?[model.Statements.Count];

    public string IsoDate(int index) => _isoDates[index] ??= model.Statements[index].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    public string TextDate(int index) => _textDates[index] ??= DateText(model.Statements[index].Date);

    public StatementItemView Item(int index, string fromFolder)
    {
        var statement = model.Statements[index];
        return new StatementItemView(
            statement.Title,
            edition.Urls.Between(fromFolder, statement.SitePath),
            IsoDate(index),
            TextDate(index),
            statement.Issuer,
            statement.Type.Label(),
            statement.Reference,
            bodies[index].Excerpt,
            statement.Language);
    }

    public IReadOnlyList<StatementItemView> Items(IEnumerable<int> indexes, string fromFolder) =>
        indexes.Select(i => Item(i, fromFolder)).ToList();

    public IReadOnlyList<YearLinkView> Years(string fromFolder) =>
        model.Years.Select(y => new YearLinkView(y.Year, y.Statements.Count, edition.Urls.Between(fromFolder, YearPath(y.Year)), [])).ToList();

    public TagLinkView Tag(TagGroup tag, string fromFolder) =>
        new(tag.Label, tag.Slug, tag.Statements.Count, edition.Urls.Between(fromFolder, TagPath(tag.Slug)), tag.Description);
}
