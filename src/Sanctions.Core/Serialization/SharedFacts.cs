namespace Sanctions.Core.Serialization;

// Values that many records of one read repeat, kept once for the whole read (and shared by the readers of its blocks or
// batches): a party's id, written again by every designation, relation or membership that names the party, and a source
// record, which a party and its designations usually share. A world read this way holds one instance of each, so it is
// smaller, and the garbage collector has fewer objects to carry while the world is built. Equal values are
// interchangeable (both are immutable), so which instance is kept changes no result.
internal sealed class SharedFacts
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, string> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<Provenance, Provenance> sources = [];

    // The instance of a party id text that this read has seen first.
    public string Id(string id)
    {
        lock (gate)
        {
            if (ids.TryGetValue(id, out var known))
            {
                return known;
            }

            ids.Add(id, id);
            return id;
        }
    }

    // The instance of an equal source this read has seen first.
    public Provenance Source(Provenance source)
    {
        lock (gate)
        {
            if (sources.TryGetValue(source, out var known))
            {
                return known;
            }

            sources.Add(source, source);
            return source;
        }
    }
}
