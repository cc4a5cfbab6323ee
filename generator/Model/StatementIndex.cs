using StatementArchive.Domain;

namespace StatementArchive.Model;

/// <summary>
/// Finds a statement by the two ways content links to another statement: its site path
/// (<c>statements/2022/x/</c>) or its content file (<c>statements/2022/x.md</c>, relative to content/).
/// </summary>
public sealed class StatementIndex
{
    private readonly Dictionary<string, int> _byKey;

    public StatementIndex(IReadOnlyList<Statement> statements, Func<Statement, string> contentRelativePath)
    {
        _byKey = new Dictionary<string, int>(statements.Count * 2, StringComparer.Ordinal);
        for (var i = 0; i < statements.Count; i++)
        {
            _byKey.TryAdd(statements[i].SitePath, i);
            _byKey.TryAdd(contentRelativePath(statements[i]), i);
        }
    }

    /// <param name="key">A site path with or without its trailing slash, or a content-relative .md path.</param>
    public int Find(string key)
    {
        if (_byKey.TryGetValue(key, out var index)) return index;
        if (!key.EndsWith('/') && !key.EndsWith(".md", StringComparison.Ordinal) && _byKey.TryGetValue(key + "/", out index)) return index;
        return -1;
    }
}
