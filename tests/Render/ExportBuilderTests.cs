using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatementArchive.Diagnostics;
using StatementArchive.Model;
using StatementArchive.Render;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Render;

public class ExportBuilderTests
{
    // Quotes, a backslash, non-ASCII, '<', and the line separator JSON escapes differently from script.
    private const string Text = "He said \"no\" \\ to <b>it</b>, « déjà » \u2028 😀.\nSecond block.";

    private static (string Json, string Csv) Export(string plainText)
    {
        var model = SiteModelBuilder.Build(TestStatements.Content(TestStatements.Make("2022-01-01-a", "2022-01-01", title: "A \"quoted\" title")), new DiagnosticBag());
        var bodies = new[] { new RenderedBody(new Html(""), "Excerpt.", plainText) };
        var files = new ExportBuilder(model, bodies, new ViewFactory(model, bodies, SiteEdition.Web)).Files().ToDictionary(f => f.Path);
        string Written(string path)
        {
            using var stream = new MemoryStream();
            files[path].WriteTo(stream);
            return Encoding.UTF8.GetString(stream.ToArray());
        }
        return (Written(ExportBuilder.JsonPath), Written(ExportBuilder.CsvPath));
    }

    [Fact]
    public void Json_text_written_from_utf8_is_what_the_string_would_have_written()
    {
        var (json, _) = Export(Text);

        Assert.Contains("\"text\":" + StringPath(Text) + "}", json);
        using var parsed = JsonDocument.Parse(json);
        Assert.Equal(Text, parsed.RootElement.GetProperty("statements")[0].GetProperty("text").GetString());
    }

    [Fact]
    public void Json_text_with_a_lone_surrogate_is_written_as_the_string_path_writes_it()
    {
        const string odd = "odd \uD800 text";
        var (json, _) = Export(odd);
        Assert.Contains("\"text\":" + StringPath(odd) + "}", json);
    }

    /// <summary>The JSON string the writer makes from a .NET string, with the exports' options.</summary>
    private static string StringPath(string text)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            writer.WriteStringValue(text);
        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    [Fact]
    public void Csv_quotes_every_field_and_doubles_the_quotes_inside()
    {
        var (_, csv) = Export(Text);
        var rows = csv.TrimStart('\uFEFF').Split("\r\n");
        Assert.Equal("url,title,date,issuer,type,reference,location,language,tags,text", rows[0]);
        Assert.StartsWith("\"https://example.org/repo/statements/2022/2022-01-01-a/\",\"A \"\"quoted\"\" title\",\"2022-01-01\",", rows[1]);
        Assert.EndsWith(",\"He said \"\"no\"\" \\ to <b>it</b>, « déjà » \u2028 😀.\nSecond block.\"", rows[1]);
        Assert.Equal("", rows[2]);
    }
}
