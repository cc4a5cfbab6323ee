using System.Text.RegularExpressions;

namespace StatementArchive.Import;

/// <summary>
/// Lines that close a statement. Separator and end marks ("* *** *", "-ENDS-", "###", "- 30 -") are
/// dropped wherever they stand. Explicit end words, an email sign-off ("Thanks,", "Thank you" — but not a
/// speech's closing "Thank you.") or signature delimiter, and the
/// start of a blog's comments or related posts also end the body: whatever follows them (notes to
/// editors, a signature, readers' comments) is not the statement, even when written in sentences.
/// A bare rule ("---", "***") only separates: a statement may continue after it.
/// </summary>
public static partial class StatementEndDetector
{
    [GeneratedRegex(@"^[*_=~•·.\-–—#\s]+$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^[\-–—*\s]*(?:ends?|fin|end of (?:text|statement|release|document))[\-–—*\s.]*$|^[\-–—]\s*30\s*[\-–—]$|^#{3}$|^--$", RegexOptions.IgnoreCase)]
    private static partial Regex EndMark();

    [GeneratedRegex(@"^(?:(?:best|kind|warm|with best|with kind)\s+regards|regards|sincerely|yours (?:sincerely|faithfully|truly)|cordialement|bien cordialement|many thanks|thanks)[,.!]?$|^thank you,?$", RegexOptions.IgnoreCase)]
    private static partial Regex SignOff();

    [GeneratedRegex(@"^(?:leave a (?:reply|comment)|\d+\s+(?:comments?|replies|responses)|comments?|related (?:posts|articles|stories|news|content|links)|you (?:may|might) also like|more (?:news|stories)|read (?:more|next))\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex FollowingSection();

    /// <summary>A separator or end mark: a line to drop, never text of the statement.</summary>
    public static bool IsMark(string line) =>
        line.Length > 0 && (EndMark().IsMatch(line) || (Separator().IsMatch(line) && line.Count(c => !char.IsWhiteSpace(c)) >= 3));

    /// <summary>A line after which the statement cannot continue.</summary>
    public static bool EndsStatement(string line) =>
        EndMark().IsMatch(line) || SignOff().IsMatch(line) || FollowingSection().IsMatch(line);

    /// <summary>Why a line that ends the statement is dropped, for the report.</summary>
    public static string? Describe(string line) =>
        IsMark(line) ? "end marker"
        : SignOff().IsMatch(line) ? "signature"
        : FollowingSection().IsMatch(line) ? "comments or related posts"
        : null;
}
