using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatementArchive.Domain;
using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// Data for researchers, not readers: every statement's metadata and plain text as JSON and CSV,
/// and a JSON Feed of the latest. Written as UTF-8 straight into the output files: at 50,000 statements
/// the full text is hundreds of megabytes.
/// </summary>
public sealed class ExportBuilder(SiteModel model, IReadOnlyList<RenderedBody> bodies, ViewFactory views)
{
    public const string JsonPath = "statements.json";
    public const string CsvPath = "statements.csv";
    public const string JsonFeedPath = "feed.json";
    private const int FeedCount = 50;

    // Non-ASCII text stays readable (these are files, not script embedded in HTML).
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false };

    /// <summary>Written straight into their output files when Output takes them (never held whole in memory).</summary>
    public IEnumerable<StaticFile> Files() =>
        [StaticFile.Generated(JsonPath, Json), StaticFile.Generated(CsvPath, Csv), StaticFile.Generated(JsonFeedPath, JsonFeed)];

    private void Json(Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("title", model.Site.Title);
            json.WriteString("home_page_url", model.Site.BaseUrl);
            json.WriteNumber("count", model.Statements.Count);
            json.WriteStartArray("statements");
            for (var i = 0; i < model.Statements.Count; i++)
            {
                var statement = model.Statements[i];
                json.WriteStartObject();
                json.WriteString("url", views.Absolute(statement.SitePath));
                json.WriteString("title", statement.Title);
                json.WriteString("date", Iso(statement.Date));
                json.WriteString("issuer", statement.Issuer);
                json.WriteString("type", statement.Type.Slug());
                Optional(json, "reference", statement.Reference);
                Optional(json, "location", statement.Location);
                json.WriteString("language", statement.Language);
                json.WriteStartArray("tags");
                foreach (var tag in statement.Tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                Optional(json, "updated", statement.Updated is { } updated ? Iso(updated) : null);
                if (statement.Source is { } source)
                {
                    json.WriteStartObject("source");
                    Optional(json, "raw_text", source.PublishedPath is { } raw ? views.Absolute(raw) : null);
                    Optional(json, "sha256", source.Sha256);
                    Optional(json, "url", source.Url);
                    Optional(json, "channel", source.Channel);
                    json.WriteEndObject();
                }
                json.WriteString("text", bodies[i].PlainText);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private void Csv(Stream stream)
    {
        // A byte-order mark, so spreadsheet programs read the file as UTF-8 rather than a local code page.
        using var csv = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 1 << 16, leaveOpen: true);
        csv.Write("url,title,date,issuer,type,reference,location,language,tags,text\r\n");
        for (var i = 0; i < model.Statements.Count; i++)
        {
            var s = model.Statements[i];
            string[] fields = [views.Absolute(s.SitePath), s.Title, Iso(s.Date), s.Issuer, s.Type.Slug(), s.Reference ?? "",
                s.Location ?? "", s.Language, string.Join(';', s.Tags), bodies[i].PlainText];
            csv.Write(string.Join(',', fields.Select(Quote)));
            csv.Write("\r\n");
        }
    }

    /// <summary>RFC 4180: quote every field, double the quotes inside.</summary>
    private static string Quote(string field) => "\"" + field.Replace("\"", "\"\"") + "\"";

    private void JsonFeed(Stream stream)
    {
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            json.WriteStartObject();
            json.WriteString("version", "https://jsonfeed.org/version/1.1");
            json.WriteString("title", model.Site.Title);
            json.WriteString("home_page_url", model.Site.BaseUrl);
            json.WriteString("feed_url", views.Absolute(JsonFeedPath));
            json.WriteString("language", model.Site.Language);
            json.WriteStartArray("items");
            for (var i = 0; i < Math.Min(FeedCount, model.Statements.Count); i++)
            {
                var statement = model.Statements[i];
                json.WriteStartObject();
                json.WriteString("id", views.Absolute(statement.SitePath));
                json.WriteString("url", views.Absolute(statement.SitePath));
                json.WriteString("title", statement.Title);
                json.WriteString("content_text", bodies[i].PlainText);
                json.WriteString("summary", bodies[i].Excerpt);
                json.WriteString("date_published", Iso(statement.Date) + "T00:00:00Z");
                if (statement.Updated is { } updated) json.WriteString("date_modified", Iso(updated) + "T00:00:00Z");
                json.WriteString("language", statement.Language);
                json.WriteStartArray("authors");
                json.WriteStartObject();
                json.WriteString("name", statement.Issuer);
                json.WriteEndObject();
                json.WriteEndArray();
                json.WriteStartArray("tags");
                foreach (var tag in statement.Tags) json.WriteStringValue(tag);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
