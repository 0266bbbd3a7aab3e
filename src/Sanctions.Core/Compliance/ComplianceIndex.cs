using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Runtime.CompilerServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

// What compliance checks need from a world beyond its own indexes, built once per world and shared by every engine over it: states by
// ISO code, ownership and control pruned per jurisdiction, and the identity of the data (its content hash is
// WorldJson.ComputeContentHash: the SHA-256 of the world's canonical JSON Lines). Immutable once built.
internal sealed class ComplianceIndex
{
    private static readonly ConditionalWeakTable<SanctionsWorld, ComplianceIndex> Cache = [];

    private readonly FrozenDictionary<string, OwnershipIndex> ownership;
    private readonly ConcurrentDictionary<(string Jurisdiction, MeasureKind Measure), OwnershipIndex> otherMeasures = new();
    private readonly Func<(string Jurisdiction, MeasureKind Measure), OwnershipIndex> buildOther;
    private readonly Lazy<DataIdentity> data;

    private ComplianceIndex(SanctionsWorld world)
    {
        StatesByAlpha2 = world.Parties.OfType<State>().Where(s => s.Alpha2 is not null && !s.IsRegion)
            .GroupBy(s => s.Alpha2!, StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.First().Id, StringComparer.Ordinal);

        var n = world.Parties.Length;
        var relations = world.Relations;
        var bounds = new PeriodBounds[relations.Length];
        var owner = new int[relations.Length];
        var outgoing = new List<int>?[n];
        var incoming = new List<int>?[n];
        for (var r = 0; r < relations.Length; r++)
        {
            var relation = relations[r];
            bounds[r] = new PeriodBounds(relation.Valid);
            owner[r] = world.PartyIndexOf(relation.From);
            if (relation.Kind is not (RelationKind.Ownership or RelationKind.Control))
            {
                continue;
            }

            (outgoing[owner[r]] ??= []).Add(r);
            (incoming[world.PartyIndexOf(relation.To)] ??= []).Add(r);
        }

        int[][] Flat(List<int>?[] lists) => [.. lists.Select(l => l is null ? [] : l.ToArray())];
        var outArrays = Flat(outgoing);
        var inArrays = Flat(incoming);
        var jurisdictions = world.Authorities.Select(a => a.Jurisdiction.ToUpperInvariant()).Distinct(StringComparer.Ordinal);
        var sameAs = SameAsGroups.For(world, bounds);
        ownership = jurisdictions.ToFrozenDictionary(j => j, j => new OwnershipIndex(world, j, bounds, owner, outArrays, inArrays, sameAs), StringComparer.Ordinal);

        // Ownership by parties under another measure (OFAC's sectoral lists) is built on the first check that asks for it.
        buildOther = key => new OwnershipIndex(world, key.Jurisdiction, bounds, owner, outArrays, inArrays, sameAs, key.Measure);
        data = new Lazy<DataIdentity>(() => new DataIdentity(world.Dataset.Name, world.Dataset.Version, WorldJson.ComputeContentHash(world)));
    }

    public FrozenDictionary<string, PartyId> StatesByAlpha2 { get; }

    // The content hash serialises the whole world once, on the first check that needs it.
    public DataIdentity Data => data.Value;

    public static ComplianceIndex For(SanctionsWorld world) => Cache.GetValue(world, w => new ComplianceIndex(w));

    public OwnershipIndex? OwnershipFor(string jurisdiction, MeasureKind measure = MeasureKind.AssetFreeze) =>
        !ownership.ContainsKey(jurisdiction) ? null
        : measure == MeasureKind.AssetFreeze ? ownership[jurisdiction]
        : otherMeasures.GetOrAdd((jurisdiction, measure), buildOther);
}
