using System.Text.RegularExpressions;
using StatementArchive.Diagnostics;

namespace StatementArchive.Tests.Properties;

/// <summary>What every reported problem must satisfy: it points at a line that exists in the file.</summary>
public static partial class DiagnosticChecks
{
    /// <summary>Lines as an editor counts them: CRLF, CR and LF each end one.</summary>
    public static int LineCount(string text) => LineBreak().Split(text).Length;

    public static void AssertWithinFile(IEnumerable<Diagnostic> diagnostics, string text)
    {
        var lines = LineCount(text);
        foreach (var d in diagnostics)
        {
            Assert.True(d.Line >= 1 && d.Line <= lines && d.Column >= 0,
                $"{d} points outside the file ({lines} lines) for input {TimeBound.Describe(text)}");
            Assert.False(string.IsNullOrWhiteSpace(d.Message), $"empty message for input {TimeBound.Describe(text)}");
        }
    }

    [GeneratedRegex("\r\n|\r|\n")]
    private static partial Regex LineBreak();
}
