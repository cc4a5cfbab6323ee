namespace StatementArchive.Tests.Browser;

/// <summary>
/// Browser tests share one fixture (two builds, one server, one Chromium) and run on their own,
/// after the parallel tests: on a two-core machine, Chromium competing with generator processes
/// started by other tests makes timings needlessly loose.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
