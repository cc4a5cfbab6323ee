namespace StatementArchive.Render.Views;

/// <summary>What the shared page frame (head, header, footer) shows.</summary>
/// <param name="PageTitle">The full &lt;title&gt;, e.g. "Statement by … · Statement archive".</param>
/// <param name="Language">The site's language: the frame is in it; a statement's own text carries its language where it appears.</param>
/// <param name="CanonicalUrl">Absolute URL of this page on the published site.</param>
/// <param name="Scripts">Script files this page needs, relative to it (no inline script: the CSP forbids it).</param>
public sealed record LayoutView(
    string SiteTitle,
    string PageTitle,
    string Description,
    string Language,
    string CanonicalUrl,
    NavView Nav,
    IReadOnlyList<string> Scripts)
{
    /// <summary>On the web site, when the build offers the offline zip.</summary>
    public DownloadView? Download { get; init; }

    /// <summary>In the offline copy: the archive's address on the web.</summary>
    public string? OnlineUrl { get; init; }
}
