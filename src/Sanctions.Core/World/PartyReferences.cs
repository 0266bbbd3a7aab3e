using System.Collections.Immutable;
using Sanctions.Core.Parties;

namespace Sanctions.Core.World;

// Every party a fact refers to, resolved once to the party's position in the world (-1 when no party has that id), so
// that the checks and the indexes do not each look the same ids up again. Parties are looked up by their id text,
// ordinally.
internal sealed class PartyReferences
{
    public const int Unknown = -1;

    private PartyReferences(Dictionary<string, int> index, WorldContent w)
    {
        Index = index;

        // Designations are most of a world's references: for a big world, the first half is resolved on the thread pool while
        // the rest are resolved here (the dictionary is only read).
        var designations = w.Designations;
        DesignationParty = new int[designations.Length];
        var half = designations.Length >= WorldBuilder.ParallelFrom ? designations.Length / 2 : 0;
        var firstHalf = half > 0 ? Task.Run(() => Resolve(designations, static d => d.Party, DesignationParty, 0, half)) : Task.CompletedTask;
        MeasureTarget = Resolve(w.CountryMeasures, static m => m.Target);
        ActionParty = Resolve(w.TreatyActions, static a => a.Party);
        Member = Resolve(w.Memberships, static m => m.Member);
        Organization = Resolve(w.Memberships, static m => m.Organization);
        RelationFrom = Resolve(w.Relations, static r => r.From);
        RelationTo = Resolve(w.Relations, static r => r.To);
        Holder = Resolve(w.Positions, static p => p.Holder);
        Resolve(designations, static d => d.Party, DesignationParty, half, designations.Length);
        firstHalf.GetAwaiter().GetResult();
    }

    // Party id text → position among the world's parties.
    public Dictionary<string, int> Index { get; }

    public int[] DesignationParty { get; }

    public int[] MeasureTarget { get; }

    public int[] ActionParty { get; }

    public int[] Member { get; }

    public int[] Organization { get; }

    public int[] RelationFrom { get; }

    public int[] RelationTo { get; }

    public int[] Holder { get; }

    // The parties must have distinct ids (the builder has removed duplicates).
    public static PartyReferences For(WorldContent w, Dictionary<string, int> index) => new(index, w);

    public int Find(PartyId id) => id.Value is { } value && Index.TryGetValue(value, out var i) ? i : Unknown;

    private int[] Resolve<T>(ImmutableArray<T> items, Func<T, PartyId> party)
    {
        var result = new int[items.Length];
        Resolve(items, party, result, 0, items.Length);
        return result;
    }

    // Resolves items [from, to) into result. Consecutive facts often name the same party (a party's designations are
    // written together): the last id found is tried first, before the dictionary.
    private void Resolve<T>(ImmutableArray<T> items, Func<T, PartyId> party, int[] result, int from, int to)
    {
        string? last = null;
        var lastIndex = Unknown;
        for (var i = from; i < to; i++)
        {
            var id = party(items[i]).Value;
            if (!string.Equals(id, last, StringComparison.Ordinal))
            {
                last = id;
                lastIndex = id is not null && Index.TryGetValue(id, out var found) ? found : Unknown;
            }

            result[i] = lastIndex;
        }
    }
}
