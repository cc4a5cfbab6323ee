using System.Text;
using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Import;
using StatementArchive.Load;
using StatementArchive.Model;

namespace StatementArchive.Commands;

/// <summary>
/// `import`: raw files → content/statements/YYYY/*.md, raw kept byte for byte under content/sources/.
/// Three phases: import every file (pure), then check the batch against the archive for duplicates
/// (one linear pass over all statements), then write. Never overwrites without --force; reports every
/// bad file, not just the first.
/// </summary>
public static class ImportCommand
{

    private sealed record Imported(string File, byte[] Bytes, ImportResult Result, Statement Statement);

    public static int Run(ImportOptions options) => Run(options, Console.Out, Console.Error);

    public static int Run(ImportOptions options, TextWriter output, TextWriter errors)
    {
        var diagnostics = new List<Diagnostic>();
        var files = ImportInputCollector.Collect(options.Inputs, diagnostics);
        if (files.Count == 0)
        {
            foreach (var diagnostic in diagnostics)
                errors.WriteLine(diagnostic);
            errors.WriteLine("error: no raw statement files (.txt) given; usage: import FILE_OR_DIR… [--content DIR] [--force] [--dry-run]");
            return ExitCodes.Usage;
        }

        var vocabulary = TagVocabularyLoader.Load(Path.Combine(options.ContentDirectory, "tags.yml"), diagnostics);
        var importer = new StatementImporter(vocabulary);
        var imported = files.Select(file => ImportFile(file, importer, diagnostics)).OfType<Imported>().ToList();
        var duplicates = FindDuplicates(imported, options.ContentDirectory, options.Force);

        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var item in imported)
        {
            var statementPath = Path.Combine(options.ContentDirectory, item.Result.RelativePath!);
            output.WriteLine($"import {item.File} -> {statementPath}");
            output.Write(ImportReportWriter.Write(item.Result.Report));
            if (duplicates.TryGetValue(item, out var duplicate))
            {
                diagnostics.Add(new Diagnostic(item.File, 1, 0, $"not imported: {duplicate}; correct that file instead, or delete it and import again"));
                continue;
            }
            if (options.DryRun)
            {
                output.WriteLine();
                output.Write(item.Result.Markdown);
                output.WriteLine();
                continue;
            }
            Write(item, statementPath, options, planned, diagnostics);
        }

        foreach (var diagnostic in diagnostics)
            errors.WriteLine(diagnostic);
        return diagnostics.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static Imported? ImportFile(string file, StatementImporter importer, List<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(file);
        if (TextDecoder.Decode(bytes, out var problem) is not { } text)
        {
            diagnostics.Add(new Diagnostic(file, problem.Line, 0, problem.Message));
            return null;
        }

        var result = importer.Import(RawStatement.FromBytes(Path.GetFileName(file), text, bytes));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                diagnostics.Add(new Diagnostic(file, error.Line, 0, error.Message));
            return null;
        }

        // Read back with the build's own loader: what import writes, build must accept.
        var relative = result.RelativePath!["statements/".Length..];
        var loadErrors = new DiagnosticBag();
        var statement = StatementParser.Parse(result.RelativePath!, relative, result.Markdown!, loadErrors);
        if (statement is null)
        {
            foreach (var error in loadErrors.Sorted())
                diagnostics.Add(new Diagnostic(file, 1, 0, $"internal: the imported Markdown does not load ({error.Message}); please report this file"));
            return null;
        }
        return new Imported(file, bytes, result, statement);
    }

    /// <summary>Each imported statement that repeats one already in the archive or earlier in the batch, with the reason.</summary>
    private static Dictionary<Imported, string> FindDuplicates(IReadOnlyList<Imported> imported, string contentDirectory, bool force)
    {
        // With --force, a file about to be replaced is not a duplicate of its new version.
        var replaced = force ? imported.Select(i => i.Statement.ContentFile).ToHashSet(StringComparer.Ordinal) : [];
        var existing = ContentLoader.LoadStatements(contentDirectory, new DiagnosticBag())
            .Where(s => !replaced.Contains(s.ContentFile)).ToList();
        var all = existing.Concat(imported.Select(i => i.Statement)).ToList();

        var result = new Dictionary<Imported, string>();
        foreach (var duplicate in DuplicateDetector.Find(all))
        {
            if (duplicate.Second < existing.Count) continue; // two old files: build reports those
            var item = imported[duplicate.Second - existing.Count];
            var other = all[duplicate.First];
            var where = duplicate.First < existing.Count ? other.ContentPath : $"{imported[duplicate.First - existing.Count].File}, earlier in this import";
            result.TryAdd(item, $"the same statement as {where} ({duplicate.Reason})");
        }
        return result;
    }

    private static void Write(Imported item, string statementPath, ImportOptions options, HashSet<string> planned, List<Diagnostic> diagnostics)
    {
        var sourcePath = Path.Combine(options.ContentDirectory, "sources", Path.GetFileName(item.File));
        var blocked = false;
        foreach (var target in new[] { statementPath, sourcePath })
        {
            // The raw copy is identical when the same file is imported again: not a conflict.
            var identicalSource = target == sourcePath && File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(item.Bytes);
            if (!planned.Add(Path.GetFullPath(target)) || (File.Exists(target) && !options.Force && !identicalSource))
            {
                diagnostics.Add(new Diagnostic(target, 1, 0, $"{Path.GetFileName(target)} exists; pass --force to overwrite"));
                blocked = true;
            }
        }
        if (blocked)
            return;

        Directory.CreateDirectory(Path.GetDirectoryName(statementPath)!);
        Directory.CreateDirectory(Path.GetDirectoryName(sourcePath)!);
        File.WriteAllBytes(sourcePath, item.Bytes);
        File.WriteAllText(statementPath, item.Result.Markdown, new UTF8Encoding(false));
    }
}
