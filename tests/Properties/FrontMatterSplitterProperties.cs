using FsCheck;
using FsCheck.Fluent;
using StatementArchive.Diagnostics;
using StatementArchive.Load;

namespace StatementArchive.Tests.Properties;

/// <summary>The fence finder on any text: a document or one diagnostic, never both, never an exception.</summary>
public sealed class FrontMatterSplitterProperties
{
    private const string Path = "content/statements/2022/x.md";

    [PropertyRun]
    public Property Any_text_gives_a_document_or_a_diagnostic_in_the_file() =>
        Prop.ForAll(TextGen.Any.ToArbitrary(), Check);

    [PropertyRun]
    public Property Almost_valid_files_give_a_document_or_a_diagnostic_in_the_file() =>
        Prop.ForAll(FrontMatterGen.AlmostValid.ToArbitrary(), Check);

    [PropertyRun]
    public Property Yaml_and_body_are_the_lines_between_and_after_the_fences() =>
        Prop.ForAll(FrontMatterGen.AlmostValid.ToArbitrary(), text =>
        {
            var document = FrontMatterSplitter.Split(Path, text, new DiagnosticBag());
            Assert.Equal(ByLines(text), document is null ? null : (document.Yaml, document.Body, document.BodyFirstLine));
        });

    /// <summary>The fences read the plain way: the file as a list of lines.</summary>
    private static (string Yaml, string Body, int BodyFirstLine)? ByLines(string text)
    {
        var lines = text.TrimStart('\uFEFF').Replace("\r\n", "\n").Split('\n');
        if (lines[0].TrimEnd() != "---") return null;
        for (var i = 1; i < lines.Length; i++)
            if (lines[i].TrimEnd() is "---" or "...")
                return (string.Join('\n', lines, 1, i - 1), string.Join('\n', lines, i + 1, lines.Length - i - 1), i + 2);
        return null;
    }

    private static void Check(string text)
    {
        var diagnostics = new DiagnosticBag();
        var document = TimeBound.Run(() => FrontMatterSplitter.Split(Path, text, diagnostics), text);
        var reported = diagnostics.Sorted();
        Assert.True(document is null != (reported.Count == 0), $"document and diagnostics disagree for {TimeBound.Describe(text)}");
        DiagnosticChecks.AssertWithinFile(reported, text);
        if (document is not null)
            Assert.InRange(document.BodyFirstLine, document.YamlFirstLine, DiagnosticChecks.LineCount(text) + 1);
    }
}
