namespace Sanctions.Core.Serialization;

// Values that many records of one read repeat, kept once for the whole read (and shared by the readers of its blocks or
// batches): a party's id, written again by every designation, relation or membership that names the party, and a source
// record, which a party and its designations usually share. A world read this way holds one instance of each, so it is
// smaller, and the garbage collector has fewer objects to carry while the world is built. Equal values are
// interchangeable (both are immutable), so which instance is kept changes no result.
// Readers on several threads use it at once: the values are spread over stripes, each with its own lock, so that two
// threads seldom wait for each other. Finding a value is much of the time these threads spend, so the stripes are many:
// with 32, a read of a 100k-party world on two cores waited about 2,400 times, with 256 about 400.
internal sealed class SharedFacts
{
    private const int Stripes = 256;

    private readonly Stripe<string> ids = new(StringComparer.Ordinal);
    private readonly Stripe<Provenance> sources = new(SourceComparer.Instance);

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

    private sealed class Stripe<T>
        where T : class
    {
        private readonly IEqualityComparer<T> comparer;
        private readonly Lock[] gates = new Lock[Stripes];
        private readonly Dictionary<T, T>[] kept = new Dictionary<T, T>[Stripes];

        public Stripe(IEqualityComparer<T> comparer)
        {
            this.comparer = comparer;
            for (var i = 0; i < Stripes; i++)
            {
                gates[i] = new Lock();
                kept[i] = new Dictionary<T, T>(comparer);
            }
        }

        public T Kept(T value)
        {
            var stripe = (int)((uint)comparer.GetHashCode(value) % Stripes);
            lock (gates[stripe])
            {
                var values = kept[stripe];
                if (values.TryGetValue(value, out var known))
                {
                    return known;
                }

                values.Add(value, value);
                return value;
            }
        }
    }
}
