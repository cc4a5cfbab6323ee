using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// How the text reached us, from the furniture around it: record fields mean a government record,
/// mailing-list footers an email, cookie banners and "Last updated" lines a web page.
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

    public static string? Detect(string rawText, TrailerRecord record)
    {
        if (record.Fields.Any(f => RecordFields.Contains(f.Key)))
            return "record";
        if (EmailCue().IsMatch(rawText))
            return "email";
        if (WebCue().IsMatch(rawText))
            return "web";
        return null;
    }
}
