using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: the memo's slots for a query name.
internal sealed partial class CandidateFilter
{
    // The variant ids met this query name and their memo slots: an open-addressing table of (query name's mark, id) keys, the slots
    // beside them, at most half full; a key of another mark is a free place (the table is never cleared between query names).
    private ulong[] slotKeys = new ulong[1024];
    private int[] slotValues = new int[1024];
    private int slotShift = 22;

    // The memo slot of a listed word variant for this query name: its entry (not filled: Fill) and its row of the pair memo (state 0)
    // made when the variant is first met. A query name meets a few hundred variants, a few thousand at most: their entries and rows lie
    // together, where the variants' ids are spread over every listed word.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int SlotOf(int id)
    {
        var key = ((ulong)(uint)mark << 32) | (uint)id;
        var keys = slotKeys;
        var mask = keys.Length - 1;
        var h = (int)(((uint)id * 0x9E3779B9u) >> slotShift);
        while (true)
        {
            var k = keys[h];
            if (k == key)
            {
                return slotValues[h];
            }

            if ((uint)(k >> 32) != (uint)mark)
            {
                return NewSlot(id, key, h);
            }

            h = (h + 1) & mask;
        }
    }

    // Makes the memo entry and pair row of a variant first met this query name, at free place h of the table of slots.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int NewSlot(int id, ulong key, int h)
    {
        if ((slots + 1) * 2 > slotKeys.Length)
        {
            GrowSlots();
            return SlotOf(id);
        }

        var slot = slots++;
        if (slot == memo.Length)
        {
            Array.Resize(ref memo, memo.Length * 2);
        }

        memo[slot] = new VariantMemo { Id = id };
        var need = slots * n;
        if (need > upper.Length)
        {
            Array.Resize(ref upper, Math.Max(need, upper.Length * 2));
            Array.Resize(ref state, upper.Length);
            Array.Resize(ref strongs, upper.Length);
            Array.Resize(ref kinds, upper.Length);
        }

        state.AsSpan(slot * n, n).Clear();
        slotKeys[h] = key;
        slotValues[h] = slot;
        return slot;
    }

    // A table of slots twice as large, with this query name's variants placed again.
    private void GrowSlots()
    {
        slotKeys = new ulong[slotKeys.Length * 2];
        slotValues = new int[slotKeys.Length];
        slotShift--;
        var mask = slotKeys.Length - 1;
        for (var slot = 0; slot < slots; slot++)
        {
            var id = memo[slot].Id;
            var h = (int)(((uint)id * 0x9E3779B9u) >> slotShift);
            while ((uint)(slotKeys[h] >> 32) == (uint)mark)
            {
                h = (h + 1) & mask;
            }

            slotKeys[h] = ((ulong)(uint)mark << 32) | (uint)id;
            slotValues[h] = slot;
        }
    }
}
