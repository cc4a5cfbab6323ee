using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatementArchive.Domain;

namespace StatementArchive.Render;

/// <summary>
/// Writes the search index as script files under search/data/. Scripts, not JSON fetched with
/// fetch(): a page opened from disk (file://) may load scripts but not fetch files. Each file is one
/// call, <c>archiveSearch.add(name, data)</c>, with plain JSON as data (no code to evaluate). meta.js
/// is small (shard lists, and each document's date, type and issuer for the filters) and loaded with
/// the page; t/KEY.js (postings by term prefix) and d/N.js (title, path, reference and body text of a
/// range of documents, for result lines and snippets) are loaded only when a query needs them.
/// </summary>
public static class SearchScriptBuilder
{
    public const string DataFolder = ViewFactory.SearchPath + "data/";
    public const string ManifestName = "meta";
    public const int FormatVersion = 1;

    /// <summary>Raw size a shard stays under (unless one term or one body is bigger): small enough to load in one round trip, large enough to keep the file count down.</summary>
    public const int TermShardChars = 48 * 1024;
    public const int TextShardChars = 24 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index files, made one at a time as they are asked for: at 10,000 statements they hold 70 MB of text.</summary>
    public static IEnumerable<Page> Build(SearchIndex index)
    {
        var shards = SearchShardPlanner.Plan(index.Terms, TermShardChars);
        var textStarts = TextShardStarts(index.Texts);
        yield return Script(ManifestName, w => Manifest(w, index, shards, textStarts));
        foreach (var page in shards.Select(shard => Script("t/" + SearchShardPlanner.FileName(shard.Key), w =>
        {
            w.WriteStartArray();
            foreach (var term in shard.Terms)
            {
                w.WriteStartArray();
                w.WriteStringValue(term.Term);
                w.WriteStringValue(term.Postings);
                w.WriteEndArray();
            }
            w.WriteEndArray();
        })))
            yield return page;
        for (var s = 0; s < textStarts.Count; s++)
        {
            var start = textStarts[s];
            var end = s + 1 < textStarts.Count ? textStarts[s + 1] : index.Texts.Count;
            yield return Script("d/" + s.ToString(System.Globalization.CultureInfo.InvariantCulture), w =>
            {
                w.WriteStartArray();
                for (var i = start; i < end; i++)
                {
                    var d = index.Documents[i];
                    w.WriteStartArray();
                    w.WriteStringValue(d.Title);
                    w.WriteStringValue(d.SitePath);
                    w.WriteStringValue(d.Reference);
                    w.WriteStringValue(index.Texts[i]);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
            });
        }
    }

    private static void Manifest(Utf8JsonWriter w, SearchIndex index, IReadOnlyList<SearchShardPlanner.Shard> shards, IReadOnlyList<int> textStarts)
    {
        w.WriteStartObject();
        w.WriteNumber("version", FormatVersion);
        w.WriteString("alphabet", PostingEncoder.Alphabet);
        Strings(w, "stop", SearchTokenizer.StopWords);
        w.WriteString("fold", SearchFolding.Pairs);
        Strings(w, "types", Enum.GetValues<StatementType>().Select(t => t.Label()));
        Strings(w, "typeSlugs", Enum.GetValues<StatementType>().Select(t => t.Slug()));
        Strings(w, "issuers", index.Issuers);
        Strings(w, "shards", shards.Select(s => s.Key));
        Strings(w, "shardFiles", shards.Select(s => SearchShardPlanner.FileName(s.Key)));
        w.WriteStartArray("texts");
        foreach (var start in textStarts) w.WriteNumberValue(start);
        w.WriteEndArray();
        // Filters need every document's date, type and issuer up front; as columns they stay small.
        w.WriteStartArray("dates");
        foreach (var d in index.Documents) w.WriteNumberValue(d.Date);
        w.WriteEndArray();
        w.WriteString("docTypes", string.Concat(index.Documents.Select(d => (char)('0' + d.Type))));
        w.WriteStartArray("docIssuers");
        foreach (var d in index.Documents) w.WriteNumberValue(d.Issuer);
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary>First document of each document shard: consecutive bodies packed up to <see cref="TextShardChars"/>.</summary>
    private static IReadOnlyList<int> TextShardStarts(IReadOnlyList<string> texts)
    {
        var starts = new List<int>();
        var size = 0;
        for (var i = 0; i < texts.Count; i++)
        {
            if (i == 0 || (size > 0 && size + texts[i].Length > TextShardChars))
            {
                starts.Add(i);
                size = 0;
            }
            size += texts[i].Length;
        }
        return starts;
    }

    private static void Strings(Utf8JsonWriter w, string name, IEnumerable<string> values)
    {
        w.WriteStartArray(name);
        foreach (var value in values) w.WriteStringValue(value);
        w.WriteEndArray();
    }

    /// <summary>
    /// The relaxed encoder keeps '<' and the line and paragraph separators raw (smaller files, and valid
    /// JSON); as code, "&lt;/script" or "&lt;!--" would end or hide the script were it ever inlined, and U+2028
    /// ends a line in older engines. JSON has '<' and these only inside strings, where \u escapes mean the same.
    /// </summary>
    private static string ScriptSafe(string json) =>
        json.Replace("<", "\\u003C", StringComparison.Ordinal)
            .Replace("\u2028", "\\u2028", StringComparison.Ordinal)
            .Replace("\u2029", "\\u2029", StringComparison.Ordinal);

    private static Page Script(string name, Action<Utf8JsonWriter> data)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options)) data(writer);
        var text = $"archiveSearch.add(\"{name}\",{ScriptSafe(Encoding.UTF8.GetString(buffer.ToArray()))});\n";
        return new Page(DataFolder + name + ".js", text, null);
    }
}
