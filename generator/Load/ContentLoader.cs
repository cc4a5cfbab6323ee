using StatementArchive.Diagnostics;
using StatementArchive.Domain;

namespace StatementArchive.Load;

/// <summary>
/// The Load stage's I/O end: finds content/site.yml, content/tags.yml, content/statements/**/*.md,
/// finished .md and raw .txt statements dropped into content/ (see <see cref="RawStatementLoader"/>), reads them as
/// strict UTF-8 and hands the text to the pure parsers. Files are parsed in parallel; results come
/// back in ordinal path order so nothing downstream depends on the file system's order.
/// </summary>
public static class ContentLoader
{
    public static LoadedContent? Load(string contentDirectory, string? baseUrlOverride, DiagnosticBag diagnostics)
    {
        if (!Directory.Exists(contentDirectory))
        {
            diagnostics.Add(DisplayPath(contentDirectory), 1, 0, "content folder not found; run from the project root or pass --content DIR");
            return null;
        }

        var configPath = Path.Combine(contentDirectory, "site.yml");
        var tagsPath = Path.Combine(contentDirectory, "tags.yml");
        PlainFiles.ReportLinks(contentDirectory, diagnostics);
        if (!PlainFiles.IsPlain(configPath, contentDirectory) || !PlainFiles.IsPlain(tagsPath, contentDirectory))
            return null;
        var configText = File.Exists(configPath) ? ReadText(configPath, diagnostics) : "";
        var site = configText is null ? null : SiteConfigParser.Parse(DisplayPath(configPath), configText, baseUrlOverride, diagnostics);

        var tagErrors = new List<Diagnostic>();
        var tags = TagVocabularyLoader.Load(tagsPath, tagErrors);
        foreach (var error in tagErrors) diagnostics.Add(error with { Path = DisplayPath(error.Path) });

        var knownTags = tags.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);
        var statements = LoadStatements(contentDirectory, diagnostics, knownTags)
            .Concat(RawStatementLoader.Load(contentDirectory, tags, knownTags, diagnostics))
            .ToList();
        var sources = LoadSources(contentDirectory, statements, diagnostics);
        return site is null ? null : new LoadedContent(site, tags, statements) { Sources = sources };
    }

    /// <summary>
    /// Every Markdown statement that loads without error, in ordinal path order: content/statements/**/*.md,
    /// and a finished .md dropped anywhere else in content/ (but sources/, which holds originals), which is
    /// published where it would be under statements/ in the folder of its year.
    /// </summary>
    /// <param name="knownTags">When not empty, tags outside it are errors.</param>
    public static IReadOnlyList<Statement> LoadStatements(string contentDirectory, DiagnosticBag diagnostics, IReadOnlySet<string>? knownTags = null)
    {
        var statementsDirectory = Path.Combine(contentDirectory, "statements");
        var all = PlainFiles.Find(contentDirectory, "*.md");
        var statementsPrefix = statementsDirectory + Path.DirectorySeparatorChar;
        var sourcesPrefix = Path.Combine(contentDirectory, "sources") + Path.DirectorySeparatorChar;
        var filed = all.Where(f => f.StartsWith(statementsPrefix, StringComparison.Ordinal)).ToArray();
        var files = filed.Concat(all.Where(f => !f.StartsWith(statementsPrefix, StringComparison.Ordinal) && !f.StartsWith(sourcesPrefix, StringComparison.Ordinal))).ToArray();

        var statements = new Statement?[files.Length];
        var workingDirectory = Directory.GetCurrentDirectory();
        Parallel.For(0, files.Length, i =>
        {
            var text = ReadText(files[i], diagnostics);
            if (text is null) return;
            var display = DisplayPath(files[i], workingDirectory);
            if (i < filed.Length)
            {
                var relative = Path.GetRelativePath(statementsDirectory, files[i]).Replace('\\', '/');
                statements[i] = StatementParser.Parse(display, relative, text, diagnostics, knownTags);
                return;
            }
            // Its page is statements/NAME/ until its date is known, then statements/YEAR/NAME/, as if it were filed.
            var loose = StatementParser.Parse(display, Path.GetFileName(files[i]), text, diagnostics, knownTags);
            statements[i] = loose is null ? null : loose with
            {
                ContentFile = Path.GetRelativePath(contentDirectory, files[i]).Replace('\\', '/'),
                SitePath = loose.SitePath.Insert("statements/".Length, $"{loose.Date.Year:D4}/"),
            };
        });
        return statements.OfType<Statement>().ToList();
    }

    /// <summary>
    /// The raw files named by source.file. Each must exist and, when the front matter records a
    /// checksum, still match it: provenance is only worth showing if the raw text is the one imported.
    /// </summary>
    private static Dictionary<string, byte[]> LoadSources(string contentDirectory, IReadOnlyList<Statement> statements, DiagnosticBag diagnostics)
    {
        var sources = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var statement in statements)
        {
            if (statement.Source?.File is not { } file || sources.ContainsKey(statement.Source.PublishedPath!)) continue;
            var path = Path.Combine(contentDirectory, file);
            if (!PlainFiles.IsPlain(path, contentDirectory)) continue; // reported as a link
            if (!File.Exists(path))
            {
                diagnostics.Add(statement.ContentPath, 1, 0, $"source.file {file} not found in the content folder; restore the raw file or remove the line");
                continue;
            }
            if (ReadBytes(path, diagnostics) is not { } bytes) continue;
            var checksum = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
            if (statement.Source.Sha256 is { } expected && !string.Equals(expected, checksum, StringComparison.OrdinalIgnoreCase))
                diagnostics.Add(DisplayPath(path), 1, 0, $"the raw file changed since import (sha256 {checksum}, {statement.ContentPath} records {expected}); restore it, or update source.sha256 if the change is intended");
            sources[statement.Source.PublishedPath!] = bytes;
        }
        return sources;
    }

    /// <summary>Far above any real statement (the longest communiqués are ~100 kB): a bigger file is a mistake, not content.</summary>
    public const long MaxFileBytes = 2_000_000;

    /// <summary>The bytes of a content file, or null (with one diagnostic) when it is too big or not text.</summary>
    public static byte[]? ReadBytes(string path, DiagnosticBag diagnostics)
    {
        var length = new FileInfo(path).Length;
        if (length > MaxFileBytes)
        {
            diagnostics.Add(DisplayPath(path), 1, 0, $"the file is {length / 1_000_000.0:0.0} MB; a statement is at most {MaxFileBytes / 1_000_000} MB, so this is probably not the file you meant");
            return null;
        }
        var bytes = File.ReadAllBytes(path);
        var zero = TextDecoder.IsUtf16(bytes) ? -1 : Array.IndexOf(bytes, (byte)0); // UTF-16 is reported as such when decoded
        if (zero >= 0)
        {
            diagnostics.Add(DisplayPath(path), 1 + bytes.AsSpan(0, zero).Count((byte)'\n'), 0, "a binary file (it contains NUL bytes), not text; remove it from content/");
            return null;
        }
        return bytes;
    }

    private static string? ReadText(string path, DiagnosticBag diagnostics) =>
        ReadBytes(path, diagnostics) is { } bytes ? Decode(bytes, path, diagnostics) : null;

    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        var text = TextDecoder.Decode(bytes, out var problem);
        if (text is null) diagnostics.Add(DisplayPath(path), problem.Line, 0, problem.Message);
        return text;
    }

    /// <summary>Diagnostics name files relative to the working directory (the project root when run as documented).</summary>
    public static string DisplayPath(string path) => DisplayPath(path, Directory.GetCurrentDirectory());

    /// <param name="workingDirectory">Asked once by a caller naming many files (it is a system call each time).</param>
    private static string DisplayPath(string path, string workingDirectory)
    {
        var relative = Path.GetRelativePath(workingDirectory, path);
        return (relative.StartsWith("..", StringComparison.Ordinal) ? Path.GetFullPath(path) : relative).Replace('\\', '/');
    }
}
