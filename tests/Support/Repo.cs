namespace StatementArchive.Tests.Support;

/// <summary>Paths in this repository, found from the test binary's location (works from any working directory).</summary>
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "site.sln"))) return directory.FullName;
        }
        throw new InvalidOperationException("site.sln not found above " + AppContext.BaseDirectory);
    }
}
