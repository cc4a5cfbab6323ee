using Scriban.Runtime;
using StatementArchive.Diagnostics;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

public class HtmlTemplateContextTests
{
    private static string Render(string template, object model, params (string Name, string Text)[] partials)
    {
        using var temp = new TempDirectory();
        temp.Write("page.html", template);
        foreach (var (name, text) in partials) temp.Write(name, text);
        var diagnostics = new DiagnosticBag();
        var set = TemplateSet.Load(temp.Root, "templates", diagnostics)!;
        Assert.False(diagnostics.HasErrors);

        var context = new HtmlTemplateContext(set);
        var globals = new ScriptObject();
        globals.Import(model);
        context.PushGlobal(globals);
        return set.Find("page.html")!.Render(context);
    }

    private sealed record Model(string Title, Html Body);

    [Fact]
    public void Every_value_is_escaped_for_text_and_attributes()
    {
        var html = Render("<a title=\"{{ title }}\">{{ title }}</a>", new Model("\"><svg onload=alert(1)> & 'x'", new Html("")));
        Assert.Equal("<a title=\"&quot;&gt;&lt;svg onload=alert(1)&gt; &amp; &#39;x&#39;\">&quot;&gt;&lt;svg onload=alert(1)&gt; &amp; &#39;x&#39;</a>", html);
    }

    [Fact]
    public void Html_made_by_the_generator_is_written_as_it_is()
    {
        Assert.Equal("<div><p id=\"p1\">x</p></div>", Render("<div>{{ body }}</div>", new Model("t", new Html("<p id=\"p1\">x</p>"))));
    }

    [Fact]
    public void Partials_are_not_escaped_twice_and_still_escape_their_values()
    {
        var html = Render("<main>{{ include '_part.html' }}</main>", new Model("<b>", new Html("")), ("_part.html", "<h1>{{ title }}</h1>"));
        Assert.Equal("<main><h1>&lt;b&gt;</h1></main>", html);
    }

    [Fact]
    public void A_misspelt_variable_is_an_error_not_an_empty_string()
    {
        var error = Assert.ThrowsAny<Scriban.Syntax.ScriptRuntimeException>(() => Render("{{ titel }}", new Model("t", new Html(""))));
        Assert.Contains("titel", error.Message);
    }

    [Fact]
    public void Pages_longer_than_a_megabyte_are_not_cut()
    {
        var long_ = new string('x', 3_000_000);
        Assert.Contains(long_ + "<", Render("<p>{{ title }}</p><p>after", new Model(long_, new Html(""))));
    }

    [Fact]
    public void Template_content_in_statement_text_is_not_evaluated()
    {
        Assert.Equal("{{ 1 + 1 }}", Render("{{ title }}", new Model("{{ 1 + 1 }}", new Html(""))));
    }
}
