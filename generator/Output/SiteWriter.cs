using System.Text;
using StatementArchive.Render;

namespace StatementArchive.Output;

/// <summary>
/// The Output stage. Writes the whole site into a sibling folder, then swaps it in (atomically where
/// the system allows, see <see cref="DirectorySwap"/>), so a failed or killed build leaves the previous
/// site as it was. Refuses output folders that hold the inputs.
/// </summary>
public static class SiteWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <returns>An error message, or null on success.</returns>
    public static string? Write(RenderedSite site, string outputDirectory, IEnumerable<string> protectedDirectories)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        var workingDirectory = Directory.GetCurrentDirectory();
        if (Overlaps(output, workingDirectory, allowInside: true)
            || protectedDirectories.Select(Path.GetFullPath).Any(d => Overlaps(output, d, allowInside: false)))
            return $"--output {outputDirectory} would replace or write into an input folder; choose a separate folder such as _site";

        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        var staging = Path.Combine(parent, $".{name}.new");
        var previous = Path.Combine(parent, $".{name}.old");
        DirectorySwap.Recover(output, previous);
        DeleteIfExists(staging);
        DeleteIfExists(previous);
        Directory.CreateDirectory(staging);

        var files = site.Pages.Select(p => (p.Path, Bytes: Utf8.GetBytes(p.Text)))
            .Concat(site.StaticFiles.Select(f => (f.Path, f.Bytes)))
            .ToList();
        foreach (var folder in files.Select(f => Path.GetDirectoryName(Inside(staging, f.Path))!).Distinct(StringComparer.Ordinal))
            Directory.CreateDirectory(folder);
        Parallel.ForEach(files, file => File.WriteAllBytes(Inside(staging, file.Path), file.Bytes));

        DirectorySwap.Replace(staging, output, previous);
        DeleteIfExists(previous);
        return null;
    }

    /// <summary>True when replacing <paramref name="output"/> would touch <paramref name="guarded"/>.</summary>
    /// <param name="allowInside">The output may sit inside the guarded folder (the working directory), not inside content/.</param>
    private static bool Overlaps(string output, string guarded, bool allowInside)
    {
        guarded = guarded.TrimEnd(Path.DirectorySeparatorChar);
        static bool Within(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return output == guarded || Within(guarded, output) || (!allowInside && Within(output, guarded));
    }

    /// <summary>Defence in depth: paths come from validated slugs, but nothing may land outside the output folder.</summary>
    private static string Inside(string root, string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(root, relativePath));
        if (!full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path {relativePath} leaves the site folder");
        return full;
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
