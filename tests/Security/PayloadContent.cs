using System.Globalization;
using System.Text;
using StatementArchive.Tests.Support;

namespace StatementArchive.Tests.Security;

/// <summary>
/// A content folder where every field that accepts free text carries a payload: statement N holds
/// payload N in its title, issuer, reference, location, summary, source (url query, channel, note,
/// a record label and value, a removed line) and body (paragraph, heading, list, quote, table,
/// code, link text, raw HTML block and inline); tag pN's label and description hold it too; the site's
/// title and description hold all of them. Fields that must be codes or slugs are in <see cref="PayloadErrorContent"/>.
/// </summary>
public static class PayloadContent
{
    /// <summary>Fields per statement (and per tag) that receive the payload; the figure the report counts.</summary>
    public static readonly string[] Fields =
    [
        "title", "issuer", "reference", "location", "summary",
        "source.url", "source.channel", "source.note", "source.record key", "source.record value", "source.removed",
        "body paragraph", "body heading", "body list", "body quote", "body table", "body code", "body link text",
        "body raw html block", "body raw html inline", "tag label", "tag description",
    ];

    public static readonly string[] SiteFields = ["site title", "site description"];

    private static readonly DateOnly FirstDate = new(2021, 1, 1);

    public static string StatementPath(int n) =>
        string.Create(CultureInfo.InvariantCulture, $"statements/2021/{FirstDate.AddDays(n):yyyy-MM-dd}-payload-{n}.md");

    public static void Write(TempDirectory temp, string folder)
    {
        var payloads = PayloadList.All;
        var everything = string.Join(" ", payloads);
        temp.Write($"{folder}/site.yml",
            $"title: {YamlQuoted.Of("Archive " + everything)}\ndescription: {YamlQuoted.Of(everything)}\nbase_url: https://example.org/payloads/\n");

        var tags = new StringBuilder();
        for (var n = 0; n < payloads.Count; n++)
        {
            tags.Append(CultureInfo.InvariantCulture, $"- slug: p{n}\n  label: {YamlQuoted.Of($"Label {n} {payloads[n]}")}\n");
            tags.Append(CultureInfo.InvariantCulture, $"  description: {YamlQuoted.Of(payloads[n])}\n  synonyms: [payload{n}]\n");
            temp.Write($"{folder}/{StatementPath(n)}", Statement(n, payloads[n]));
        }
        temp.Write($"{folder}/tags.yml", tags.ToString());
    }

    // The record label is written as an explicit key ("? key" then ": value"): YAML caps an implicit key at 1,024 characters.
    private static string Statement(int n, string payload)
    {
        string Q(string prefix) => YamlQuoted.Of($"{prefix} {n} {payload}");
        var date = FirstDate.AddDays(n).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return $"""
            ---
            title: {Q("Payload")}
            date: {date}
            issuer: {Q("Issuer")}
            type: statement
            reference: {YamlQuoted.Of(payload)}
            location: {YamlQuoted.Of(payload)}
            summary: {YamlQuoted.Of(payload)}
            tags: [p{n}]
            source:
              url: {YamlQuoted.Of("https://example.org/original?q=" + payload)}
              channel: {YamlQuoted.Of(payload)}
              note: {YamlQuoted.Of(payload)}
              record:
                ? {Q("label")}
                : {YamlQuoted.Of(payload)}
              removed:
              - {YamlQuoted.Of("line 1 (header): " + payload)}
            ---

            First paragraph {n}: {payload}

            ## Heading {n} {payload}

            - item {payload}
            - second item

            > quoted {payload}

            | column | value |
            | --- | --- |
            | cell | {payload.Replace("|", "\\|", StringComparison.Ordinal)} |

            Inline code `{payload.Replace("`", "", StringComparison.Ordinal)}` and a [link {payload}](https://example.org/linked) here.

            <div class="raw">{payload}</div>

            Raw inline <span title="{payload}">{payload}</span> in a sentence.

            """;
    }
}
