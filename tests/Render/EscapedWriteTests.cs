using Scriban.Runtime;
using StatementArchive.Diagnostics;
using StatementArchive.Render;

namespace StatementArchive.Tests.Render;

/// <summary>
/// A value is escaped straight into the page, not into a string Scriban then writes: the page must be
/// what Scriban writing the escaped string would make, indenting and all.
/// </summary>
public class EscapedWriteTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("ends with a special <")]
    [InlineData("ends with a line feed & more\n")]
    [InlineData("a pair at the end 😀")]
    [InlineData("a lone surrogate at the end \uD800")]
    [InlineData("a control character at the end \u0001")]
    [InlineData("\"quoted\" 'both' & <tags>\nsecond line\n  indented <third>")]
    [InlineData("<")]
    [InlineData("")]
    public void A_value_escaped_into_the_page_reads_as_the_escaped_string_written_by_Scriban(string value)
    {
        // Each value is written into text, then before a block indented on its own line, which Scriban indents
        // according to whether the output ended a line.
        const string template = "<p>{{ value }}</p>\n<pre>\n  {{ value }}\n  {{ after }}\n</pre>\n";

        var escaped = Render(template, value);
        var byScriban = Render(template, new Html(HtmlText.Escape(value)));

        Assert.Equal(byScriban, escaped);
        Assert.Contains("<p>" + HtmlText.Escape(value) + "</p>", escaped);
    }

    private static string Render(string template, object value)
    {
        var folder = Directory.CreateTempSubdirectory("escaped-write-");
        try
        {
            File.WriteAllText(Path.Combine(folder.FullName, "page.txt.html"), template);
            var templates = TemplateSet.Load(folder.FullName, "templates", new DiagnosticBag())!.AsWritten;
            var context = new HtmlTemplateContext(templates);
            context.PushGlobal(new ScriptObject { ["value"] = value, ["after"] = "x\ny" });
            context.RenderPage(templates.Find("page.txt.html")!);
            return context.PageOutput.ToString();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
