using StatementArchive.Diagnostics;

namespace StatementArchive.Import;

/// <summary>The raw files named on the command line: files as given, folders expanded to their .txt files in ordinal order.</summary>
public static class ImportInputCollector
{
    public static IReadOnlyList<string> Collect(IReadOnlyList<string> inputs, List<Diagnostic> diagnostics)
    {
        var files = new List<string>();
        foreach (var input in inputs)
        {
            if (File.Exists(input))
                files.Add(input);
            else if (Directory.Exists(input))
                files.AddRange(Directory.EnumerateFiles(input, "*.txt", SearchOption.TopDirectoryOnly).Order(StringComparer.Ordinal));
            else
                diagnostics.Add(new Diagnostic(input, 1, 0, "no such file or folder; give raw .txt files or folders holding them"));
        }
        return files.Distinct(StringComparer.Ordinal).ToList();
    }
}
