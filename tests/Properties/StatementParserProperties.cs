using FsCheck;
using FsCheck.Fluent;
using StatementArchive.Diagnostics;
using StatementArchive.Load;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// The content-file parser on any text and on hand-edit mutations of a valid file: it never throws
/// and never hangs; it gives a statement with no diagnostic, or no statement and at least one
/// diagnostic at a line of the file.
/// </summary>
public sealed class StatementParserProperties
{
    private const string Path = "content/statements/2022/2022-09-22-x.md";
    private static readonly HashSet<string> KnownTags = ["ukraine", "russia", "nato"];

    [PropertyRun]
    public Property Any_text_gives_a_statement_or_diagnostics_in_the_file() =>
        Prop.ForAll(TextGen.Any.ToArbitrary(), Check);

    [PropertyRun]
    public Property Almost_valid_files_give_a_statement_or_diagnostics_in_the_file() =>
        Prop.ForAll(FrontMatterGen.AlmostValid.ToArbitrary(), Check);

    [Fact]
    public void The_unmutated_file_is_valid() => Assert.NotNull(Parse(FrontMatterGen.Valid).Statement);

    internal static void Check(string text)
    {
        var (statement, diagnostics) = TimeBound.Run(() => Parse(text), text);
        Assert.True(statement is null != (diagnostics.Count == 0), $"statement and diagnostics disagree for {TimeBound.Describe(text)}: {string.Join(" | ", diagnostics)}");
        DiagnosticChecks.AssertWithinFile(diagnostics, text);
    }

    private static (Domain.Statement? Statement, IReadOnlyList<Diagnostic> Diagnostics) Parse(string text)
    {
        var diagnostics = new DiagnosticBag();
        var statement = StatementParser.Parse(Path, "2022/2022-09-22-x.md", text, diagnostics, KnownTags);
        return (statement, diagnostics.Sorted());
    }
}
