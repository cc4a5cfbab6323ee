using System.Globalization;
using System.Text.RegularExpressions;
using StatementArchive.Domain;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace StatementArchive.Import;

/// <summary>
/// The YAML front matter, keys in the order the loader and readers expect. YamlDotNet's emitter
/// chooses the quoting (titles hold quotes and colons); values a YAML reader would take for a
/// number, boolean, null or date are double-quoted so they stay strings.
/// </summary>
public static partial class FrontMatterWriter
{
    [GeneratedRegex(@"^(?:[-+]?(?:\d[\d_]*(?:\.\d*)?|\.\d+)(?:[eE][-+]?\d+)?|0x[0-9a-fA-F]+|0o[0-7]+|true|false|yes|no|on|off|null|~|\d{4}-\d{2}-\d{2}.*|\.(?:inf|nan))$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();

    public static string Write(ImportedFrontMatter front)
    {
        using var writer = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        var emitter = new Emitter(writer, 2, int.MaxValue);
        emitter.Emit(new StreamStart());
        emitter.Emit(new DocumentStart(null, null, isImplicit: true));
        emitter.Emit(new MappingStart());
        Pair(emitter, "title", front.Title);
        Key(emitter, "date");
        emitter.Emit(Plain(front.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)));
        Pair(emitter, "issuer", front.Issuer);
        Pair(emitter, "type", front.Type.Slug());
        Pair(emitter, "reference", front.Reference);
        Pair(emitter, "location", front.Location);
        Pair(emitter, "language", front.Language);
        if (front.Tags.Count > 0)
        {
            Key(emitter, "tags");
            emitter.Emit(new SequenceStart(AnchorName.Empty, TagName.Empty, isImplicit: true, SequenceStyle.Flow));
            foreach (var tag in front.Tags)
                emitter.Emit(Value(tag));
            emitter.Emit(new SequenceEnd());
        }
        WriteSource(emitter, front.Source);
        emitter.Emit(new MappingEnd());
        emitter.Emit(new DocumentEnd(isImplicit: true));
        emitter.Emit(new StreamEnd());
        return "---\n" + writer.ToString().Replace("\r\n", "\n").TrimEnd('\n') + "\n---\n";
    }

    private static void WriteSource(IEmitter emitter, SourceInfo source)
    {
        Key(emitter, "source");
        emitter.Emit(new MappingStart());
        Pair(emitter, "file", source.File);
        Pair(emitter, "sha256", source.Sha256);
        Pair(emitter, "url", source.Url);
        Pair(emitter, "channel", source.Channel);
        Pair(emitter, "note", source.Note);
        if (source.Record.Count > 0)
        {
            Key(emitter, "record");
            emitter.Emit(new MappingStart());
            // A raw file can state a field twice, or state one the header also credits ("source"): a YAML
            // mapping cannot hold a key twice, so a repeat with the same value is dropped and another value
            // gets a numbered key (source_2), keeping every value the raw text gave.
            var written = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
            var used = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (key, value) in source.Record)
            {
                if (!written.TryGetValue(key, out var values)) written[key] = values = [];
                if (!values.Add(value)) continue;
                var unique = key;
                for (var n = 2; !used.Add(unique); n++) unique = $"{key}_{n}";
                Pair(emitter, unique, value);
            }
            emitter.Emit(new MappingEnd());
        }
        if (source.Removed.Count > 0)
        {
            Key(emitter, "removed");
            emitter.Emit(new SequenceStart(null, null, false, SequenceStyle.Block));
            foreach (var line in source.Removed)
                emitter.Emit(Value(line));
            emitter.Emit(new SequenceEnd());
        }
        emitter.Emit(new MappingEnd());
    }

    private static void Pair(IEmitter emitter, string key, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
            return;
        Key(emitter, key);
        emitter.Emit(Value(value));
    }

    private static void Key(IEmitter emitter, string key) => emitter.Emit(Plain(key));

    private static Scalar Plain(string value) =>
        new(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Plain, isPlainImplicit: true, isQuotedImplicit: false);

    /// <summary>
    /// Double quotes where a plain or single-quoted scalar would not read back: values YAML would type
    /// (dates, numbers, booleans), and any control or surrogate character copied from a damaged source,
    /// which only the double-quoted style can escape.
    /// </summary>
    private static Scalar Value(string value) => LooksTyped().IsMatch(value) || value.Any(c => char.IsControl(c) || char.IsSurrogate(c))
        ? new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.DoubleQuoted, isPlainImplicit: false, isQuotedImplicit: true)
        : new Scalar(AnchorName.Empty, TagName.Empty, value, ScalarStyle.Any, isPlainImplicit: true, isQuotedImplicit: true);
}
