using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Sanctions.Core;

/// <summary>
/// The one cache of short strings, so that values a file repeats on every record (program tags, id types, countries,
/// dates, list ids, <c>strong</c>/<c>weak</c>) are one string each instead of one per occurrence. The JSON reader looks
/// values up by their UTF-8 bytes (a hit costs no transcoding); the list readers of Sanctions.Sources, which compile this
/// same file in (linked from their project, so neither assembly exposes it), by their characters.
/// </summary>
/// <remarks>
/// <para>Direct-mapped: each slot holds the last string whose hash falls into it; a lookup that finds another value there (a
/// collision, or a value not seen yet) creates the string and takes the slot. The cache therefore never grows, costs one
/// hash and one comparison per value, and always returns a string equal to the value given: which string instance is
/// returned is the only thing it decides.</para>
/// <para>Values longer than <see cref="MaxLength"/> (names, remarks) are rarely repeated and are created directly, without
/// hashing. Not thread-safe: one instance per reader, or per thread.</para>
/// <para>This is not <c>SharedFacts</c>, the JSON reader's per-read set of party ids and sources: that one keeps every value it
/// sees, for the whole read, across threads, so that a world holds exactly one instance of each; this one forgets.</para>
/// </remarks>
internal sealed class SharedStrings
{
    /// <summary>The slots of a cache made with no arguments.</summary>
    public const int DefaultSlots = 2048;

    /// <summary>The longest value a cache made with no arguments shares.</summary>
    public const int DefaultMaxLength = 48;

    private readonly Slot[] slots;
    private readonly int mask;

    /// <summary>Creates a cache with <paramref name="slots"/> slots (rounded up to a power of two).</summary>
    /// <param name="slots">How many values it may hold.</param>
    /// <param name="maxLength">The longest value shared, in characters or UTF-8 bytes according to the lookup.</param>
    public SharedStrings(int slots = DefaultSlots, int maxLength = DefaultMaxLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLength);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)slots);
        this.slots = new Slot[size];
        mask = size - 1;
        MaxLength = maxLength;
    }

    /// <summary>The longest value that is shared; longer ones are always created anew.</summary>
    public int MaxLength { get; }

    /// <summary>A string equal to <paramref name="value"/>: the one returned before for these characters when it is still cached.</summary>
    /// <param name="value">The characters.</param>
    /// <returns>The string.</returns>
    public string Get(ReadOnlySpan<char> value)
    {
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (value.Length > MaxLength)
        {
            return new string(value);
        }

        ref var slot = ref slots[Index(value)];
        if (slot.Text is { } cached && value.SequenceEqual(cached))
        {
            return cached;
        }

        var text = new string(value);
        slot = new Slot(text, null);
        return text;
    }

    /// <summary>A string equal to <paramref name="value"/>: the one cached for its characters, else <paramref name="value"/> itself, which is then cached.</summary>
    /// <param name="value">The string, already made (by a reader that splits or parses it): sharing it lets that copy go.</param>
    /// <returns>The cached string, or <paramref name="value"/>.</returns>
    public string Share(string value)
    {
        if (value.Length == 0 || value.Length > MaxLength)
        {
            return value;
        }

        ref var slot = ref slots[Index(value.AsSpan())];
        if (slot.Text is { } cached && value.AsSpan().SequenceEqual(cached))
        {
            return cached;
        }

        slot = new Slot(value, null);
        return value;
    }

    /// <summary>The string cached for these UTF-8 bytes, if any; on a miss, decode the bytes and call <see cref="Add"/>.</summary>
    /// <param name="utf8">The bytes of the value (no escapes).</param>
    /// <param name="text">The cached string.</param>
    /// <returns>Whether it was cached.</returns>
    public bool TryGet(ReadOnlySpan<byte> utf8, [NotNullWhen(true)] out string? text)
    {
        if (utf8.Length <= MaxLength && slots[Index(utf8)] is { Utf8: { } known, Text: { } cached } && utf8.SequenceEqual(known))
        {
            text = cached;
            return true;
        }

        text = null;
        return false;
    }

    /// <summary>Caches <paramref name="text"/>, the decoding of <paramref name="utf8"/>, unless the value is too long.</summary>
    /// <param name="utf8">The bytes of the value (no escapes).</param>
    /// <param name="text">Their text, decoded by the caller (which decides what invalid UTF-8 does).</param>
    /// <returns><paramref name="text"/>.</returns>
    public string Add(ReadOnlySpan<byte> utf8, string text)
    {
        if (utf8.Length <= MaxLength)
        {
            slots[Index(utf8)] = new Slot(text, utf8.ToArray());
        }

        return text;
    }

    /// <summary>
    /// The slot of a value looked up by its characters: every character counts, eight bytes (four characters) at a time, the
    /// last four read again where the length is not a multiple of four.
    /// </summary>
    /// <remarks>
    /// Not the string hash, which is randomized per process and hashes two bytes at a time: this cache only decides which equal
    /// string it returns (every hit is compared), so a value that happens to share a slot costs a string, never a wrong one.
    /// Every short value of a list goes through here (about 500,000 of an SDN-sized XML import).
    /// </remarks>
    internal int Index(ReadOnlySpan<char> value)
    {
        var hash = (ulong)value.Length * 0x9E3779B97F4A7C15;
        ref var start = ref Unsafe.As<char, byte>(ref MemoryMarshal.GetReference(value));
        if (value.Length >= 4)
        {
            var last = (value.Length - 4) * sizeof(char);
            for (var at = 0; at < last; at += sizeof(ulong))
            {
                hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, at))) * 0xC2B2AE3D27D4EB4F;
                hash ^= hash >> 31;
            }

            hash = (hash ^ Unsafe.ReadUnaligned<ulong>(ref Unsafe.Add(ref start, last))) * 0x165667B19E3779F9;
        }
        else
        {
            foreach (var c in value)
            {
                hash = (hash ^ c) * 0x100000001B3;
            }
        }

        hash ^= hash >> 29;
        hash *= 0x94D049BB133111EB;
        return (int)(hash >> 32) & mask;
    }

    // The length and the first and last eight bytes: dates and ids that differ only at the end still spread.
    private int Index(ReadOnlySpan<byte> utf8)
    {
        var hash = (ulong)utf8.Length * 0x9E3779B97F4A7C15;
        if (utf8.Length >= 8)
        {
            hash ^= MemoryMarshal.Read<ulong>(utf8) * 0xC2B2AE3D27D4EB4F;
            hash ^= MemoryMarshal.Read<ulong>(utf8[^8..]) * 0x165667B19E3779F9;
        }
        else
        {
            foreach (var b in utf8)
            {
                hash = (hash ^ b) * 0x100000001B3;
            }
        }

        hash ^= hash >> 29;
        return (int)hash & mask;
    }

    // Text: the value; Utf8: its bytes when a UTF-8 lookup put it there (a character lookup compares the text).
    private readonly record struct Slot(string? Text, byte[]? Utf8);
}
