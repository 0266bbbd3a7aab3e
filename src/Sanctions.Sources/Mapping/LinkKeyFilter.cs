namespace Sanctions.Sources.Mapping;

/// <summary>
/// Tells cheaply that a name cannot be one of the <c>Linked To</c> keys, by its length and first letter, so that
/// <see cref="EntryMapper.LinkByName"/> hashes (case-insensitively) only the few names that may be: it looks up every name
/// of every record, for the few names that entries link to.
/// </summary>
/// <remarks>
/// Keys and names compare with <see cref="StringComparer.OrdinalIgnoreCase"/>, so the first character is folded the same
/// way for both, and only where it is ASCII; a name whose first character is not ASCII is always looked up, and a key
/// whose first character is not ASCII turns the filter off (a non-ASCII letter may fold to an ASCII one).
/// </remarks>
internal sealed class LinkKeyFilter
{
    private const int MaxLength = 256;
    private readonly ulong[] bits = new ulong[MaxLength * 2];
    private bool all;

    public void Add(ReadOnlySpan<char> key)
    {
        if (key.Length == 0 || key.Length >= MaxLength || key[0] >= 128)
        {
            all = true;
            return;
        }

        var c = char.ToUpperInvariant(key[0]);
        bits[(key.Length * 2) + (c >> 6)] |= 1UL << (c & 63);
    }

    /// <summary>The length and folded first letter of <paramref name="name"/> as one number for <see cref="MayHold(int)"/>; negative when the filter cannot tell (always looked up).</summary>
    public static int Pack(ReadOnlySpan<char> name) =>
        name.Length == 0 || name.Length >= MaxLength || name[0] >= 128 ? -1 : (name.Length << 8) | char.ToUpperInvariant(name[0]);

    /// <summary>What <see cref="MayHold(ReadOnlySpan{char})"/> tells of a name, from its <see cref="Pack"/>ed length and first letter (not negative).</summary>
    public bool MayHold(int packed)
    {
        if (all)
        {
            return true;
        }

        var c = packed & 0xFF;
        return (bits[((packed >> 8) * 2) + (c >> 6)] & (1UL << (c & 63))) != 0;
    }

    /// <summary>Whether <paramref name="name"/> may equal a key added (false: it equals none).</summary>
    public bool MayHold(ReadOnlySpan<char> name)
    {
        if (all || name.Length == 0 || name.Length >= MaxLength || name[0] >= 128)
        {
            return true;
        }

        var c = char.ToUpperInvariant(name[0]);
        return (bits[(name.Length * 2) + (c >> 6)] & (1UL << (c & 63))) != 0;
    }
}
