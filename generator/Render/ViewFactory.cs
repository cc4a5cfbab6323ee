using System.Globalization;
using StatementArchive.Domain;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>Small views shared by several page kinds; every URL made relative to the page it appears on.</summary>
public sealed class ViewFactory(SiteModel model, IReadOnlyList<RenderedBody> bodies)
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

    public NavView Nav(string fromFolder) => new(
        RelativeUrl.Between(fromFolder, ""),
        RelativeUrl.Between(fromFolder, ArchivePath),
        RelativeUrl.Between(fromFolder, TagsPath),
        RelativeUrl.Between(fromFolder, GroupPageBuilder.IssuersPath),
        RelativeUrl.Between(fromFolder, GroupPageBuilder.TypesPath),
        RelativeUrl.Between(fromFolder, SearchPath),
        RelativeUrl.Between(fromFolder, FeedPath),
        RelativeUrl.Between(fromFolder, StylesheetPath));

    public LayoutView Layout(string folder, string title, string description, string? language = null, params string[] scripts) => new(
        model.Site.Title,
        folder.Length == 0 ? model.Site.Title : $"{title} · {model.Site.Title}",
        description,
        language ?? model.Site.Language,
        Absolute(folder),
        Nav(folder),
        scripts.Select(script => RelativeUrl.Between(folder, script)).ToList());

    public StatementItemView Item(int index, string fromFolder)
    {
        var statement = model.Statements[index];
        return new StatementItemView(
            statement.Title,
            RelativeUrl.Between(fromFolder, statement.SitePath),
            statement.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            DateText(statement.Date),
            statement.Issuer,
            statement.Type.Label(),
            statement.Reference,
            bodies[index].Excerpt);
    }

    public IReadOnlyList<StatementItemView> Items(IEnumerable<int> indexes, string fromFolder) =>
        indexes.Select(i => Item(i, fromFolder)).ToList();

    public IReadOnlyList<YearLinkView> Years(string fromFolder) =>
        model.Years.Select(y => new YearLinkView(y.Year, y.Statements.Count, RelativeUrl.Between(fromFolder, YearPath(y.Year)), [])).ToList();

    public TagLinkView Tag(TagGroup tag, string fromFolder) =>
        new(tag.Label, tag.Slug, tag.Statements.Count, RelativeUrl.Between(fromFolder, TagPath(tag.Slug)), tag.Description);
}
