using System.Text.RegularExpressions;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Security;

/// <summary>
/// Payloads in fields that must be codes, slugs, dates or web addresses: the build stops with one
/// clean line per problem, naming the file and a 1-based line, for every bad file in one run; no
/// stack trace, and no character that would break the line or drive the terminal.
/// </summary>
public sealed partial class PayloadErrorTests
{
    [Fact]
    public void Every_bad_field_fails_with_clean_one_line_errors()
    {
        using var temp = new TempDirectory();
        PayloadErrorContent.Write(temp, "content");
        var run = Generator.Execute(temp.Root, ["build", "--content", "content", "--templates", Repo.Path("templates"), "--output", "site"]);

        Assert.Equal(1, run.ExitCode);
        Assert.False(Directory.Exists(temp.Path("site")));
        var lines = run.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.All(lines, line =>
        {
            Assert.True(ErrorLine().IsMatch(line) || SummaryLine().IsMatch(line), $"not a one-line error: {line}");
            Assert.False(line.Any(c => char.IsControl(c) || c is '\u2028' or '\u2029' or '\u202E' or '\u202D' or '\u2066' or '\u2067' or '\u2068'),
                $"a raw control or bidi character in: {Printable(line)}");
        });
        foreach (var field in PayloadErrorContent.Fields)
        {
            for (var n = 0; n < PayloadList.All.Count; n++)
            {
                var file = "content/" + PayloadErrorContent.StatementPath(field, n);
                Assert.True(lines.Any(l => l.StartsWith(file + ":", StringComparison.Ordinal)), $"no error names {file} ({field} = {Printable(PayloadList.All[n])})");
            }
        }
    }

    private static string Printable(string text) =>
        string.Concat(text.Take(200).Select(c => char.IsControl(c) || c > '\u2000' ? $"\\u{(int)c:X4}" : c.ToString()));

    [GeneratedRegex(@"^content/statements/2021/[a-z0-9.-]+\.md:[1-9][0-9]*(:[1-9][0-9]*)?: error: \S.*$")]
    private static partial Regex ErrorLine();

    [GeneratedRegex(@"^[0-9]+ error\(s\); ")]
    private static partial Regex SummaryLine();
}
