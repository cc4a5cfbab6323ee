namespace StatementArchive.Render.Views;

/// <summary>The link to the offline zip: its URL from this page and its size in words ("4.2 MB").</summary>
public sealed record DownloadView(string Url, string Size);
