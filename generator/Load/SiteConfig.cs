namespace StatementArchive.Load;

/// <summary>Site-wide settings from content/site.yml; <c>--base-url</c> overrides <see cref="BaseUrl"/>.</summary>
/// <param name="BaseUrl">Absolute, ending in '/'; used only where a URL must be absolute (feeds, sitemap, canonical).</param>
public sealed record SiteConfig(string Title, string Description, string BaseUrl, string Language);
