namespace StatementArchive.Diagnostics;

/// <summary>
/// A problem in the user's input, printed as <c>path:line:column: error: message</c>.
/// Line and column are 1-based; library positions are converted once, where they are read.
/// </summary>
public sealed record Diagnostic(string Path, int Line, int Column, string Message)
{
    public override string ToString() =>
        Column > 0 ? $"{Path}:{Line}:{Column}: error: {Message}" : $"{Path}:{Line}: error: {Message}";
}
