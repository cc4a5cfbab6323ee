using System.Net;
using System.Text.RegularExpressions;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Cli;

/// <summary>
/// `serve` after an edit, through the real binary over HTTP: one statement's text is updated in place
/// (only the pages showing it), anything that changes which pages exist is a full build with no stale
/// page left, and an edit with an error keeps the last good site. (How fast: tests/Benchmark/serve.sh, not here.)
/// </summary>
public partial class IncrementalServeTests
{
    private const string TagsYaml = """
        - slug: ukraine
        - slug: russia
        - slug: nuclear
        - slug: cyber
        - slug: article-5
        - slug: sanctions
        - slug: china
        - slug: belarus
        - slug: space
          label: Space
        - slug: arctic
          label: Arctic
        """;

    [Fact]
    public async Task An_edited_body_updates_its_page_and_the_lists_showing_its_excerpt_without_a_full_build()
    {
        using var project = Project(out var file);
        await using var serve = await ServeProcess.Start(project.Root);
        var page = PagePath(file);
        Assert.DoesNotContain("Freshly edited opening", await serve.Http.GetStringAsync(page));

        File.WriteAllText(file, ReplaceFirstParagraph(File.ReadAllText(file), "Freshly edited opening paragraph about the Alliance."));

        var updated = await serve.WaitForLine(line => line.StartsWith("Updated 1 statement:", StringComparison.Ordinal));
        var pages = int.Parse(PagesCount().Match(updated).Groups[1].Value);
        Assert.InRange(pages, 2, 30); // its page and the lists showing its excerpt, not the site's 400-odd pages
        Assert.Contains("Freshly edited opening", await serve.Http.GetStringAsync(page));
        Assert.True(await AnyListPageContains(serve.Http, "tags/sanctions/", "Freshly edited opening"), "its tag page shows the new excerpt");
        await serve.WaitForLine(line => line.StartsWith("Refreshed", StringComparison.Ordinal));
        Assert.Contains("Freshly edited opening", await serve.Http.GetStringAsync("statements.json"));
        Assert.Equal(1, serve.Lines.Count(l => l.StartsWith("Built ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task A_tag_added_renamed_or_removed_in_front_matter_leaves_no_stale_tag_page()
    {
        using var project = Project(out var file);
        await using var serve = await ServeProcess.Start(project.Root);
        Assert.Equal(HttpStatusCode.NotFound, (await serve.Http.GetAsync("tags/space/")).StatusCode);
        var original = File.ReadAllText(file);

        await serve.FullBuildAfter(() => File.WriteAllText(file, original.Replace("tags: [", "tags: [space, ")));
        Assert.Contains("Statement number 5 on", await serve.Http.GetStringAsync("tags/space/"));

        await serve.FullBuildAfter(() => File.WriteAllText(file, original.Replace("tags: [", "tags: [arctic, ")));
        Assert.Equal(HttpStatusCode.NotFound, (await serve.Http.GetAsync("tags/space/")).StatusCode);
        Assert.Contains("Statement number 5 on", await serve.Http.GetStringAsync("tags/arctic/"));

        await serve.FullBuildAfter(() => File.WriteAllText(file, original));
        Assert.Equal(HttpStatusCode.NotFound, (await serve.Http.GetAsync("tags/arctic/")).StatusCode);
    }

    [Fact]
    public async Task An_edit_with_a_front_matter_error_is_reported_and_the_last_good_page_stays()
    {
        using var project = Project(out var file);
        await using var serve = await ServeProcess.Start(project.Root);
        var page = PagePath(file);
        var before = await serve.Http.GetStringAsync(page);

        File.WriteAllText(file, DateLine().Replace(File.ReadAllText(file), "date: 2022-13-45", 1) + "\nFreshly broken text.\n");

        await serve.WaitForLine(line => line.Contains("still showing the last good build", StringComparison.Ordinal));
        Assert.Contains(serve.Lines, line => line.Contains("statement-5.md:", StringComparison.Ordinal) && line.Contains("error", StringComparison.Ordinal));
        Assert.Equal(before, await serve.Http.GetStringAsync(page));
    }

    [Fact]
    public async Task An_edited_title_that_keeps_its_place_updates_every_page_showing_it_without_a_full_build()
    {
        using var project = Project(out var file);
        File.WriteAllText(file, File.ReadAllText(file).Replace("tags: [", "aliases: [/news/statement-5/]\ntags: ["));
        await using var serve = await ServeProcess.Start(project.Root);
        var page = PagePath(file);
        var older = OlderLink().Match(await serve.Http.GetStringAsync(page)).Groups[1].Value;

        File.WriteAllText(file, File.ReadAllText(file).Replace("Statement number 5 on Allied security", "Statement number 5 on Allied security, retitled"));

        await serve.WaitForLine(line => line.StartsWith("Updated 1 statement:", StringComparison.Ordinal));
        Assert.Contains(">Statement number 5 on Allied security, retitled</h1>", await serve.Http.GetStringAsync(page));
        Assert.Contains("Statement number 5 on Allied security, retitled", await serve.Http.GetStringAsync("news/statement-5/"));
        Assert.True(await AnyListPageContains(serve.Http, "tags/sanctions/", "Statement number 5 on Allied security, retitled"), "its tag page shows the new title");
        Assert.Contains("Statement number 5 on Allied security, retitled", await serve.Http.GetStringAsync(new Uri(new Uri(serve.Http.BaseAddress!, page), older)));
        await serve.WaitForLine(line => line.StartsWith("Refreshed", StringComparison.Ordinal));
        Assert.Contains("Statement number 5 on Allied security, retitled", await serve.Http.GetStringAsync("statements.json"));
        Assert.Equal(1, serve.Lines.Count(l => l.StartsWith("Built ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task An_edited_title_that_reorders_its_day_is_a_full_build_with_the_new_order()
    {
        using var project = Project(out var file);
        var day = Path.GetFileName(file)[..10];
        project.Write($"content/statements/{day[..4]}/{day}-same-day.md",
            $"---\ntitle: \"Statement number 6 on the same day\"\ndate: {day}\nissuer: Test Issuer\ntype: statement\n---\n\nText of the same day.\n");
        await using var serve = await ServeProcess.Start(project.Root);
        var page = PagePath(file);
        Assert.Contains("Statement number 6 on the same day", OlderLink().Match(await serve.Http.GetStringAsync(page)).Value);

        await serve.FullBuildAfter(() => File.WriteAllText(file, File.ReadAllText(file).Replace("Statement number 5 on Allied", "Statement number 7 on Allied")));

        Assert.Contains(serve.Lines, l => l.StartsWith("Full build: its new title moves it", StringComparison.Ordinal));
        Assert.Contains("Statement number 6 on the same day", NewerLink().Match(await serve.Http.GetStringAsync(page)).Value);
    }

    [Fact]
    public async Task An_edited_title_that_another_text_quotes_is_a_full_build_that_links_the_quote()
    {
        using var project = Project(out var file);
        const string Title = "Statement number 5 on the quoted matter";
        project.Write("content/statements/2031/2031-01-01-quoting.md",
            $"---\ntitle: \"A statement that quotes another\"\ndate: 2031-01-01\nissuer: Test Issuer\ntype: statement\ntags: [arctic]\n---\n\nAs said in \u201c{Title}\u201d, the Alliance stands firm.\n");
        await using var serve = await ServeProcess.Start(project.Root);
        const string Quoting = "statements/2031/2031-01-01-quoting/";
        var target = Path.GetFileNameWithoutExtension(file);
        Assert.DoesNotContain(target, await serve.Http.GetStringAsync(Quoting));

        await serve.FullBuildAfter(() => File.WriteAllText(file, File.ReadAllText(file).Replace("Statement number 5 on Allied security", Title)));

        Assert.Contains(serve.Lines, l => l.StartsWith("Full build: its new title changes which texts name it", StringComparison.Ordinal));
        Assert.Contains(target, await serve.Http.GetStringAsync(Quoting));
    }

    [Fact]
    public async Task A_save_read_half_written_ends_with_the_whole_edit_served_and_no_full_build()
    {
        using var project = Project(out var file);
        await using var serve = await ServeProcess.Start(project.Root);
        var page = PagePath(file);
        var edited = ReplaceFirstParagraph(File.ReadAllText(file), "Saved in two writes, like a slow editor.");

        // The first half ends inside the front matter: read then, the file is not a statement at all.
        await using (var stream = new FileStream(file, FileMode.Truncate, FileAccess.Write, FileShare.ReadWrite))
        {
            var bytes = System.Text.Encoding.UTF8.GetBytes(edited);
            stream.Write(bytes, 0, 40);
            stream.Flush();
            await Task.Delay(50);
            stream.Write(bytes, 40, bytes.Length - 40);
        }

        await serve.WaitForLine(line => line.StartsWith("Updated 1 statement:", StringComparison.Ordinal));
        await serve.WaitUntil(async () => (await serve.Http.GetStringAsync(page)).Contains("Saved in two writes", StringComparison.Ordinal));
        Assert.Equal(1, serve.Lines.Count(l => l.StartsWith("Built ", StringComparison.Ordinal)));
    }

    /// <summary>300 synthetic statements (tag pages are paginated) and tags.yml with two tags nobody uses yet.</summary>
    /// <param name="file">Statement 5's file: tags sanctions, ukraine and cyber.</param>
    private static TempProject Project(out string file)
    {
        var project = new TempProject();
        File.Delete(project.Path("content", "statements", "2022", "good.md"));
        SyntheticContent.Write(project.Path("content"), 300);
        project.Write("content/tags.yml", TagsYaml + "\n");
        file = Directory.EnumerateFiles(project.Path("content", "statements"), "*-statement-5.md", SearchOption.AllDirectories).Single();
        return project;
    }

    /// <summary>content/statements/1990/1990-02-05-statement-5.md → statements/1990/1990-02-05-statement-5/</summary>
    private static string PagePath(string file) =>
        $"statements/{Path.GetFileName(Path.GetDirectoryName(file))}/{Path.GetFileNameWithoutExtension(file)}/";

    private static string ReplaceFirstParagraph(string text, string paragraph)
    {
        var bodyStart = text.IndexOf("\n---\n", 4, StringComparison.Ordinal) + "\n---\n".Length;
        var body = text[bodyStart..].TrimStart('\n');
        var end = body.IndexOf("\n\n", StringComparison.Ordinal);
        return text[..bodyStart] + "\n" + paragraph + body[end..];
    }

    /// <summary>True when a page of the paginated list at <paramref name="folder"/> holds the text.</summary>
    private static async Task<bool> AnyListPageContains(HttpClient http, string folder, string text)
    {
        for (var number = 1; ; number++)
        {
            var response = await http.GetAsync(number == 1 ? folder : $"{folder}page/{number}/");
            if (response.StatusCode == HttpStatusCode.NotFound) return false;
            if ((await response.Content.ReadAsStringAsync()).Contains(text, StringComparison.Ordinal)) return true;
        }
    }

    [GeneratedRegex(@"Updated 1 statement: (\d+) page")]
    private static partial Regex PagesCount();

    [GeneratedRegex("<a class=\"older\" rel=\"prev\" href=\"([^\"]+)\".*?</a>")]
    private static partial Regex OlderLink();

    [GeneratedRegex("<a class=\"newer\" rel=\"next\" href=\"([^\"]+)\".*?</a>")]
    private static partial Regex NewerLink();

    [GeneratedRegex(@"^date: .*$", RegexOptions.Multiline)]
    private static partial Regex DateLine();
}
