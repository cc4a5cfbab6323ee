using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Pass 1c: a block of fields opening the file. YAML front matter ("---" … "---") and a record
/// export's header (two or more of "Title: …", "Date: …", "Issuer: …"; one alone may be a
/// title such as "Ukraine: Statement by …") state the metadata; email headers ("From:",
/// "Sent:", "To:", "Subject:") give a title candidate and a mailed date. The block is read, its lines
/// are blanked (keeping their numbers) and reported, so it is never taken for the statement.
/// </summary>
public static partial class LeadingFieldsParser
{
    [GeneratedRegex(@"^(?<label>\p{L}[\p{L}\d'’ \-]{0,30}?)\s*:\s*(?<value>.*)$")]
    private static partial Regex Field();

    // Mail clients put a separator line above the headers of a forwarded message.
    [GeneratedRegex(@"^[-_]*\s*(?:original message|forwarded message|begin forwarded message:?|message transféré|message d'origine|weitergeleitete nachricht|ursprüngliche nachricht|mensaje reenviado|mensaje original|messaggio inoltrato|mensagem encaminhada|doorgestuurd bericht)\s*[-_]*$", RegexOptions.IgnoreCase)]
    private static partial Regex ForwardSeparator();

    // A forwarder's note with its signature and the headers above it: blank lines included, a few dozen lines.
    private const int ForwardReach = 30;

    private static readonly HashSet<string> EmailKeys = new(StringComparer.Ordinal) { "from", "sent", "to", "cc", "bcc", "subject", "date", "reply_to" };

    private static readonly HashSet<string> MetadataKeys = new(StringComparer.Ordinal)
    {
        "title", "headline", "date", "issued", "date_issued", "issue_date", "issuer", "issued_by", "author", "type",
        "document_type", "reference", "ref", "reference_number", "symbol", "location", "place", "url", "source", "language",
    };

    public static (LeadingFields Fields, IReadOnlyList<SourceLine> Lines) Parse(IReadOnlyList<SourceLine> lines, ImportReportBuilder report)
    {
        var start = 0;
        while (start < lines.Count && lines[start].Text.Length == 0)
            start++;
        if (start == lines.Count)
            return (LeadingFields.None, lines);
        // A forwarded message may follow a few lines of the forwarder's own ("FYI, see below. Thanks, Anna"):
        // a private note, not the statement, and its sign-off must not be taken for the statement's end.
        // Forwarded again, the text sits under a chain of separators, each with its headers and a note: the
        // innermost message is the statement's, everything above it goes.
        var note = new List<SourceLine>(lines);
        for (var forward = FindForward(lines, start, ForwardReach); forward > start; forward = FindForward(lines, start + 1, ForwardReach))
        {
            for (var i = start; i < forward; i++)
            {
                if (note[i].Text.Length == 0) continue;
                report.Dropped(lines[i].Number, lines[i].Text, "forwarding note");
                note[i] = lines[i] with { Text = "" };
            }
            start = forward;
        }
        lines = note;

        int end;
        List<LeadingField> fields;
        LeadingFieldsKind kind;
        if (lines[start].Text == "---")
        {
            end = FindClosing(lines, start);
            if (end < 0)
                return (LeadingFields.None, lines);
            fields = ReadFields(lines, start + 1, end, requireAll: false);
            kind = LeadingFieldsKind.FrontMatter;
        }
        else
        {
            var first = ForwardSeparator().IsMatch(lines[start].Text) ? start + 1 : start;
            (fields, kind) = FieldRun(lines, first);
            if (kind == LeadingFieldsKind.None && BelowMenu(lines, first) is var later and > 0)
            {
                (fields, kind) = FieldRun(lines, later);
                if (kind != LeadingFieldsKind.MetadataHeader)
                    return (LeadingFields.None, lines);
                first = start = later;
            }
            if (kind == LeadingFieldsKind.None)
                return (LeadingFields.None, lines);
            end = first + fields.Count - 1;
        }

        var reason = kind switch
        {
            LeadingFieldsKind.FrontMatter => "front matter",
            LeadingFieldsKind.EmailHeader => "email header",
            _ => "metadata header",
        };
        var result = lines.ToList();
        for (var i = start; i <= end; i++)
        {
            report.Dropped(lines[i].Number, lines[i].Text, reason);
            result[i] = lines[i] with { Text = "" };
        }
        return (new LeadingFields(kind, fields), result);
    }

    private static (List<LeadingField> Fields, LeadingFieldsKind Kind) FieldRun(IReadOnlyList<SourceLine> lines, int first)
    {
        var end = first;
        while (end < lines.Count && lines[end].Text.Length > 0 && Field().IsMatch(lines[end].Text))
            end++;
        var fields = ReadFields(lines, first, end, requireAll: true);
        if (fields.Count < 2)
            return (fields, LeadingFieldsKind.None);
        var kind = fields.Any(f => f.Key == "from") && fields.Any(f => EmailKeys.Contains(f.Key) && f.Key != "from")
            ? LeadingFieldsKind.EmailHeader
            : fields.Count(f => MetadataKeys.Contains(f.Key)) >= 2 ? LeadingFieldsKind.MetadataHeader : LeadingFieldsKind.None;
        return (fields, kind);
    }

    /// <summary>
    /// A record's field block under a site's menu ("Home", "About us", "Search"): the first run of two or more
    /// field lines within the first lines, when nothing above it is a sentence. -1 when there is none.
    /// </summary>
    private static int BelowMenu(IReadOnlyList<SourceLine> lines, int from)
    {
        for (var i = from; i < Math.Min(lines.Count - 1, from + 40); i++)
        {
            var text = lines[i].Text;
            if (text.Length == 0)
                continue;
            if (Field().IsMatch(text) && Field().IsMatch(lines[i + 1].Text))
                return i > from ? i : -1;
            if (ProseDetector.WordCount(text) > 8 || ProseDetector.EndsSentence(text))
                return -1;
        }
        return -1;
    }

    private static int FindForward(IReadOnlyList<SourceLine> lines, int from, int reach) =>
        Enumerable.Range(from, Math.Max(0, Math.Min(reach, lines.Count - from))).FirstOrDefault(i => ForwardSeparator().IsMatch(lines[i].Text), -1);

    private static int FindClosing(IReadOnlyList<SourceLine> lines, int start)
    {
        for (var i = start + 1; i < Math.Min(lines.Count, start + 80); i++)
        {
            if (lines[i].Text is "---" or "...")
                return i;
        }
        return -1;
    }

    private static List<LeadingField> ReadFields(IReadOnlyList<SourceLine> lines, int from, int to, bool requireAll)
    {
        var fields = new List<LeadingField>();
        for (var i = from; i < to; i++)
        {
            var match = Field().Match(lines[i].Text);
            var value = match.Success ? Unquote(match.Groups["value"].Value.Trim()) : "";
            if (value.Length == 0)
            {
                if (requireAll)
                    break;
                continue;
            }
            fields.Add(new LeadingField(FieldKeyBuilder.Build(match.Groups["label"].Value), value, lines[i].Number, lines[i].Text));
        }
        return fields;
    }

    // YAML quoting: 'it''s' and "say \"no\"" are the strings it's and say "no".
    private static string Unquote(string value)
    {
        if (value.Length >= 2 && value[0] == '\'' && value[^1] == '\'')
            return value[1..^1].Replace("''", "'", StringComparison.Ordinal);
        if (value.Length >= 2 && value[0] == '"' && value[^1] == '"')
            return value[1..^1].Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
        return value;
    }
}
