using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.EndToEnd;

/// <summary>Writes <see cref="BrowseTestContent"/> into a temp folder and builds it once with the real generator binary and the repository's templates.</summary>
public sealed class BrowseSiteFixture : IDisposable
{
    private readonly TempDirectory _temp = new();

    public BrowseSiteFixture()
    {
        Content.Write(_temp.Path("content"));
        Result = Generator.Execute(Repo.Root, "build", "--content", _temp.Path("content"), "--output", _temp.Path("site"));
        if (Result.ExitCode != 0) throw new InvalidOperationException($"build of the browse test site failed ({Result.ExitCode}): {Result.Stderr}");
        Site = new BuiltSite(_temp.Path("site"));
    }

    public BrowseTestContent Content { get; } = new();

    public Generator.Run Result { get; }

    public BuiltSite Site { get; }

    public string ContentPath(string relative) => _temp.Path("content", relative);

    public void Dispose() => _temp.Dispose();
}
