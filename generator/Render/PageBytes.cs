using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// A rendered page's text encoded as UTF-8 straight from the template's output builder into this thread's
/// buffer, which its next page reuses (see <see cref="Page"/>): no string of the page is made.
/// </summary>
internal static class PageBytes
{
    [ThreadStatic] private static byte[]? _buffer;
    [ThreadStatic] private static Encoder? _encoder;

    public static ReadOnlyMemory<byte> Encode(StringBuilder text)
    {
        var needed = Encoding.UTF8.GetMaxByteCount(text.Length);
        if (_buffer is null || _buffer.Length < needed) _buffer = new byte[Math.Max(needed, 1 << 16)];
        var encoder = _encoder ??= new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
        encoder.Reset();
        var written = 0;
        // The encoder carries a surrogate pair split between two chunks; the last chunk flushes it.
        var chunks = text.GetChunks();
        var more = chunks.MoveNext();
        while (more)
        {
            var chunk = chunks.Current.Span;
            more = chunks.MoveNext();
            written += encoder.GetBytes(chunk, _buffer.AsSpan(written), flush: !more);
        }
        return _buffer.AsMemory(0, written);
    }
}
