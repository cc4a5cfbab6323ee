using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// How the text reached us, from the furniture around it: record fields mean a government record,
/// a metadata header a record export, email headers or mailing-list footers an email, a blog's post
/// line or comments a repost, cookie banners and "Last updated" lines a web page.
/// </summary>
public static partial class ChannelDetector
{
    [GeneratedRegex(@"receiving this e-?mail|mailing list|unsubscribe|view (?:this e-?mail )?in your browser|newsletter", RegexOptions.IgnoreCase)]
    private static partial Regex EmailCue();

    [GeneratedRegex(@"cookies|last updated|printable version|skip to (?:main )?content|breadcrumb|^home\s*[>›»]", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex WebCue();

    private static readonly HashSet<string> RecordFields = new(StringComparer.Ordinal)
    {
        "categories", "subjects", "names", "dcpd_number", "citation", "document_number", "fr_doc", "billing_code",
    };

    // A blog or mirror that republished the text: its post line, comments, related posts, a source credit.
    [GeneratedRegex(@"^(?:posted (?:by|on|in)\b|source\s*:|originally published\b|reposted from\b)|^(?:leave a (?:reply|comment)|related posts)\s*$", RegexOptions.IgnoreCase | RegexOptions.Multiline)]
    private static partial Regex RepostCue();

    public static bool IsRepost(string rawText) => RepostCue().IsMatch(rawText);

    public static string? Detect(string rawText, TrailerRecord record, LeadingFields? leading = null)
    {
        if (record.Fields.Any(f => RecordFields.Contains(f.Key)) || leading?.Kind == LeadingFieldsKind.MetadataHeader)
            return "record";
        if (leading?.Kind == LeadingFieldsKind.EmailHeader)
            return "email";
        if (EmailCue().IsMatch(rawText))
            return "email";
        if (IsRepost(rawText))
            return "repost";
        if (WebCue().IsMatch(rawText))
            return "web";
        return null;
    }
}
