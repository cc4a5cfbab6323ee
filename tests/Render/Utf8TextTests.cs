using System.Text;
using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

public class Utf8TextTests
{
    [Theory]
    [InlineData("")]
    [InlineData("Plain ASCII text.\nA second block.")]
    [InlineData("Déclaration du Conseil de l'Atlantique Nord — « sommet » \u2028 日本語 😀")]
    public void Gives_back_the_string_it_was_made_from_and_holds_it_as_utf8(string text)
    {
        var stored = new Utf8Text(text);
        Assert.True(stored.IsUtf8);
        Assert.Equal(text, stored.ToString());
        Assert.Equal(text.Length, stored.Length);
        Assert.Equal(Encoding.UTF8.GetBytes(text), stored.Bytes.ToArray());
    }

    [Fact]
    public void A_lone_surrogate_is_kept_as_a_string_since_utf8_would_change_it()
    {
        const string text = "before \uD800 after";
        var stored = new Utf8Text(text);
        Assert.False(stored.IsUtf8);
        Assert.Equal(text, stored.ToString());
        Assert.Equal(text.Length, stored.Length);
    }

    [Fact]
    public void A_rendered_body_gives_back_its_html_hints_and_text_and_lets_each_go()
    {
        var hints = LinkHints.Known(["p1"], ["../x/"]);
        var body = new RenderedBody(new Html("<p id=\"p1\">é</p>") { Hints = hints }, "é", "é\nline");

        Assert.Equal("<p id=\"p1\">é</p>", body.Html.Value);
        Assert.Same(hints, body.Html.Hints);
        Assert.Equal("é\nline", body.PlainText);

        var withoutText = body.WithoutPlainText();
        Assert.Equal("", withoutText.PlainText);
        Assert.Equal(body.Html.Value, withoutText.Html.Value);
        Assert.Equal("é", withoutText.Excerpt);

        var withoutHtml = body.WithoutHtml();
        Assert.Equal("", withoutHtml.Html.Value);
        Assert.Null(withoutHtml.Html.Hints);
        Assert.Equal("é\nline", withoutHtml.PlainText);
    }

    [Fact]
    public void Appended_to_a_builder_it_is_the_text_it_was_made_from_even_across_the_decoding_buffer()
    {
        // Long enough for several rounds of the decoder's buffer, with pairs and accents on every boundary.
        var text = string.Concat(Enumerable.Range(0, 900).Select(i => i % 3 == 0 ? "😀é" : "aé😀"));
        var builder = new StringBuilder("before ");

        Utf8Text.AppendTo(builder, new Utf8Text(text).Bytes);

        Assert.Equal("before " + text, builder.ToString());
    }

    [Fact]
    public void Markup_held_as_utf8_is_written_into_a_page_as_the_string_would_be()
    {
        const string body = "<p id=\"p1\">« déjà » 😀</p>\n<p id=\"p2\">two</p>\n<p>tail without a line feed</p>";
        var templates = TemplateSetFor("<main>{{ body }}</main>{{ after }}");
        var context = HtmlTemplateContext.ForThread(templates, escape: true);
        var globals = new Scriban.Runtime.ScriptObject { ["body"] = Html.FromUtf8(new Utf8Text(body), null), ["after"] = "<end>" };
        context.PushGlobal(globals);

        context.RenderPage(templates.Find("page.html")!);

        Assert.Equal("<main>" + body + "</main>&lt;end&gt;", context.PageOutput.ToString());
    }

    private static TemplateSet TemplateSetFor(string page)
    {
        var folder = Directory.CreateTempSubdirectory("utf8-markup-");
        File.WriteAllText(Path.Combine(folder.FullName, "page.html"), page);
        return TemplateSet.Load(folder.FullName, "templates", new StatementArchive.Diagnostics.DiagnosticBag())!;
    }
}
