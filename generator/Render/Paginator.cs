using StatementArchive.Render.Views;

namespace StatementArchive.Render;

/// <summary>
/// Splits a long list into pages of <see cref="PageSize"/>: the first at the list's own folder
/// (<c>tags/ukraine/</c>), the rest under it (<c>tags/ukraine/page/2/</c>), so the first page's URL
/// never changes as the archive grows.
/// </summary>
public static class Paginator
{
    public const int PageSize = 100;

    public sealed record Slice(int Number, string Folder, IReadOnlyList<int> Items);

    public static IReadOnlyList<Slice> Split(string folder, IReadOnlyList<int> items)
    {
        var count = Math.Max(1, (items.Count + PageSize - 1) / PageSize);
        return Enumerable.Range(1, count)
            .Select(n => new Slice(n, FolderOf(folder, n), items.Skip((n - 1) * PageSize).Take(PageSize).ToList()))
            .ToList();
    }

    /// <summary>The folder of the page that shows the item at <paramref name="position"/> (0-based) of the list.</summary>
    public static string FolderOfItem(string folder, int position) => FolderOf(folder, position / PageSize + 1);

    public static PagerView? Pager(IReadOnlyList<Slice> slices, int index, SiteUrls urls)
    {
        if (slices.Count < 2) return null;
        var from = slices[index].Folder;
        string Url(Slice slice) => urls.Between(from, slice.Folder);
        return new PagerView(
            index + 1,
            slices.Count,
            index > 0 ? Url(slices[index - 1]) : null,
            index + 1 < slices.Count ? Url(slices[index + 1]) : null,
            slices.Select((s, i) => new PagerLinkView(s.Number, Url(s), i == index)).ToList());
    }

    private static string FolderOf(string folder, int number) => number == 1 ? folder : $"{folder}page/{number}/";
}
