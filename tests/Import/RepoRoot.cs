namespace StatementArchive.Tests.Import;

/// <summary>The repository root, found by walking up from the test binaries to site.sln.</summary>
public static class RepoRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "site.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }

    public static string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);
}
