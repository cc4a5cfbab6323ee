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

    /// <summary>A term's hash beside its id (id + 1; 0 is an empty slot): a probe reads one slot, and the term's text only when the hashes agree.</summary>
    private struct Slot
    {
        public int Hash;
        public int IdPlusOne;
    }

    private Slot[] _slots;
    private readonly List<string> _terms;

    public SearchTermTable(int capacity)
    {
        _slots = new Slot[BitOperations.RoundUpToPowerOf2((uint)Math.Max(16, capacity * 2))];
        _terms = new List<string>(capacity);
    }

    public int Count => _terms.Count;

    public IReadOnlyList<string> Terms => _terms;

    /// <summary>The id of <paramref name="term"/>, added with the next id if it is new.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public int GetOrAdd(ReadOnlySpan<char> term)
    {
        var hash = Hash(term);
        var slots = _slots;
        var mask = slots.Length - 1;
        var at = hash & mask;
        while (slots[at].IdPlusOne != 0)
        {
            if (slots[at].Hash == hash && term.SequenceEqual(_terms[slots[at].IdPlusOne - 1])) return slots[at].IdPlusOne - 1;
            at = (at + 1) & mask;
        }
        var added = _terms.Count;
        _terms.Add(term.ToString());
        slots[at] = new Slot { Hash = hash, IdPlusOne = added + 1 };
        if (_terms.Count * 2 > slots.Length) Grow();
        return added;
    }

    private void Grow()
    {
        var old = _slots;
        _slots = new Slot[old.Length * 2];
        var mask = _slots.Length - 1;
        foreach (var slot in old)
        {
            if (slot.IdPlusOne == 0) continue;
            var at = slot.Hash & mask;
            while (_slots[at].IdPlusOne != 0) at = (at + 1) & mask;
            _slots[at] = slot;
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
