namespace Sanctions.Core.Serialization;

// Values that many records of one read repeat, kept once for the whole read (and shared by the readers of its blocks or
// batches): a party's id, written again by every designation, relation or membership that names the party, and a source
// record, which a party and its designations usually share. A world read this way holds one instance of each, so it is
// smaller, and the garbage collector has fewer objects to carry while the world is built. Equal values are
// interchangeable (both are immutable), so which instance is kept changes no result.
// Readers on several threads use it at once: the values are spread over stripes, each with its own lock, so that two
// threads seldom wait for each other.
internal sealed class SharedFacts
{
    private const int Stripes = 32;

    private readonly Stripe<string> ids = new(StringComparer.Ordinal);
    private readonly Stripe<Provenance> sources = new(EqualityComparer<Provenance>.Default);

    // The instance of a party id text that this read has seen first.
    public string Id(string id) => ids.Kept(id);

    // The instance of an equal source this read has seen first.
    public Provenance Source(Provenance source) => sources.Kept(source);

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
