using System.Security.Cryptography;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>Builds the repository's own content/ once with the real generator binary, into a temp folder.</summary>
public sealed class SiteBuildFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public SiteBuildFixture()
    {
        ContentBefore = HashTree(Repo.Path("content"));
        Result = Generator.Execute(Repo.Root, "build", "--output", _temp.Path("site"));
        ContentAfter = HashTree(Repo.Path("content"));
        Site = new BuiltSite(_temp.Path("site"));
        Statements = ContentStatement.ReadAll(Repo.Path("content", "statements"));
    }

    public Generator.Run Result { get; }

    public BuiltSite Site { get; }

    public IReadOnlyList<ContentStatement> Statements { get; }

    public string ContentBefore { get; }

    public string ContentAfter { get; }

    public string TempPath(string name) => _temp.Path(name);

    /// <summary>One hash over every file's path and bytes, in ordinal order.</summary>
    public static string HashTree(string root)
    {
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            sha.AppendData(System.Text.Encoding.UTF8.GetBytes(Path.GetRelativePath(root, file) + "\n"));
            sha.AppendData(File.ReadAllBytes(file));
        }
        return Convert.ToHexString(sha.GetHashAndReset());
    }

    public void Dispose() => _temp.Dispose();
}
