using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Import;

namespace StatementArchive.Load;

/// <summary>
/// The maintainer's shortcut: a raw .txt dropped anywhere in content/ (but sources/, which holds
/// imported originals) is imported at build time, in memory, by the same importer as `import`.
/// Nothing is written to content/. The page gets the URL `import` would give the file, and the raw
/// file itself is its published source. A file the importer cannot read fails the build, with why.
/// </summary>
public static class RawStatementLoader
{
    public static IReadOnlyList<Statement> Load(string contentDirectory, TagVocabulary vocabulary, IReadOnlySet<string> knownTags, DiagnosticBag diagnostics)
    {
        var sourcesDirectory = Path.Combine(contentDirectory, "sources") + Path.DirectorySeparatorChar;
        var files = PlainFiles.Find(contentDirectory, "*.txt")
            .Where(f => !f.StartsWith(sourcesDirectory, StringComparison.Ordinal))
            .ToArray();
        if (files.Length == 0) return [];

        var importer = new StatementImporter(vocabulary);
        var statements = new Statement?[files.Length];
        Parallel.For(0, files.Length, i => statements[i] = Load(contentDirectory, files[i], importer, knownTags, diagnostics));
        return statements.OfType<Statement>().ToList();
    }

    private static Statement? Load(string contentDirectory, string file, StatementImporter importer, IReadOnlySet<string> knownTags, DiagnosticBag diagnostics)
    {
        var display = ContentLoader.DisplayPath(file);
        if (ContentLoader.ReadBytes(file, diagnostics) is not { } bytes || ContentLoader.Decode(bytes, file, diagnostics) is not { } text)
            return null;

        var result = importer.Import(RawStatement.FromBytes(Path.GetFileName(file), text, bytes));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                diagnostics.Add(display, error.Line, 0, $"{error.Message} (raw statement imported at build; or run `import` on it and correct the Markdown)");
            return null;
        }

        var statement = StatementParser.Parse(display, result.RelativePath!["statements/".Length..], result.Markdown!, diagnostics, knownTags);
        var rawPath = Path.GetRelativePath(contentDirectory, file).Replace('\\', '/');
        return statement is null ? null : statement with
        {
            ContentFile = rawPath,
            Source = statement.Source! with { File = rawPath },
        };
    }
}
