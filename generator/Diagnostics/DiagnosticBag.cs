using System.Collections.Concurrent;

namespace StatementArchive.Diagnostics;

/// <summary>
/// Collects diagnostics from every file (in parallel stages too), so a build reports all problems at
/// once; <see cref="Sorted"/> gives them in a stable order whatever order the threads ran in.
/// </summary>
public sealed class DiagnosticBag
{
    private readonly ConcurrentBag<Diagnostic> _items = [];

    public bool HasErrors => !_items.IsEmpty;

    public void Add(Diagnostic diagnostic) => _items.Add(diagnostic);

    public void Add(string path, int line, int column, string message) =>
        _items.Add(new Diagnostic(path, line, column, message));

    public IReadOnlyList<Diagnostic> Sorted() =>
        _items.OrderBy(d => d.Path, StringComparer.Ordinal)
            .ThenBy(d => d.Line)
            .ThenBy(d => d.Column)
            .ThenBy(d => d.Message, StringComparer.Ordinal)
            .ToList();
}
