using System.Globalization;
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
    private const int FlushAt = 1 << 16;

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
                Optional(json, "summary", statement.Summary);
                if (statement.Source is { } source)
                {
                    json.WriteStartObject("source");
                    Optional(json, "raw_text", source.PublishedPath is { } raw ? views.Absolute(raw) : null);
                    Optional(json, "sha256", source.Sha256);
                    Optional(json, "url", source.Url);
                    Optional(json, "channel", source.Channel);
                    Optional(json, "note", source.Note);
                    if (source.Record.Count > 0)
                    {
                        // A list of pairs, not an object: a record may name one field twice.
                        json.WriteStartArray("record");
                        foreach (var (field, value) in source.Record)
                        {
                            json.WriteStartObject();
                            json.WriteString("field", field);
                            json.WriteString("value", value);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
                Text(json, "text", bodies[i].PlainTextUtf8);
                json.WriteEndObject();
                // The writer holds everything until flushed: unflushed, the whole export would sit in memory.
                if (json.BytesPending > FlushAt) json.Flush();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
    }

    private void Csv(Stream stream)
    {
        using var csv = new CsvWriter(stream);
        csv.WriteByteOrderMark();
        csv.WriteRawLine("url,title,date,issuer,type,reference,location,language,tags,text");
        for (var i = 0; i < model.Statements.Count; i++)
        {
            var s = model.Statements[i];
            csv.WriteField(views.Absolute(s.SitePath));
            csv.WriteField(s.Title);
            csv.WriteField(Iso(s.Date));
            csv.WriteField(s.Issuer);
            csv.WriteField(s.Type.Slug());
            csv.WriteField(s.Reference ?? "");
            csv.WriteField(s.Location ?? "");
            csv.WriteField(s.Language);
            csv.WriteField(string.Join(';', s.Tags));
            csv.WriteField(bodies[i].PlainTextUtf8);
            csv.EndRow();
        }
    }

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
                Text(json, "content_text", bodies[i].PlainTextUtf8);
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

    /// <summary>Body text goes from its UTF-8 bytes straight into the file, without a string made of it.</summary>
    private static void Text(Utf8JsonWriter json, string name, Utf8Text text)
    {
        if (text.IsUtf8) json.WriteString(name, text.Bytes);
        else json.WriteString(name, text.ToString());
    }

    private static void Optional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is not null) json.WriteString(name, value);
    }

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
