namespace StatementArchive.Commands;

public sealed record BuildOptions(string ContentDirectory, string TemplatesDirectory, string OutputDirectory, string? BaseUrl, bool Timings = false);
