using StatementArchive.Diagnostics;
using StatementArchive.Domain;
using StatementArchive.Load;
using StatementArchive.Render;

namespace StatementArchive.Tests.Security;

/// <summary>What the payload site found, pinned at the unit that was fixed.</summary>
public sealed class HardeningRegressionTests
{
    [Fact]
    public void A_slug_from_one_very_long_word_fits_a_folder_name()
    {
        // An issuer written as one 8,000-character word made a folder name the file system refused (internal error).
        var slug = Slugs.From("Issuer " + string.Concat(Enumerable.Repeat("Verteidigungsbündnis", 400)));
        Assert.InRange(slug.Length, 1, Slugs.MaxLength);
        Assert.True(Slugs.IsValid(slug));
        Assert.False(Slugs.IsValid(new string('a', Slugs.MaxLength + 1)));
        Assert.Equal("north-atlantic", Slugs.From("North Atlantic Council", 16));
    }

    [Theory]
    [InlineData("bell\u0007", "bell\uFFFD")]
    [InlineData("esc\u001B[31m", "esc\uFFFD[31m")]
    [InlineData("c1\u0085 del\u007F", "c1\uFFFD del\uFFFD")]
    [InlineData("pair \uD83D\uDE00 kept", "pair \uD83D\uDE00 kept")]
    [InlineData("tab\tline\nfeed", "tab\tline\nfeed")]
    [InlineData("<a href='x'>&", "&lt;a href=&#39;x&#39;&gt;&amp;")]
    public void Escaped_text_holds_only_characters_xml_accepts(string text, string expected)
    {
        Assert.Equal(expected, HtmlText.Escape(text));
        Assert.Equal(expected.Contains('&', StringComparison.Ordinal) ? text : expected, HtmlText.ReplaceInvalid(text));
    }

    [Fact]
    public void An_unpaired_surrogate_becomes_a_replacement_character()
    {
        // Not InlineData: xunit cannot carry an unpaired surrogate through test case serialization.
        Assert.Equal("lone \uFFFD high \uFFFD", HtmlText.Escape("lone \uD800 high \uDC00"));
        Assert.Equal("lone \uFFFD high \uFFFD", HtmlText.ReplaceInvalid("lone \uD800 high \uDC00"));
    }

    [Fact]
    public void A_diagnostic_shows_controls_and_bidi_overrides_as_escapes_on_one_line()
    {
        var printed = new Diagnostic("content/x.md", 3, 7, "type \"\u202Egnp.exe\u001B[2J\u2028x\"").ToString();
        Assert.Equal("content/x.md:3:7: error: type \"\\u202Egnp.exe\\u001B[2J\\u2028x\"", printed);
    }

    [Theory]
    [InlineData("javascript:alert(1)", false)]
    [InlineData("JaVaScRiPt:alert(1)", false)]
    [InlineData(" javascript:alert(1)", false)]
    [InlineData("data:text/html,x", false)]
    [InlineData("file:///C:/x.htm", false)]
    [InlineData("//evil.example/", false)]
    [InlineData("https://", false)]
    [InlineData("https://www.nato.int/cps/en/natohq/official_texts.htm", true)]
    [InlineData("HTTP://example.org/?q=<script>", true)]
    public void Only_web_addresses_become_links(string url, bool accepted) => Assert.Equal(accepted, WebAddress.IsHttp(url));

    [Fact]
    public void A_source_url_that_is_not_a_web_address_is_an_error_at_its_line()
    {
        var text = "---\ntitle: T\ndate: 2022-09-22\nissuer: I\ntype: statement\nsource:\n  url: javascript:alert(1)\n---\n\nText.\n";
        var diagnostics = new DiagnosticBag();
        Assert.Null(StatementParser.Parse("x.md", "2022/x.md", text, diagnostics));
        var error = Assert.Single(diagnostics.Sorted());
        Assert.Equal(7, error.Line);
        Assert.Contains("https://", error.Message, StringComparison.Ordinal);
    }
}
