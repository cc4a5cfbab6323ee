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
