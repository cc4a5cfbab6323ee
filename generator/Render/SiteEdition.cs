namespace StatementArchive.Render;

/// <summary>Which copy of the site a build makes: the web site (which may offer the offline zip) or the offline copy itself.</summary>
/// <param name="Zip">The offline zip the web site publishes and links to, with its size; null when not offered.</param>
public sealed record SiteEdition(SiteUrls Urls, DownloadableZip? Zip)
{
    public static readonly SiteEdition Web = new(SiteUrls.Web, null);
    public static readonly SiteEdition Offline = new(SiteUrls.OfflineFiles, null);

    public bool IsOffline => Urls.Offline;
}

/// <param name="FileName">Published at the site root under this name.</param>
public sealed record DownloadableZip(string FileName, byte[] Bytes);
