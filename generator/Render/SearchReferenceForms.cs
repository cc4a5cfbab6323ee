using StatementArchive.Model;

namespace StatementArchive.Render;

/// <summary>
/// The other ways one reference number is written. NATO prints the same number as "Press Release (2022) 061"
/// and as "PR (2022) 061", and readers drop the leading zeros ("PR (2022) 61"); the duplicate check and the
/// mention finder already take these as one reference (<see cref="DuplicateDetector.NormaliseReference"/>).
/// The search index holds these forms' words with the reference's own, so any of them finds the statement.
/// </summary>
public static class SearchReferenceForms
{
    /// <summary>The words the reference's other forms have and it lacks, as text ("" when none): "pr 61" for "Press Release (2022) 061".</summary>
    public static string Others(string? reference)
    {
        if (string.IsNullOrEmpty(reference)) return "";
        var words = DuplicateDetector.Words(reference);
        var others = new List<string>();
        var longForm = reference.Contains("press release", StringComparison.OrdinalIgnoreCase)
            || reference.Contains("communiqué de presse", StringComparison.OrdinalIgnoreCase);
        if (longForm && !words.Contains("pr")) others.Add("pr");
        if (words.Contains("pr") && !longForm) others.Add("press release");
        foreach (var word in words)
        {
            if (word.Length < 2 || word[0] != '0' || !word.All(char.IsAsciiDigit)) continue;
            var number = word.TrimStart('0');
            others.Add(number.Length == 0 ? "0" : number);
        }
        return string.Join(' ', others);
    }
}
