namespace Sanctions.Sources.Raw;

/// <summary>
/// The addresses a reader made lately, by value, so that an address a list repeats from entry to entry (a city and country, a
/// company's seat) is one <see cref="EntryAddress"/> instead of one per entry: the mapper then finds its mapped list by the
/// object (see <c>EntryMapper.SharedAddress</c>) without hashing its values again.
/// </summary>
/// <remarks>
/// Direct-mapped and bounded, like <c>SharedStrings</c>: each slot holds the last address whose values hash into it, and a
/// lookup that finds other values there makes a new address and takes the slot. Which instance is returned is all it decides:
/// the address returned always has the values given. The values are usually the reader's shared strings, so the comparison is
/// mostly of references. One instance per read; not thread-safe.
/// </remarks>
internal sealed class RecentAddresses
{
    private readonly EntryAddress?[] slots;

    /// <summary>Creates a cache of <paramref name="slots"/> addresses (rounded up to a power of two).</summary>
    public RecentAddresses(int slots = 1024)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(slots, 1);
        this.slots = new EntryAddress?[System.Numerics.BitOperations.RoundUpToPowerOf2((uint)slots)];
    }

    /// <summary>An address with these values: the one made before for them when it is still cached, else a new one.</summary>
    public EntryAddress Get(string? street, string? city, string? stateOrProvince, string? postalCode, string? country, string? note)
    {
        ref var slot = ref slots[HashCode.Combine(street, city, stateOrProvince, postalCode, country, note) & (slots.Length - 1)];
        if (slot is { } known && known.Street == street && known.City == city && known.StateOrProvince == stateOrProvince
            && known.PostalCode == postalCode && known.Country == country && known.Note == note)
        {
            return known;
        }

        return slot = new EntryAddress(street, city, stateOrProvince, postalCode, country, note);
    }
}
