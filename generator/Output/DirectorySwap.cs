using System.Runtime.InteropServices;

namespace StatementArchive.Output;

/// <summary>
/// Puts a freshly written folder in place of the live one. On Linux the two are exchanged in one
/// atomic step (renameat2 with RENAME_EXCHANGE), so a build killed at any instant leaves either the
/// old site or the new one, never neither. Elsewhere, two renames, and <see cref="Recover"/> puts the
/// old site back if a crash fell between them.
/// </summary>
public static class DirectorySwap
{
    private const int CurrentDirectory = -100; // AT_FDCWD
    private const uint Exchange = 2;           // RENAME_EXCHANGE

    // DllImport rather than LibraryImport: the latter needs unsafe code enabled for the whole project.
    [DllImport("libc", EntryPoint = "renameat2", SetLastError = true, CharSet = CharSet.Ansi, BestFitMapping = false)]
    private static extern int RenameAt2(int oldDirectory, string oldPath, int newDirectory, string newPath, uint flags);

    /// <summary>Makes <paramref name="staging"/> the live <paramref name="live"/>; the old site ends in <paramref name="previous"/>.</summary>
    public static void Replace(string staging, string live, string previous)
    {
        if (!Directory.Exists(live))
        {
            Directory.Move(staging, live);
            return;
        }
        if (OperatingSystem.IsLinux() && TryExchange(staging, live))
        {
            Directory.Move(staging, previous); // staging now holds the old site
            return;
        }
        Directory.Move(live, previous);
        Directory.Move(staging, live);
    }

    /// <summary>A crash between the fallback's two renames leaves the old site aside and none live: put it back.</summary>
    public static void Recover(string live, string previous)
    {
        if (!Directory.Exists(live) && Directory.Exists(previous)) Directory.Move(previous, live);
    }

    private static bool TryExchange(string a, string b)
    {
        try
        {
            return RenameAt2(CurrentDirectory, a, CurrentDirectory, b, Exchange) == 0;
        }
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
            return false; // an old C library without renameat2: fall back to two renames
        }
    }
}
