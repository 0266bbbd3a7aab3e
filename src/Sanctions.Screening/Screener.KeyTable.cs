using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The screener, part: the index's keys by hash.
public sealed partial class Screener
{
    // The index's keys by hash (KeyHash), each with its number: an open-addressing table of (hash, number) slots, at most three
    // quarters full (half the memory of a table at most half full, so more of it stays in the cache, for a probe or two more), so
    // that a lookup costs about one cache line where a Dictionary's takes two (its bucket, then its entry). A hash is already
    // mixed: its low bits choose the slot.
    private sealed class KeyTable
    {
        private readonly Slot[] slots;
        private readonly int mask;

        public KeyTable(Dictionary<ulong, int> ids)
        {
            var size = 16;
            while (size * 3 < ids.Count * 4)
            {
                size *= 2;
            }

            slots = new Slot[size];
            mask = size - 1;
            foreach (var (hash, id) in ids)
            {
                var at = (int)hash & mask;
                while (slots[at].Used)
                {
                    at = (at + 1) & mask;
                }

                slots[at] = new Slot(hash, id, true);
            }
        }

        public bool ContainsKey(ReadOnlySpan<char> key) => TryGetHash(KeyHash(key), out _);

        public bool TryGetValue(ReadOnlySpan<char> key, out int id) => TryGetHash(KeyHash(key), out id);

        public bool ContainsHash(ulong hash) => TryGetHash(hash, out _);

        // Asks the processor to fetch the slot a lookup of this hash reads first (a hint: nothing is read or changed here), so that
        // the lookups of a word's keys wait for memory together rather than one after another (the table is some megabytes, met
        // at random).
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Prefetch(ulong hash) => MemoryHints.Prefetch(slots, (int)hash & mask);

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool TryGetHash(ulong hash, out int id)
        {
            var at = (int)hash & mask;
            while (true)
            {
                ref readonly var slot = ref slots[at];
                if (!slot.Used)
                {
                    id = -1;
                    return false;
                }

                if (slot.Hash == hash)
                {
                    id = slot.Id;
                    return true;
                }

                at = (at + 1) & mask;
            }
        }

        private readonly record struct Slot(ulong Hash, int Id, bool Used);
    }
}
