using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Security;

/// <summary>The payload site (<see cref="PayloadContent"/>) built once by the real generator binary into a temp folder.</summary>
public sealed class PayloadSiteFixture : IDisposable
{
    // Named like the path of the base URL in site.yml, so the 404 page's root-absolute links resolve on the test server.
    public const string SiteFolder = "payloads";

    private readonly TempDirectory _temp = new();

    public PayloadSiteFixture()
    {
        PayloadContent.Write(_temp, "content");
        Build = Generator.Execute(Repo.Root, ["build", "--content", _temp.Path("content"), "--output", _temp.Path(SiteFolder)]);
    }

    public Generator.Run Build { get; }

    /// <summary>The folder holding the built site (under <see cref="SiteFolder"/>), to serve over HTTP.</summary>
    public string ServeRoot => _temp.Root;

    public string SiteRoot => _temp.Path(SiteFolder);

    public void AssertBuilt() => Assert.True(Build.ExitCode == 0, $"the payload site did not build:\n{Build.Stderr}");

    public void Dispose() => _temp.Dispose();
}
