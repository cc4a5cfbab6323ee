using StatementArchive.Diagnostics;
using StatementArchive.Output;

namespace StatementArchive.Commands;

/// <summary>`zip`: the offline copy (links to files, so it works from disk) built aside and zipped.</summary>
public static class ZipCommand
{
    public const string DefaultFileName = "statement-archive.zip";

    public static int Run(BuildOptions options, string zipPath)
    {
        var workspace = Directory.CreateTempSubdirectory("archive-zip-").FullName;
        try
        {
            var siteDirectory = Path.Combine(workspace, "site");
            var result = SitePipeline.Run(options with { OutputDirectory = siteDirectory, Offline = true, Zip = null }, writeSite: true);
            if (result.Diagnostics.Count > 0)
            {
                DiagnosticPrinter.Write(result.Diagnostics, Console.Error, "no zip was written");
                return ExitCodes.ContentErrors;
            }

            var folderName = Path.GetFileNameWithoutExtension(zipPath);
            SiteZipWriter.Write(siteDirectory, zipPath, folderName.Length > 0 ? folderName : "statement-archive");
            Console.WriteLine($"Wrote {zipPath} ({new FileInfo(zipPath).Length:N0} bytes): unzip it and open {folderName}/index.html.");
            return ExitCodes.Ok;
        }
        finally
        {
            Directory.Delete(workspace, recursive: true);
        }
    }
}
