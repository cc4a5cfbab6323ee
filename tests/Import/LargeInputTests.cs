using System.Text;
using StatementArchive.Import;
using StatementArchive.Load;

namespace StatementArchive.Tests.Import;

/// <summary>
/// Raw files as large as a build will import (<see cref="ContentLoader.MaxFileBytes"/>), in shapes that once
/// made the importer quadratic: a table of thousands of dates (185 s for 1.1 MB), thousands of numbered lines
/// with no blank line between them (21 s for 1.7 MB). Not a speed test: the bound is several times what they
/// take now (2–4 s in a Debug build), and only catches an importer that would stall a build.
/// </summary>
public sealed class LargeInputTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public void A_table_of_dates_filling_the_file_is_read_in_bounded_time()
    {
        // Above the text, where the importer looks for the issue date.
        var text = new StringBuilder("Statement by the Council on the calendar\n\nIssued on 5 May 2015\n\n");
        for (var row = 0; text.Length < ContentLoader.MaxFileBytes - 1000; row++)
            text.Append(string.Join(' ', Enumerable.Range(0, 12).Select(d => $"{1 + (row + d) % 28:00}/{1 + d:00}/2015"))).Append('\n');
        text.Append("\nWe condemn in the strongest possible terms the attack on our partner and its people.\n");
        var result = ImportWithin(text.ToString());
        Assert.Equal(new DateOnly(2015, 5, 5), result.FrontMatter!.Date);
    }

    [Fact]
    public void Numbered_lines_filling_the_file_without_blank_lines_are_read_in_bounded_time()
    {
        var text = new StringBuilder("Statement by the Council on the plan\n\n5 May 2015\n\n");
        for (var point = 1; text.Length < ContentLoader.MaxFileBytes - 1000; point++)
            text.Append($"{point}. Allies agree on point {point} of the plan, as set out on 5 May 2015 in Brussels.\n");
        var result = ImportWithin(text.ToString());
        Assert.Contains("1. Allies agree on point 1 of the plan", result.Body, StringComparison.Ordinal);
    }

    private static ImportResult ImportWithin(string text)
    {
        var work = Task.Run(() => new StatementImporter().Import(RawStatement.FromText("large.txt", text)));
        Assert.True(work.Wait(Bound), $"no answer in {Bound.TotalSeconds} s for {text.Length:N0} characters");
        Assert.True(work.Result.Succeeded, string.Join("; ", work.Result.Errors.Select(e => $"{e.Line}: {e.Message}")));
        return work.Result;
    }
}
