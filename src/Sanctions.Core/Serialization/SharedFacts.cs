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
    // value goes into an empty slot by compare-and-swap, and a slot once filled never changes. When it is half full, one
    // thread copies it into an array twice the size, under a lock. It first marks the old array frozen; a thread that has
    // put a value into an array and then finds it frozen puts the value into the new one as well, so that no value is lost
    // by the copy (the compare-and-swap and the marking are both full fences, so either the copy sees the value or its
    // writer sees the mark).
    internal sealed class Table<T>(IEqualityComparer<T> comparer)
        where T : class
    {
        private readonly Lock growing = new();
        private volatile Slots current = new(1024);

        public T Kept(T value)
        {
            var hash = comparer.GetHashCode(value);
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

        // The value kept, or null when this array has been frozen after the value was put into it.
        private T? Find(Slots slots, T value, int hash)
        {
            var items = slots.Items;
            var mask = items.Length - 1;
            for (var i = hash & mask; ; i = (i + 1) & mask)
            {
                var known = Volatile.Read(ref items[i]) ?? Interlocked.CompareExchange(ref items[i], value, null);
                if (known is null)
                {
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

                if (comparer.Equals(known, value))
                {
                    return known;
                }
            }
        }

        private void Grow(Slots slots)
        {
            lock (growing)
            {
                if (current != slots)
                {
                    return;
                }

                slots.Frozen = true;
                Interlocked.MemoryBarrier();
                var bigger = new Slots(slots.Items.Length * 2);
                var mask = bigger.Items.Length - 1;
                foreach (var item in slots.Items)
                {
                    if (item is null)
                    {
                        continue;
                    }

                    var i = comparer.GetHashCode(item) & mask;
                    while (bigger.Items[i] is not null)
                    {
                        i = (i + 1) & mask;
                    }

                    bigger.Items[i] = item;
                    bigger.Count++;
                }

                current = bigger;
            }
        }

        private sealed class Slots(int length)
        {
#pragma warning disable SA1401, CA1051 // Fields: they are updated with Interlocked.
            public readonly T?[] Items = new T?[length];
            public int Count;
            public volatile bool Frozen;
#pragma warning restore SA1401, CA1051
        }
    }
}
