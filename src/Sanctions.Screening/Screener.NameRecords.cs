using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// The screener, part: what the ranking loop reads of a candidate before its words, one record a listed name.
public sealed partial class Screener
{
    private readonly NameRecords records;
}

// Each listed name's party kind, weak-alias and number flags and word variant ids in one record of 32 bytes that starts on a 32-byte
// boundary (so within one cache line): a candidate, met at random among the names, costs one line here, not one in each of the arrays
// of ids, id starts, flags and kinds. A name of more than seven words keeps its ids in the flat array (Ids).
internal sealed class NameRecords
{
    // Ints a record: a header (the word count, or LongName; the party kind; the flags) and up to seven variant ids.
    public const int Width = 8;
    public const int LongName = 0xFF;

    private readonly int[] data;
    private readonly int origin;
    private readonly int[] starts;
    private readonly int[] flat;

    public NameRecords(int[] idStarts, int[] flatIds, PartyKind[] kinds, byte[] flags)
    {
        starts = idStarts;
        flat = flatIds;
        var count = kinds.Length;
        // Pinned (the pinned object heap never moves it), so that the first record can be placed on a 32-byte boundary.
        data = GC.AllocateArray<int>((count * Width) + Width, pinned: true);
        origin = (int)((32 - (Marshal.UnsafeAddrOfPinnedArrayElement(data, 0) & 31)) & 31) / sizeof(int);
        for (var i = 0; i < count; i++)
        {
            var at = origin + (i * Width);
            var length = idStarts[i + 1] - idStarts[i];
            if ((int)kinds[i] is < 0 or > 0xFF)
            {
                throw new InvalidOperationException($"A party kind ({kinds[i]}) does not fit a name record.");
            }

            data[at] = (length < Width ? length : LongName) | ((int)kinds[i] << 8) | (flags[i] << 16);
            if (length < Width)
            {
                flatIds.AsSpan(idStarts[i], length).CopyTo(data.AsSpan(at + 1));
            }
        }
    }

    // The record of name i: its header, then its ids (when the name has fewer than Width words).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Record(int i) => data.AsSpan(origin + (i * Width), Width);

    // The party kind and flags of a record's header.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static PartyKind Kind(int header) => (PartyKind)((header >> 8) & 0xFF);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Flags(int header) => (byte)(header >> 16);

    // The word variant ids of name i, from its record (read already) or the flat array.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public ReadOnlySpan<int> Ids(ReadOnlySpan<int> record, int i)
    {
        var length = record[0] & 0xFF;
        return length != LongName ? record.Slice(1, length) : flat.AsSpan(starts[i], starts[i + 1] - starts[i]);
    }
}
