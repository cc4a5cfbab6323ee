namespace StatementArchive.Domain;

/// <summary>
/// The one test for an address the archive may publish as a link: it must start with http:// or
/// https://. Checked as a prefix, not parsed: a browser decides the scheme from the first characters,
/// so "javascript:", "data:" and "file:" (from a page saved to disk) can never pass, whatever follows.
/// </summary>
public static class WebAddress
{
    public static bool IsHttp(string? value) =>
        value is not null
        && (value.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || value.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
        && value.Length > "https://".Length;
}
