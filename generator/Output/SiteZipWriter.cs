using System.IO.Compression;

namespace StatementArchive.Output;

/// <summary>
/// Zips a built site so that the same site gives the same bytes: entries in ordinal order, one fixed
/// timestamp, no extra attributes. Everything sits under one folder, so unzipping makes one folder,
/// and the zip is written aside and moved into place, so a failure leaves no half zip behind.
/// </summary>
public static class SiteZipWriter
{
    /// <summary>The entries' time: fixed, because the build time is not part of the content.</summary>
    private static readonly DateTimeOffset EntryTime = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static void Write(string siteDirectory, string zipPath, string folderName)
    {
        var temporary = zipPath + ".partial";
        using (var stream = File.Create(temporary))
        using (var archive = new ZipArchive(stream, ZipArchiveMode.Create))
        {
            var files = Directory.EnumerateFiles(siteDirectory, "*", SearchOption.AllDirectories)
                .Select(f => Path.GetRelativePath(siteDirectory, f).Replace('\\', '/'))
                .Order(StringComparer.Ordinal);
            foreach (var file in files)
            {
                var entry = archive.CreateEntry($"{folderName}/{file}", CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var output = entry.Open();
                using var input = File.OpenRead(Path.Combine(siteDirectory, file));
                input.CopyTo(output);
            }
        }
        File.Move(temporary, zipPath, overwrite: true);
    }
}
