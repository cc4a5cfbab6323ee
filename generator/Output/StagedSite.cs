using System.Buffers;
using System.Collections.Concurrent;
using System.Text;
using StatementArchive.Render;

namespace StatementArchive.Output;

/// <summary>
/// The Output stage. Files are written, as they arrive, into a folder beside the live site; only a
/// clean build is swapped in (atomically where the system allows, see <see cref="DirectorySwap"/>),
/// so a failed or killed build leaves the previous site as it was. Refuses output folders that hold
/// the inputs, and any path that would leave the site folder.
/// </summary>
public sealed class StagedSite : IPageSink, IDisposable
{
    private readonly string _output;
    private readonly string _staging;
    private readonly string _previous;
    private readonly ConcurrentDictionary<string, bool> _folders = new(StringComparer.Ordinal);
    private bool _committed;

    private StagedSite(string output)
    {
        _output = output;
        var parent = Path.GetDirectoryName(output)!;
        var name = Path.GetFileName(output);
        _staging = Path.Combine(parent, $".{name}.new");
        _previous = Path.Combine(parent, $".{name}.old");
        DirectorySwap.Recover(_output, _previous);
        DeleteIfExists(_staging);
        DeleteIfExists(_previous);
        Directory.CreateDirectory(_staging);
    }

    /// <returns>The staged site, or null and an error when the output folder would replace or sit in an input.</returns>
    public static StagedSite? Begin(string outputDirectory, IEnumerable<string> protectedDirectories, out string? error)
    {
        var output = Path.GetFullPath(outputDirectory).TrimEnd(Path.DirectorySeparatorChar);
        if (Overlaps(output, Directory.GetCurrentDirectory(), allowInside: true)
            || protectedDirectories.Select(Path.GetFullPath).Any(d => Overlaps(output, d, allowInside: false)))
        {
            error = $"--output {outputDirectory} would replace or write into an input folder; choose a separate folder such as _site";
            return null;
        }
        error = null;
        return new StagedSite(output);
    }

    /// <summary>A page is written with one system call: a stream per file would allocate (and clear) its own buffer 10,000 times over.</summary>
    public void Add(Page page)
    {
        using var handle = File.OpenHandle(FullPath(page.Path), FileMode.Create, FileAccess.Write);
        RandomAccess.Write(handle, page.Utf8.Span, fileOffset: 0);
    }

    public void Add(StaticFile file)
    {
        var full = FullPath(file.Path);
        if (file.IsGenerated)
        {
            using var stream = new FileStream(full, FileMode.Create, FileAccess.Write, FileShare.None, bufferSize: 1 << 16);
            file.WriteTo(stream);
        }
        else
        {
            using var handle = File.OpenHandle(full, FileMode.Create, FileAccess.Write);
            RandomAccess.Write(handle, file.Bytes, fileOffset: 0);
        }
    }

    /// <summary>Makes the staged site the live one.</summary>
    public void Commit()
    {
        DirectorySwap.Replace(_staging, _output, _previous);
        DeleteIfExists(_previous);
        _committed = true;
    }

    /// <summary>A build that failed leaves no staging folder behind.</summary>
    public void Dispose()
    {
        if (!_committed) DeleteIfExists(_staging);
    }

    /// <summary>The file's full path in the staging folder, its folder created.</summary>
    private string FullPath(string relativePath)
    {
        var full = Path.GetFullPath(Path.Combine(_staging, relativePath));
        // Defence in depth: paths come from validated slugs, but nothing may land outside the output folder.
        if (!full.StartsWith(_staging + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            throw new InvalidOperationException($"output path {relativePath} leaves the site folder");
        var folder = Path.GetDirectoryName(full)!;
        // The folder is recorded only once created, so no thread writes into a folder another is still making.
        _folders.GetOrAdd(folder, static f => Directory.CreateDirectory(f) is not null);
        return full;
    }

    /// <summary>True when replacing <paramref name="output"/> would touch <paramref name="guarded"/>.</summary>
    /// <param name="allowInside">The output may sit inside the guarded folder (the working directory), not inside content/.</param>
    private static bool Overlaps(string output, string guarded, bool allowInside)
    {
        guarded = guarded.TrimEnd(Path.DirectorySeparatorChar);
        static bool Within(string path, string folder) => path.StartsWith(folder + Path.DirectorySeparatorChar, StringComparison.Ordinal);
        return output == guarded || Within(guarded, output) || (!allowInside && Within(output, guarded));
    }

    private static void DeleteIfExists(string directory)
    {
        if (Directory.Exists(directory)) Directory.Delete(directory, recursive: true);
    }
}
