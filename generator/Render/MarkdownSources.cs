using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// The statements' Markdown, taken out of the model for a one-shot build: after the Model stage only
/// Render reads it, once per statement, and at 50,000 statements it is the largest thing loaded (the
/// whole archive as strings). Render lets each body go as soon as it is rendered, so the Markdown and
/// the rendered bodies are never all in memory together. `serve` keeps the Markdown in its model instead.
/// </summary>
public sealed class MarkdownSources
{
    private readonly string?[] _bodies;

    private MarkdownSources(string?[] bodies)
    {
        _bodies = bodies;
        foreach (var body in bodies) Length += body?.Length ?? 0;
    }

    /// <summary>All the Markdown taken, in characters.</summary>
    public long Length { get; }

    /// <summary>The model with every statement's body left empty, and the bodies, indexed like its statements.</summary>
    public static (SiteModel Model, MarkdownSources Sources) TakeFrom(SiteModel model)
    {
        var bodies = new string?[model.Statements.Count];
        var statements = new Domain.Statement[bodies.Length];
        for (var i = 0; i < bodies.Length; i++)
        {
            bodies[i] = model.Statements[i].Body;
            statements[i] = model.Statements[i] with { Body = "" };
        }
        return (model with { Statements = statements }, new MarkdownSources(bodies));
    }

    /// <summary>The Markdown of the statement at <paramref name="index"/>, given once: this no longer holds it.</summary>
    public string Take(int index) =>
        Interlocked.Exchange(ref _bodies[index], null) ?? throw new InvalidOperationException($"the Markdown of statement {index} was already taken");
}
