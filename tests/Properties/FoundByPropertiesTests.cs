using StatementArchive.Diagnostics;
using StatementArchive.Load;

namespace StatementArchive.Tests.Properties;

/// <summary>Inputs the properties found that broke the code, kept as plain regression tests (each as FsCheck printed it).</summary>
public sealed class FoundByPropertiesTests
{
    [Fact]
    public void A_stray_bracket_line_among_the_keys_is_a_yaml_error_with_a_line_not_a_crash()
    {
        // YamlDotNet threw InvalidOperationException (no position) here; the build ended with an internal error.
        var text = FrontMatterGen.Valid.Replace("issuer: North Atlantic Council", "[", StringComparison.Ordinal);
        var diagnostics = new DiagnosticBag();
        Assert.Null(StatementParser.Parse("x.md", "2022/x.md", text, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Contains("YAML syntax", error.Message, StringComparison.Ordinal);
        // Reported where the last valid token ended (the line before the "["): YamlDotNet gives no position of its own.
        Assert.InRange(error.Line, 3, 4);
        StatementParserProperties.Check(text);
    }

    [Fact]
    public void Unpaired_surrogates_in_raw_text_import_to_markdown_that_loads()
    {
        // The front matter writer escaped them as \uD800, which YAML refuses: the import was unreadable.
        StatementImporterProperties.Check(
            "date: 22 September 2022\ntitle: A title\n\ndate: 2022-02-30\nsource:\n  bogus: 1\n\r8\uD800/fy \u0301f\"p{U??[L\uA3D1=KT<V\r\\\tw\ntags:\n- ukraine\n- 'x y'\ntitle: a\ntitle: b\n\n'\n\naliases: [/x/]\n!!binary AAAA\n \ntitle: [a, b]\n\n!tag value\n\n\naliases: [/x/]\n- - -\n\ndate: 2022-09-22T10:00:00Z\n\n'\n&anchor value\n- - -\n\tkey: tab\n \ntype: null\n\nP\n' 1\u7B5EV\u0007V,H[?c!\"\uDF97.\n]sd= '4]0");
    }

    [Fact]
    public void A_record_field_stated_twice_imports_to_markdown_that_loads()
    {
        // "source: x" stated twice (and credited by the header) was written as a duplicate YAML key.
        StatementImporterProperties.Check(
            "---\nsource: x\na: &x 1\nb: *x\n\n\nsource:\n  url: https://example.org/x\n  note: n\ntags: {a: 1}\nea[\u4B0D!]F\n...\n\n\u03D3.\ntags: [ukraine, russia]\n\n\nupdated: 2023-01-01\n%YAML 1.2\n: no key\n*anchor\nsource:\n  removed: [1, [2]]\nlanguage: en-GB\n\ndate: [2022]\ntype: statement\nsource: x\nslug: a/b\n*anchor\n\ndate: [2022]\ntags:\n- ukraine\n- 'x y'\n: no key\n\n<<: *x\n\n\ntype: null\n\n!!binary AAAA\ntype: null\ntitle:\nsource: x\ntype: statement\na: &x 1\nb: *x\n&anchor value\n--- x\n\u2029\u6F9D\u05EDUT\n} '}T\uAC632r?s\" {\tkp/G\u23EE#&\rA.{M\u3FED%c");
    }
}
