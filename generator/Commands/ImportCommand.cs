using StatementArchive.Load;
using StatementArchive.Domain;
using System.Text;
using StatementArchive.Diagnostics;
using StatementArchive.Import;

namespace StatementArchive.Commands;

/// <summary>
/// `import`: raw files → content/statements/YYYY/*.md, raw kept byte for byte under content/sources/.
/// Reads and writes files around the pure <see cref="StatementImporter"/>; never overwrites without
/// --force; reports every bad file, not just the first.
/// </summary>
public static class ImportCommand
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

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
        var planned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var file in files)
            ImportFile(file, options, importer, planned, output, diagnostics);

        foreach (var diagnostic in diagnostics)
            errors.WriteLine(diagnostic);
        return diagnostics.Count > 0 ? ExitCodes.ContentErrors : ExitCodes.Ok;
    }

    private static void ImportFile(string file, ImportOptions options, StatementImporter importer, HashSet<string> planned, TextWriter output, List<Diagnostic> diagnostics)
    {
        var bytes = File.ReadAllBytes(file);
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var line = 1 + bytes.Take(Math.Max(0, e.Index)).Count(b => b == (byte)'\n');
            diagnostics.Add(new Diagnostic(file, line, 0, $"not valid UTF-8 (byte {e.Index + 1}); re-save the file as UTF-8"));
            return;
        }

        var result = importer.Import(RawStatement.FromBytes(Path.GetFileName(file), text, bytes));
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
                diagnostics.Add(new Diagnostic(file, error.Line, 0, error.Message));
            return;
        }

        var statementPath = Path.Combine(options.ContentDirectory, result.RelativePath!);
        var sourcePath = Path.Combine(options.ContentDirectory, "sources", Path.GetFileName(file));
        output.WriteLine($"import {file} -> {statementPath}");
        output.Write(ImportReportWriter.Write(result.Report));
        if (options.DryRun)
        {
            output.WriteLine();
            output.Write(result.Markdown);
            output.WriteLine();
            return;
        }

        var blocked = false;
        foreach (var target in new[] { statementPath, sourcePath })
        {
            // The raw copy is identical when the same file is imported again: not a conflict.
            var identicalSource = target == sourcePath && File.Exists(target) && File.ReadAllBytes(target).AsSpan().SequenceEqual(bytes);
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
        File.WriteAllBytes(sourcePath, bytes);
        File.WriteAllText(statementPath, result.Markdown, new UTF8Encoding(false));
    }
}
