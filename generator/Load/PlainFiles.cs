using System.IO.Enumeration;
using StatementArchive.Diagnostics;

namespace StatementArchive.Load;

/// <summary>
/// Content and templates are plain files. A symbolic link in content/ or templates/ (git stores them, so a
/// pull request can bring one) would make the build read a file from outside the folder — a key, a password
/// file, the whole of /etc — and publish it as a statement, its raw source or a template asset.
/// <see cref="ReportLinks"/> makes every link an error, once; the other methods never read through one nor
/// enter a linked folder.
/// </summary>
public static class PlainFiles
{
    private static readonly EnumerationOptions Everything = new() { RecurseSubdirectories = true, AttributesToSkip = 0 };

    public static void ReportLinks(string directory, DiagnosticBag diagnostics)
    {
        var folder = Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory)));
        foreach (var link in Entries(directory, (ref FileSystemEntry entry) => IsLink(entry)))
            diagnostics.Add(ContentLoader.DisplayPath(link), 1, 0,
                $"a symbolic link; {folder}/ is read only from plain files, since a link could publish a file from outside it: put the file itself here");
    }

    /// <summary>The plain files under <paramref name="directory"/> matching <paramref name="pattern"/> ("*.md"), in ordinal order.</summary>
    public static string[] Find(string directory, string pattern) =>
        Directory.Exists(directory)
            ? Entries(directory, (ref FileSystemEntry entry) => !entry.IsDirectory && !IsLink(entry) && FileSystemName.MatchesSimpleExpression(pattern, entry.FileName))
                .Order(StringComparer.Ordinal).ToArray()
            : [];

    /// <summary>False when <paramref name="path"/> or a folder between it and <paramref name="contentDirectory"/> is a link.</summary>
    public static bool IsPlain(string path, string contentDirectory)
    {
        var root = Path.GetFullPath(contentDirectory).TrimEnd(Path.DirectorySeparatorChar);
        for (var current = Path.GetFullPath(path); current.Length > root.Length; current = Path.GetDirectoryName(current)!)
        {
            if (new FileInfo(current).LinkTarget is not null) return false; // readlink answers for files and folders alike
        }
        return true;
    }

    private static bool IsLink(in FileSystemEntry entry) => entry.Attributes.HasFlag(FileAttributes.ReparsePoint);

    /// <summary>Paths as specified (relative when the folder was given relative), never descending into a linked folder.</summary>
    private static FileSystemEnumerable<string> Entries(string directory, FileSystemEnumerable<string>.FindPredicate include) =>
        new(directory, (ref FileSystemEntry entry) => entry.ToSpecifiedFullPath(), Everything)
        {
            ShouldIncludePredicate = include,
            ShouldRecursePredicate = (ref FileSystemEntry entry) => !IsLink(entry),
        };
}
