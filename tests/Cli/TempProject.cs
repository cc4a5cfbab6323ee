using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Cli;

/// <summary>A project folder in temp: the repository's real templates, a site.yml and statements written by the test.</summary>
public sealed class TempProject : IDisposable
{
    private readonly TempDirectory _temp = new();

    public TempProject()
    {
        foreach (var file in Directory.EnumerateFiles(Repo.Path("templates"), "*", SearchOption.AllDirectories))
            _temp.Write(System.IO.Path.Combine("templates", System.IO.Path.GetRelativePath(Repo.Path("templates"), file)), File.ReadAllText(file));
        _temp.Write("content/site.yml", "title: Test archive\nbase_url: https://example.org/repo/\n");
        AddStatement("2022/good.md", "Good statement", "2022-09-22", "statement");
    }

    public string Root => _temp.Root;

    public string Path(params string[] parts) => _temp.Path(parts);

    public string Write(string relativePath, string text) => _temp.Write(relativePath, text);

    public void AddStatement(string relativePath, string title, string date, string type, string body = "We condemn it.") =>
        _temp.Write($"content/statements/{relativePath}",
            $"---\ntitle: {title}\ndate: {date}\nissuer: North Atlantic Council\ntype: {type}\n---\n\n{body}\n");

    public Generator.Run Run(params string[] args) => Generator.Execute(Root, args);

    public void Dispose() => _temp.Dispose();
}
