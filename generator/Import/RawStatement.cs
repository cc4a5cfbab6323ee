using System.Security.Cryptography;
using System.Text;

namespace StatementArchive.Import;

/// <summary>A raw statement as copied from a web page, an email or a record: its file name and decoded text.</summary>
/// <param name="Sha256">Lower-case hex checksum of the raw bytes, so provenance survives re-encoding.</param>
public sealed record RawStatement(string FileName, string Text, string Sha256)
{
    /// <summary>For text that never was a file (tests, build-time import): the checksum of its UTF-8 bytes.</summary>
    public static RawStatement FromText(string fileName, string text) =>
        new(fileName, text, Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))));

    public static RawStatement FromBytes(string fileName, string text, byte[] bytes) =>
        new(fileName, text, Convert.ToHexStringLower(SHA256.HashData(bytes)));
}
