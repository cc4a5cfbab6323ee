using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace StatementArchive.Render;

/// <summary>
/// Term ids by folded text, looked up by span: an open-addressing table with a cheap hash over the
/// term's bytes. A Dictionary with an alternate span lookup cost twice as much per word (two interface
/// calls and a general-purpose hash), and the index looks up every word of the archive. Ids are
/// given in the order terms are first added, so they do not depend on the hash.
/// </summary>
internal sealed class SearchTermTable
{
    private const ulong Multiplier = 0x9E3779B97F4A7C15;

    private int[] _slots;
    private int[] _hashes;
    private readonly List<string> _terms;

    public SearchTermTable(int capacity)
    {
        _slots = new int[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
        _hashes = new int[capacity];
        _terms = new List<string>(capacity);
    }

    public int Count => _terms.Count;

    public IReadOnlyList<string> Terms => _terms;

    /// <summary>The id of <paramref name="term"/>, added with the next id if it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var mask = _slots.Length - 1;
        var slot = hash & mask;
        while (true)
        {
            var id = _slots[slot] - 1;
            if (id < 0) break;
            if (_hashes[id] == hash && term.SequenceEqual(_terms[id])) return id;
            slot = (slot + 1) & mask;
        }
        var added = _terms.Count;
        _terms.Add(term.ToString());
        if (added == _hashes.Length) Array.Resize(ref _hashes, added * 2);
        _hashes[added] = hash;
        _slots[slot] = added + 1;
        if (_terms.Count * 2 > _slots.Length) Grow();
        return added;
    }

    private void Grow()
    {
        _slots = new int[_slots.Length * 2];
        var mask = _slots.Length - 1;
        for (var id = 0; id < _terms.Count; id++)
        {
            var slot = _hashes[id] & mask;
            while (_slots[slot] != 0) slot = (slot + 1) & mask;
            _slots[slot] = id + 1;
        }
    }

    /// <summary>Eight bytes (four characters) a step; non-negative, so it masks straight into a slot.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Hash(ReadOnlySpan<char> term)
    {
        var bytes = MemoryMarshal.AsBytes(term);
        var hash = (ulong)bytes.Length * Multiplier;
        while (bytes.Length >= 8)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt64LittleEndian(bytes)) * Multiplier, 31);
            bytes = bytes[8..];
        }
        if (bytes.Length >= 4)
        {
            hash = BitOperations.RotateLeft((hash ^ BinaryPrimitives.ReadUInt32LittleEndian(bytes)) * Multiplier, 31);
            bytes = bytes[4..];
        }
        if (bytes.Length >= 2) hash = (hash ^ BinaryPrimitives.ReadUInt16LittleEndian(bytes)) * Multiplier;
        hash ^= hash >> 29;
        hash *= Multiplier;
        return (int)(hash >> 33);
    }
}
