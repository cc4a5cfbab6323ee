namespace StatementArchive.Commands;

/// <param name="Offline">Build the copy for reading from disk: links to files, not folders (see SiteUrls).</param>
/// <param name="Zip">An offline zip to publish with the web build, linked from every page with its size.</param>
public sealed record BuildOptions(
    string ContentDirectory,
    string TemplatesDirectory,
    string OutputDirectory,
    string? BaseUrl,
    bool Timings = false,
    bool Offline = false,
    string? Zip = null);
