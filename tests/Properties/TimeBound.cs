namespace StatementArchive.Tests.Properties;

/// <summary>
/// Runs one input through the code under test and fails if it takes longer than <see cref="PerInput"/>:
/// a regex that backtracks or a loop that never ends shows as a failing case, not as a CI job that never finishes.
/// </summary>
public static class TimeBound
{
    /// <summary>Generous: every input here is at most a few KB, which takes milliseconds.</summary>
    public static readonly TimeSpan PerInput = TimeSpan.FromSeconds(2);

    public static T Run<T>(Func<T> work, string input)
    {
        var task = Task.Run(work);
        if (Task.WhenAny(task, Task.Delay(PerInput)).GetAwaiter().GetResult() != task)
            throw new TimeoutException($"no answer in {PerInput.TotalSeconds} s for input {Describe(input)}");
        return task.GetAwaiter().GetResult();
    }

    /// <summary>The input as a C# string literal, so a failure can be pasted into a regression test.</summary>
    public static string Describe(string input)
    {
        var builder = new System.Text.StringBuilder("\"");
        foreach (var c in input)
        {
            _ = c switch
            {
                '"' => builder.Append("\\\""),
                '\\' => builder.Append("\\\\"),
                '\n' => builder.Append("\\n"),
                '\r' => builder.Append("\\r"),
                '\t' => builder.Append("\\t"),
                _ when c < ' ' || c > '~' => builder.Append($"\\u{(int)c:X4}"),
                _ => builder.Append(c),
            };
        }
        return builder.Append('"').ToString();
    }
}
