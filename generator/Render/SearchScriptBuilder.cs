using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using StatementArchive.Domain;

namespace StatementArchive.Render;

/// <summary>
/// Writes the search index as script files under search/data/. Scripts, not JSON fetched with
/// fetch(): a page opened from disk (file://) may load scripts but not fetch files. Each file is one
/// call, <c>archiveSearch.add(name, data)</c>, with plain JSON as data (no code to evaluate). meta.js
/// is small (shard lists, and each document's date, type, issuer and length as compact columns) and
/// loaded with the page; t/KEY.js (postings by term prefix) and d/N.js (title, path, reference and
/// snippet text of a range of documents) are loaded only when a query needs them.
/// </summary>
public static class SearchScriptBuilder
{
    public const string DataFolder = ViewFactory.SearchPath + "data/";
    public const string ManifestName = "meta";
    public const int FormatVersion = 2;

    /// <summary>Raw size a shard stays under (unless one term is bigger): small enough to load in one round trip, large enough to keep the file count down.</summary>
    public const int TermShardChars = 48 * 1024;

    /// <summary>
    /// A first page of results needs about twenty documents from anywhere in the archive, so each
    /// one costs a whole shard: smaller shards load less per query, larger ones compress better and
    /// make fewer files.
    /// </summary>
    public const int DocumentShardChars = 12 * 1024;

    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The index files, made one at a time as they are asked for.</summary>
    public static IEnumerable<Page> Build(SearchIndex index)
    {
        var shards = SearchShardPlanner.Plan(index.Terms, TermShardChars);
        var documentShards = DocumentShardStarts(index);
        yield return Script(ManifestName, w => Manifest(w, index, shards, documentShards));
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
        for (var s = 0; s < documentShards.Count; s++)
        {
            var start = documentShards[s];
            var end = s + 1 < documentShards.Count ? documentShards[s + 1] : index.Documents.Count;
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
                    w.WriteStringValue(index.Passages[i]);
                    if (d.Language is not null)
                        w.WriteStringValue(d.Language);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
            });
        }
    }

    private static void Manifest(Utf8JsonWriter w, SearchIndex index, IReadOnlyList<SearchShardPlanner.Shard> shards, IReadOnlyList<int> documentShards)
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
        w.WriteNumber("k1", SearchIndexBuilder.K1);
        w.WriteNumber("b", SearchIndexBuilder.B);
        // Columns of numbers in the posting alphabet, a few characters each: the number of documents in
        // each document shard; every document's date, type, issuer and length, needed up front (filters,
        // BM25). Dates go newest first, so each is written as its distance below the one before (zigzag,
        // should an order ever put a later one after).
        var shardSizes = new StringBuilder();
        for (var s = 0; s < documentShards.Count; s++)
            PostingEncoder.AppendNumber(shardSizes, (s + 1 < documentShards.Count ? documentShards[s + 1] : index.Documents.Count) - documentShards[s]);
        w.WriteString("docShards", shardSizes.ToString());
        var dates = new StringBuilder();
        var issuers = new StringBuilder();
        var lengths = new StringBuilder();
        var types = new StringBuilder();
        var previous = 0L;
        for (var i = 0; i < index.Documents.Count; i++)
        {
            var d = index.Documents[i];
            var below = previous - d.Date;
            PostingEncoder.AppendNumber(dates, below >= 0 ? below * 2 : -below * 2 - 1);
            previous = d.Date;
            PostingEncoder.AppendNumber(issuers, d.Issuer);
            PostingEncoder.AppendNumber(lengths, index.Lengths[i]);
            types.Append((char)('0' + d.Type));
        }
        w.WriteString("dates", dates.ToString());
        w.WriteString("docTypes", types.ToString());
        w.WriteString("docIssuers", issuers.ToString());
        w.WriteString("lengths", lengths.ToString());
        w.WriteEndObject();
    }

    /// <summary>First document of each document shard: consecutive documents packed up to <see cref="DocumentShardChars"/>.</summary>
    private static IReadOnlyList<int> DocumentShardStarts(SearchIndex index)
    {
        var starts = new List<int>();
        var size = 0;
        for (var i = 0; i < index.Documents.Count; i++)
        {
            var d = index.Documents[i];
            var length = d.Title.Length + d.SitePath.Length + d.Reference.Length + index.Passages[i].Length + (d.Language?.Length ?? 0) + 16;
            if (i == 0 || (size > 0 && size + length > DocumentShardChars))
            {
                starts.Add(i);
                size = 0;
            }
            size += length;
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
    /// The JSON's UTF-8 is copied as bytes with those three escaped: a shard never becomes a string.
    /// </summary>
    private static void WriteScriptSafe(ReadOnlySpan<byte> json, ArrayBufferWriter<byte> output)
    {
        while (!json.IsEmpty)
        {
            // '<', or the first byte of U+2028 and U+2029 (E2 80 A8, E2 80 A9).
            var at = json.IndexOfAny((byte)'<', (byte)0xE2);
            if (at < 0)
            {
                output.Write(json);
                return;
            }
            output.Write(json[..at]);
            json = json[at..];
            if (json[0] == '<')
            {
                output.Write("\\u003C"u8);
                json = json[1..];
            }
            else if (json.Length >= 3 && json[1] == 0x80 && json[2] is 0xA8 or 0xA9)
            {
                output.Write(json[2] == 0xA8 ? "\\u2028"u8 : "\\u2029"u8);
                json = json[3..];
            }
            else
            {
                output.Write(json[..1]);
                json = json[1..];
            }
        }
    }

    private static Page Script(string name, Action<Utf8JsonWriter> data)
    {
        var json = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(json, Options)) data(writer);
        var script = new ArrayBufferWriter<byte>(json.WrittenCount + name.Length + 32);
        script.Write(Encoding.UTF8.GetBytes($"archiveSearch.add(\"{name}\","));
        WriteScriptSafe(json.WrittenSpan, script);
        script.Write(");\n"u8);
        return new Page(DataFolder + name + ".js", script.WrittenMemory, null);
    }
}
