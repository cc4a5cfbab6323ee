using System.Text;

namespace StatementArchive.Load;

/// <summary>
/// Content files and raw statements are UTF-8 (a BOM is fine). Anything else is reported, not guessed
/// at — a wrong guess would publish mangled text under a checksum that vouches for it — but the report
/// names the encoding the file most likely has, so the fix is one "Save as" away.
/// </summary>
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>True for a file that opens with a UTF-16 byte order mark (Windows' "Unicode"); its NUL bytes are not binary.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> bytes) => bytes is [0xFF, 0xFE, ..] or [0xFE, 0xFF, ..];

    /// <returns>The text, or null and the 1-based line of the first byte that is not UTF-8 with what to do.</returns>
    public static string? Decode(byte[] bytes, out (int Line, string Message) problem)
    {
        problem = default;
        if (IsUtf16(bytes))
        {
            problem = (1, "UTF-16 text (Windows' \"Unicode\"); save the file as UTF-8");
            return null;
        }
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException e)
        {
            var index = Math.Clamp(e.Index, 0, Math.Max(0, bytes.Length - 1));
            var line = 1 + bytes.AsSpan(0, index).Count((byte)'\n');
            problem = (line, $"not UTF-8 text (byte {index + 1} of the file is 0x{bytes[index]:X2}; the file is probably Windows-1252 or Latin-1); save the file as UTF-8");
            return null;
        }
    }
}
