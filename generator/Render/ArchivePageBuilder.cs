using System.Globalization;
using StatementArchive.Model;
using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>The archive by year (years with counts and months) and each year's pages, grouped by month.</summary>
public sealed class ArchivePageBuilder(SiteModel model, ViewFactory views)
{
    public IEnumerable<PageJob> Jobs()
    {
        var folder = ViewFactory.ArchivePath;
        yield return new PageJob(folder + "index.html", "archive.html", new ListPageView(
            views.Layout(folder, "Archive by year", $"All {ViewFactory.Count(model.Statements.Count, "statement")}, by year and month of issue."),
            "Archive by year",
            $"{ViewFactory.Count(model.Statements.Count, "statement")}, by year and month of issue.",
            [], model.Years.Select(y => Year(y, folder, withMonths: true)).ToList(), []), null);

        foreach (var year in model.Years)
            foreach (var job in YearJobs(year)) yield return job;
    }

    /// <summary>A year's pages (paginated), grouped by month; views made when rendered.</summary>
    public IEnumerable<PageJob> YearJobs(YearGroup year)
    {
        var slices = Paginator.Split(ViewFactory.YearPath(year.Year), year.Statements);
        for (var i = 0; i < slices.Count; i++)
        {
            var (page, index) = (slices[i], i);
            yield return new PageJob(page.Folder + "index.html", "year.html", () =>
            {
                var title = page.Number > 1 ? $"Statements of {year.Year}, page {page.Number}" : $"Statements of {year.Year}";
                return new ListPageView(
                    views.Layout(page.Folder, title, $"The {ViewFactory.Count(year.Statements.Count, "statement")} issued in {year.Year}."),
                    title,
                    $"{ViewFactory.Count(year.Statements.Count, "statement")} issued in {year.Year}, newest first.",
                    [], model.Years.Select(y => Year(y, page.Folder, withMonths: false)).ToList(), [])
                {
                    Pager = Paginator.Pager(slices, index, views.Urls),
                    Months = page.Items
                        .GroupBy(s => model.Statements[s].Date.Month)
                        .Select(m => new MonthGroupView(MonthId(m.Key), MonthName(year.Year, m.Key), views.Items(m, page.Folder)))
                        .ToList(),
                };
            }, null);
        }
    }

    private YearLinkView Year(YearGroup year, string from, bool withMonths)
    {
        var yearFolder = ViewFactory.YearPath(year.Year);
        var months = !withMonths ? [] : year.Statements
            .Select((s, position) => (model.Statements[s].Date.Month, Position: position))
            .GroupBy(x => x.Month)
            .OrderBy(g => g.Key)
            .Select(g => new GroupLinkView(
                MonthName(year.Year, g.Key)[..3],
                views.Url(from, Paginator.FolderOfItem(yearFolder, g.Min(x => x.Position))) + "#" + MonthId(g.Key),
                g.Count(),
                MonthName(year.Year, g.Key)))
            .ToList();
        return new YearLinkView(year.Year, year.Statements.Count, views.Url(from, yearFolder), months);
    }

    private static string MonthId(int month) => $"m{month:00}";

    private static string MonthName(int year, int month) =>
        new DateOnly(year, month, 1).ToString("MMMM yyyy", CultureInfo.InvariantCulture);
}
