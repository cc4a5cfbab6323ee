using System.Buffers;
using System.Text;

namespace StatementArchive.Render;

/// <summary>
/// RFC 4180 rows written as UTF-8 into a stream: every field quoted, the quotes inside doubled, records
/// ended by CRLF. A field already held as UTF-8 (a body's plain text) is copied as bytes, so the export
/// never turns the archive's text back into strings.
/// </summary>
public sealed class CsvWriter(Stream stream) : IDisposable
{
    private const byte Quote = (byte)'"';

    private readonly byte[] _buffer = ArrayPool<byte>.Shared.Rent(1 << 16);
    private int _used;
    private bool _rowStarted;

    /// <summary>The byte-order mark, so spreadsheet programs read the file as UTF-8 rather than a local code page.</summary>
    public void WriteByteOrderMark() => Write(Encoding.UTF8.Preamble);

    /// <summary>A header or other line written as it is, without quotes.</summary>
    public void WriteRawLine(string line)
    {
        Write(Encoding.UTF8.GetBytes(line));
        Write("\r\n"u8);
    }

    public void WriteField(string field)
    {
        var scratch = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(field.Length));
        try
        {
            WriteField(scratch.AsSpan(0, Encoding.UTF8.GetBytes(field, scratch)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(scratch);
        }
    }

    public void WriteField(Utf8Text field)
    {
        if (field.IsUtf8) WriteField(field.Bytes);
        else WriteField(field.ToString());
    }

    /// <summary>UTF-8 never has a quote byte inside a longer character, so quotes are doubled byte by byte.</summary>
    public void WriteField(ReadOnlySpan<byte> field)
    {
        if (_rowStarted) Write(","u8);
        _rowStarted = true;
        Write([Quote]);
        for (var quote = field.IndexOf(Quote); quote >= 0; quote = field.IndexOf(Quote))
        {
            Write(field[..(quote + 1)]);
            Write([Quote]);
            field = field[(quote + 1)..];
        }
        Write(field);
        Write([Quote]);
    }

    public void EndRow()
    {
        Write("\r\n"u8);
        _rowStarted = false;
    }

    public void Dispose()
    {
        stream.Write(_buffer, 0, _used);
        ArrayPool<byte>.Shared.Return(_buffer);
    }

    private void Write(ReadOnlySpan<byte> bytes)
    {
        while (bytes.Length > 0)
        {
            if (_used == _buffer.Length)
            {
                stream.Write(_buffer, 0, _used);
                _used = 0;
            }
            var take = Math.Min(bytes.Length, _buffer.Length - _used);
            bytes[..take].CopyTo(_buffer.AsSpan(_used));
            _used += take;
            bytes = bytes[take..];
        }
    }
}
