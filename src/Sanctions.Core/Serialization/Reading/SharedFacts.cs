namespace Sanctions.Core.Serialization;

// Values that many records of one read repeat, kept once for the whole read (and shared by the readers of its blocks or
// batches): a party's id, written again by every designation, relation or membership that names the party, and a source
// record, which a party and its designations usually share. A world read this way holds one instance of each, so it is
// smaller, and the garbage collector has fewer objects to carry while the world is built. Equal values are
// interchangeable (both are immutable), so which instance is kept changes no result.
// Readers on several threads use it at once, and finding a value is much of the time they spend, so finding one takes
// no lock (see Table). With a lock per stripe of dictionaries, the same read of a 100k-party world on two cores took
// about 140 ms longer than with no sharing at all.
internal sealed class SharedFacts
{
    private readonly Table<string> ids = new(StringComparer.Ordinal);
    private readonly Table<Provenance> sources = new(SourceComparer.Instance);

    // The instance of a party id text that this read has seen first.
    public string Id(string id) => ids.Kept(id);

    // The instance of an equal source this read has seen first.
    public Provenance Source(Provenance source) => sources.Kept(source);

    // Equality is the record's own. The hash is only that of the source record's id (of the source, where there is none):
    // the field that tells apart most sources of one file, for the cost of hashing one text rather than every field.
    private sealed class SourceComparer : IEqualityComparer<Provenance>
    {
        public static readonly SourceComparer Instance = new();

        public bool Equals(Provenance? x, Provenance? y) => EqualityComparer<Provenance>.Default.Equals(x, y);

        public int GetHashCode(Provenance obj) => StringComparer.Ordinal.GetHashCode(obj.Record ?? obj.Source);
    }

    // A set of values in one array, open addressing with linear probing, that threads search and add to without a lock: a
    // value goes into an empty slot by compare-and-swap, and a slot once filled never changes. Each slot's hash is kept
    // beside it, so that a search compares only values whose hash matches, and growing hashes nothing again. When the
    // array is half full, one thread copies it into an array twice the size, under a lock, having first marked the old
    // array frozen. A search that ends in a frozen array, whether it found its value or put it in, starts again in the
    // new one. So no thread keeps a value that the copy missed: the compare-and-swap and the marking are both full
    // fences, so either the copy sees a value put into a slot, or whoever put it there, and whoever then read it, sees
    // the mark.
    internal sealed class Table<T>(IEqualityComparer<T> comparer)
        where T : class
    {
        private readonly Lock growing = new();
        private volatile Slots current = new(1024);

        public T Kept(T value)
        {
            var hash = Hash(value);
            while (true)
            {
                var slots = current;
                if (!slots.Frozen && Find(slots, value, hash) is { } kept)
                {
                    return kept;
                }

                // The array is being replaced: wait for the new one, and look again there.
                lock (growing)
                {
                }
            }
        }

        // The value kept, or null when this array has been frozen since the search started.
        private T? Find(Slots slots, T value, int hash)
        {
            var items = slots.Items;
            var hashes = slots.Hashes;
            var mask = items.Length - 1;

            // A slot's hash is written just after its value, so a reader may see the value first, with a hash of 0: then
            // the values are compared (Hash never gives 0).
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                var known = Volatile.Read(ref items[i]);
                if (known is null)
                {
                    known = Interlocked.CompareExchange(ref items[i], value, null);
                    if (known is null)
                    {
                        Volatile.Write(ref hashes[i], hash);
                        if (slots.Frozen)
                        {
                            return null;
                        }

                        if (Interlocked.Increment(ref slots.Count) * 2 > items.Length)
                        {
                            Grow(slots);
                        }

                        return value;
                    }
                }

                // A value found in a frozen array may have been put there after the copy passed its slot, and so be missing
                // from the new array, which another thread may by now hold an equal value in: look again there.
                var knownHash = Volatile.Read(ref hashes[i]);
                if ((knownHash == 0 || knownHash == hash) && comparer.Equals(known, value))
                {
                    return slots.Frozen ? null : known;
                }
            }
        }

        private int Hash(T value) => comparer.GetHashCode(value) is var hash and not 0 ? hash : 1;

        private void Grow(Slots slots)
        {
            lock (growing)
            {
                if (current != slots)
                {
                    return;
                }

                // Allocated before the old array is frozen, so that a failure here leaves the table as it was.
                var bigger = new Slots(slots.Items.Length * 2);
                slots.Frozen = true;
                Interlocked.MemoryBarrier();
                var mask = bigger.Items.Length - 1;
                for (var from = 0; from < slots.Items.Length; from++)
                {
                    if (Volatile.Read(ref slots.Items[from]) is not { } item)
                    {
                        continue;
                    }

                    var hash = Volatile.Read(ref slots.Hashes[from]) is var known and not 0 ? known : Hash(item);
                    var i = hash & mask;
                    while (bigger.Items[i] is not null)
                    {
                        i = (i + 1) & mask;
                    }

                    bigger.Items[i] = item;
                    bigger.Hashes[i] = hash;
                    bigger.Count++;
                }

                current = bigger;
            }
        }

        private sealed class Slots(int length)
        {
#pragma warning disable SA1401, CA1051 // Fields: they are updated with Interlocked.
            public readonly T?[] Items = new T?[length];
            public readonly int[] Hashes = new int[length];
            public int Count;
            public volatile bool Frozen;
#pragma warning restore SA1401, CA1051
        }
    }
}
