namespace StatementArchive.Tests.Quality;

/// <summary>
/// The quality checks share one fixture (one build, one server, one Chromium) and, like the browser
/// tests, run on their own after the parallel tests so Chromium and the Nu checker's JVM do not compete
/// with generator processes on a two-core machine.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class QualityCollection : ICollectionFixture<QualityFixture>
{
    public const string Name = "quality";
}
