using StatementArchive.Load;
using StatementArchive.Domain;
using StatementArchive.Import;

namespace StatementArchive.Tests.Import;

/// <summary>
/// One folder under tests/Import/cases/: input.txt, expected.md and expected.report.txt. Found by
/// glob; UPDATE_GOLDEN=1 rewrites the expected files from the current output.
/// </summary>
public static class GoldenCase
{
    public static string CasesDirectory => RepoRoot.Combine("tests", "Import", "cases");

    public static TheoryData<string> Names()
    {
        var data = new TheoryData<string>();
        foreach (var directory in Directory.EnumerateDirectories(CasesDirectory).Order(StringComparer.Ordinal))
            data.Add(System.IO.Path.GetFileName(directory));
        return data;
    }

    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    private static StatementImporter? _importer;

    public static StatementImporter Importer => _importer ??= new StatementImporter(
        TagVocabularyLoader.Load(RepoRoot.Combine("content", "tags.yml"), []));

    public static ImportResult Run(string name)
    {
        var input = System.IO.Path.Combine(CasesDirectory, name, "input.txt");
        var bytes = File.ReadAllBytes(input);
        return Importer.Import(RawStatement.FromBytes("input.txt", System.Text.Encoding.UTF8.GetString(bytes), bytes));
    }

    public static string Expected(string name, string file) => System.IO.Path.Combine(CasesDirectory, name, file);

    /// <summary>Null when equal, else the first differing line of the two texts, 1-based, for the failure message.</summary>
    public static string? FirstDifference(string expected, string actual)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        for (var i = 0; i < Math.Max(e.Length, a.Length); i++)
        {
            var el = i < e.Length ? e[i] : "<end of file>";
            var al = i < a.Length ? a[i] : "<end of file>";
            if (el != al)
                return $"line {i + 1}:\n  expected: {el}\n  actual:   {al}";
        }
        return null;
    }
}
