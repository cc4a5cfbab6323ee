namespace StatementArchive.Commands;

public sealed record ImportOptions(IReadOnlyList<string> Inputs, string ContentDirectory, bool Force, bool DryRun);
