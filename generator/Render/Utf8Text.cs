using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace StatementArchive.Render;

/// <summary>
/// Text held as UTF-8 until it is used: a statement's HTML and plain text are mostly ASCII, so they
/// take half the memory of a string, and a 50,000-statement build holds every body at once for a while.
/// Reading gives back exactly the string that was stored; a string that UTF-8 cannot carry unchanged
/// (a lone surrogate) is kept as it is.
/// </summary>
public readonly struct Utf8Text
{
    public static readonly Utf8Text Empty = new("");

    private readonly byte[]? _bytes;
    private readonly string? _text;

    public Utf8Text(string text)
    {
        Length = text.Length;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done) _bytes = bytes;
        else _text = text;
    }

    /// <summary>Length in UTF-16 code units, as <see cref="string.Length"/> of the text would give.</summary>
    public int Length { get; }

    /// <summary>The UTF-8 bytes, when the text was stored that way; empty otherwise.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public bool IsUtf8 => _bytes is not null;

    /// <summary>A new string each time: callers take it for as long as they need it.</summary>
    public override string ToString() => _text ?? (_bytes is null ? "" : Encoding.UTF8.GetString(_bytes));
}
