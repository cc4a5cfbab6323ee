namespace StatementArchive.Tests.Support;

/// <summary>
/// Golden cases: folders <c>NNN-short-name/</c> holding an input and the expected output, found by
/// glob. Run the tests with UPDATE_GOLDEN=1 to rewrite expected files on purpose, then review the diff.
/// </summary>
public static class Golden
{
    public static bool Updating => Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1";

    /// <summary>Case folder names under a folder of the test project's source tree, for [MemberData].</summary>
    public static IEnumerable<object[]> Cases(params string[] folder) =>
        Directory.GetDirectories(Repo.Path(["tests", .. folder]))
            .Select(Path.GetFileName)
            .Order(StringComparer.Ordinal)
            .Select(name => new object[] { name! });

    public static void AssertMatches(string expectedPath, string actual)
    {
        actual = actual.Replace("\r\n", "\n");
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing; run with UPDATE_GOLDEN=1 to create it");
        var expected = File.ReadAllText(expectedPath).Replace("\r\n", "\n");
        if (expected == actual) return;

        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var line = 0;
        while (line < expectedLines.Length && line < actualLines.Length && expectedLines[line] == actualLines[line]) line++;
        Assert.Fail($"{Path.GetRelativePath(Repo.Root, expectedPath)}:{line + 1}: differs\n" +
            $"  expected: {(line < expectedLines.Length ? expectedLines[line] : "<end of file>")}\n" +
            $"  actual:   {(line < actualLines.Length ? actualLines[line] : "<end of file>")}\n" +
            "(run with UPDATE_GOLDEN=1 to accept the new output)");
    }
}
