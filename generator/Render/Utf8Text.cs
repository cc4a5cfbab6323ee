using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace StatementArchive.Render;

/// <summary>
/// Text held as UTF-8 until it is used: a statement's HTML and plain text are mostly ASCII, so they
/// take half the memory of a string, and a 50,000-statement build holds every body at once for a while.
/// Reading gives back exactly the text that was stored; text that UTF-8 cannot carry unchanged (a lone
/// surrogate) is kept as a string.
/// </summary>
public readonly struct Utf8Text
{
    public static readonly Utf8Text Empty = new("");

    private readonly byte[]? _bytes;
    private readonly string? _text;

    public Utf8Text(string text) : this(text.AsSpan(), text)
    {
    }

    /// <param name="asString">The text as a string if the caller has one (kept when UTF-8 cannot carry it).</param>
    private Utf8Text(ReadOnlySpan<char> text, string? asString)
    {
        Length = text.Length;
        var bytes = new byte[Encoding.UTF8.GetByteCount(text)];
        if (Utf8.FromUtf16(text, bytes, out _, out _, replaceInvalidSequences: false) == OperationStatus.Done) _bytes = bytes;
        else _text = asString ?? text.ToString();
    }

    /// <summary>
    /// The builder's text, encoded from its memory without a string made of it. A builder that is cleared and
    /// reused (see <see cref="MarkdownRenderer"/>) keeps its text in one piece; one in several pieces is copied once.
    /// </summary>
    public static Utf8Text Of(StringBuilder text)
    {
        ReadOnlyMemory<char> only = default;
        var pieces = 0;
        foreach (var chunk in text.GetChunks())
        {
            only = chunk;
            if (++pieces > 1) return new Utf8Text(text.ToString());
        }
        return new Utf8Text(only.Span, null);
    }

    /// <summary>Length in UTF-16 code units, as <see cref="string.Length"/> of the text would give.</summary>
    public int Length { get; }

    /// <summary>The UTF-8 bytes, when the text was stored that way; empty otherwise.</summary>
    public ReadOnlySpan<byte> Bytes => _bytes;

    public bool IsUtf8 => _bytes is not null;

    [ThreadStatic] private static char[]? _decodeBuffer;

    /// <summary>Appends UTF-8 (made from valid UTF-16, so decoded exactly) to a builder, without a string between.</summary>
    public static void AppendTo(StringBuilder builder, ReadOnlySpan<byte> utf8)
    {
        // Not stackalloc: the runtime would clear 4 KB of stack on every call, for markup mostly far shorter.
        var buffer = _decodeBuffer ??= new char[2048];
        while (!utf8.IsEmpty)
        {
            // A full buffer stops the decoder at a whole character; the loop goes on from there.
            Utf8.ToUtf16(utf8, buffer, out var read, out var written);
            builder.Append(buffer, 0, written);
            utf8 = utf8[read..];
        }
    }

    /// <summary>The text decoded into <paramref name="buffer"/> (grown when too small), without a string made of it.</summary>
    public ReadOnlySpan<char> Chars(ref char[] buffer)
    {
        if (_bytes is null) return _text;
        if (buffer.Length < Length) buffer = new char[Math.Max(Length, buffer.Length * 2)];
        return buffer.AsSpan(0, Encoding.UTF8.GetChars(_bytes, buffer));
    }

    /// <summary>A new string each time: callers take it for as long as they need it.</summary>
    public override string ToString() => _text ?? (_bytes is null ? "" : Encoding.UTF8.GetString(_bytes));
}
