namespace Sanctions.Sources.Raw;

/// <summary>
/// A small direct-mapped cache of short strings, so that values a list repeats on every entry (program tags, id
/// types, countries, alias types, <c>strong</c>/<c>weak</c>) are one string each instead of one per occurrence.
/// </summary>
/// <remarks>
/// <para>Each slot holds the last string whose hash falls into it; a lookup that finds another value there (a
/// collision, or a value not seen yet) creates the string and takes the slot. The cache therefore never grows,
/// costs one hash and one comparison per value, and always returns a string equal to the characters given: which
/// string instance is returned is the only thing it decides.</para>
/// <para>Values longer than <see cref="MaxLength"/> (names, remarks) are rarely repeated and are created directly,
/// without hashing. One instance per reader: not thread-safe.</para>
/// </remarks>
internal sealed class SharedStrings
{
    /// <summary>The longest value that is shared; longer ones are always created anew.</summary>
    public const int MaxLength = 48;

    private readonly string?[] slots;
    private readonly int mask;

    /// <summary>Creates a cache with <paramref name="slots"/> slots (rounded up to a power of two).</summary>
    public SharedStrings(int slots = 2048)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        var size = (int)System.Numerics.BitOperations.RoundUpToPowerOf2((uint)slots);
        this.slots = new string?[size];
        mask = size - 1;
    }

    /// <summary>A string equal to <paramref name="value"/>: the one returned before for these characters when it is still cached.</summary>
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

        ref var slot = ref slots[string.GetHashCode(value) & mask];
        if (slot is { } cached && value.SequenceEqual(cached))
        {
            return cached;
        }

        return slot = new string(value);
    }
}
