using FsCheck;
using FsCheck.Fluent;
using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Import;
using StatementArchive.Load;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Properties;

/// <summary>
/// The importer on scrambled seeds and on noise: it never throws and never hangs; it either succeeds,
/// and then what it wrote loads with the build's parser without a diagnostic (what import writes,
/// build must accept), or fails with at least one error at a line of the raw file.
/// </summary>
public sealed class StatementImporterProperties
{
    private static readonly TagVocabulary Vocabulary = LoadVocabulary();
    private static readonly StatementImporter Importer = new(Vocabulary);
    private static readonly HashSet<string> KnownTags = Vocabulary.Tags.Select(t => t.Slug).ToHashSet(StringComparer.Ordinal);

    [PropertyRun(Cases = 400)]
    public Property Scrambled_seeds_import_to_loadable_markdown_or_fail_cleanly() =>
        Prop.ForAll(RawStatementGen.Raw.ToArbitrary(), Check);

    [PropertyRun(Cases = 400)]
    public Property Noise_imports_to_loadable_markdown_or_fails_cleanly() =>
        Prop.ForAll(TextGen.Any.ToArbitrary(), Check);

    internal static void Check(string text)
    {
        var result = TimeBound.Run(() => Importer.Import(RawStatement.FromText("raw.txt", text)), text);
        if (!result.Succeeded)
        {
            Assert.True(result.Errors.Count > 0, $"neither success nor an error for {TimeBound.Describe(text)}");
            var lines = DiagnosticChecks.LineCount(text);
            Assert.All(result.Errors, e => Assert.True(e.Line >= 1 && e.Line <= lines, $"error at line {e.Line} of {lines}: {e.Message} for {TimeBound.Describe(text)}"));
            return;
        }
        var diagnostics = new DiagnosticBag();
        var statement = StatementParser.Parse(result.RelativePath!, result.RelativePath!["statements/".Length..], result.Markdown!, diagnostics, KnownTags);
        Assert.True(statement is not null && !diagnostics.HasErrors,
            $"imported Markdown does not load: {string.Join(" | ", diagnostics.Sorted())}\nraw: {TimeBound.Describe(text)}\nmarkdown: {TimeBound.Describe(result.Markdown!)}");
    }

    private static TagVocabulary LoadVocabulary()
    {
        var errors = new List<Diagnostic>();
        var vocabulary = TagVocabularyLoader.Load(Repo.Path("content", "tags.yml"), errors);
        Assert.Empty(errors);
        return vocabulary;
    }
}
