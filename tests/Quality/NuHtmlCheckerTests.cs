using System.Diagnostics;
using System.Text.Json;
using StatementArchive.Tests.Support;
using Xunit.Abstractions;

namespace StatementArchive.Tests.Quality;

/// <summary>
/// The W3C Nu HTML checker (vnu.jar from tests/tools, run by Java) over every HTML page of the built
/// site and of its offline zip, unzipped, in one run: the JVM takes seconds to start, so one run per
/// page would cost minutes.
/// </summary>
[Collection(QualityCollection.Name)]
public sealed class NuHtmlCheckerTests(QualityFixture fixture, ITestOutputHelper output)
{
    private static readonly string VnuJar = Repo.Path("tests", "tools", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    [Fact]
    public void Every_page_of_every_kind_has_no_error()
    {
        Assert.True(File.Exists(VnuJar), $"{VnuJar} not found: run `npm ci --prefix tests/tools` (.ci/run does)");
        var pages = fixture.Site.HtmlFiles().Concat(fixture.OfflineSite.HtmlFiles()).ToList();
        foreach (var root in new[] { fixture.Site.Root, fixture.OfflineSite.Root })
            Assert.All(PageKind.All, kind => Assert.True(File.Exists(Path.Combine(root, kind.File)), $"no {kind.Name} page: {root}/{kind.File}"));

        var messages = Check(fixture.Site.Root, fixture.OfflineSite.Root);

        var errors = messages.Where(m => m.Type is "error" or "non-document-error").ToList();
        var warnings = messages.Count(m => m.SubType == "warning");
        output.WriteLine($"Nu checker: {pages.Count} pages, {errors.Count} errors, {warnings} warnings");
        foreach (var group in messages.Where(m => m.SubType == "warning").GroupBy(m => m.Message.Split('“')[0]).OrderByDescending(g => g.Count()))
            output.WriteLine($"  {group.Count()} × warning: {group.Key}…");
        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => e.Describe(Path.GetDirectoryName(fixture.Site.Root)!))));
    }

    private sealed record VnuMessage(string Type, string? SubType, string? Url, int? LastLine, int? LastColumn, string Message, string? Extract)
    {
        public string Describe(string root)
        {
            // vnu names files "file:/tmp/…" (one slash), which System.Uri does not take.
            var path = Url is null ? "?" : Path.GetRelativePath(root, Uri.UnescapeDataString(Url.StartsWith("file:", StringComparison.Ordinal) ? Url[5..] : Url));
            return $"{path}:{LastLine}:{LastColumn}: {Type}: {Message} [{Extract}]";
        }
    }

    private sealed record Report(List<VnuMessage> Messages);

    private static List<VnuMessage> Check(params string[] folders)
    {
        var start = new ProcessStartInfo("java") { RedirectStandardOutput = true, RedirectStandardError = true };
        // --skip-non-html: the site also holds feeds, scripts and the zip; --exit-zero-always: errors
        // are read from the report, so the exit code only has to mean "the checker ran"; --stdout: the
        // report would otherwise go to stderr, mixed with the JVM's own complaints.
        foreach (var arg in (string[])["-jar", VnuJar, "--format", "json", "--stdout", "--skip-non-html", "--exit-zero-always", .. folders])
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("vnu.jar did not finish in 2 minutes");
        }
        var json = stdout.Result;
        Assert.True(process.ExitCode == 0, $"vnu.jar exited with {process.ExitCode}: {stderr.Result}");
        var report = JsonSerializer.Deserialize<Report>(json, new JsonSerializerOptions { PropertyNameCaseInsensitive = true });
        return report?.Messages ?? throw new InvalidOperationException("vnu.jar wrote no report: " + json);
    }
}
