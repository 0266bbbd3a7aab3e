using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.World;

/// <summary>
/// Merges worlds imported from different sources (an OFAC CSV import, an OFAC XML import, the US CSL) into one, keeping
/// what each source says: where two sources give one party id different content, each keeps its own party and the two
/// are tied by a <see cref="RelationKind.SameAs"/> relation (issue 16; see docs/concepts.md, "Merging sources").
/// </summary>
/// <remarks>
/// <para>Worlds are taken in order. A party, designation, authority, instrument, program or list with an id not seen
/// before is added as it is; one equal to what is there (provenance included) is kept once. A party with an id already
/// taken and other content is added under <c>{id}~{source}</c> (its provenance's source, such as
/// <c>ofac:11609~ofac-cons-xml</c>), with a same-as relation from it to the party first stated under the id, and every
/// designation, relation and position of its world refers to it under the new id. A designation likewise becomes
/// <c>{id}~{source}</c>. Authorities, instruments, programs and lists are one real thing under one id: the first
/// world's is kept (the US CSL names OFAC's SDN list otherwise than OFAC does).</para>
/// <para>A FollowTheMoney referent (an identifier of scheme <c>opensanctions-referent</c>) that names a party of the merged world, as
/// <c>os:{referent}</c> or with its first <c>-</c> made <c>:</c> (<c>ofac-46001</c> is <c>ofac:46001</c>), ties the two by a same-as relation
/// too; a referent that names no party stays an identifier only.</para>
/// <para>Other facts (country measures, treaties, treaty actions, memberships) are added as
/// <see cref="WorldBuilder.AddWorld"/> adds them: one given twice with other content is still an error.</para>
/// </remarks>
/// <threadsafety>Static and stateless.</threadsafety>
public static class WorldMerge
{
    /// <summary>Merges <paramref name="worlds"/>, in order, into one validated world.</summary>
    /// <param name="worlds">The worlds; at least one.</param>
    /// <param name="dataset">The merged world's dataset information; the first world's when null.</param>
    /// <returns>The merged world.</returns>
    /// <exception cref="ArgumentException"><paramref name="worlds"/> is empty or holds a null.</exception>
    /// <exception cref="WorldValidationException">The merged facts do not form a valid world (facts other than parties, designations and the catalog conflict).</exception>
    public static SanctionsWorld Merge(IEnumerable<SanctionsWorld> worlds, DatasetInfo? dataset = null)
    {
        ArgumentNullException.ThrowIfNull(worlds);
        var all = worlds.ToList();
        if (all.Count == 0 || all.Any(w => w is null))
        {
            throw new ArgumentException("At least one world is needed, and no null.", nameof(worlds));
        }

        var builder = new WorldBuilder { Dataset = dataset ?? all[0].Dataset };
        var parties = new Dictionary<string, Party>(StringComparer.Ordinal);
        var designations = new Dictionary<string, Designation>(StringComparer.Ordinal);
        var catalog = new HashSet<string>(StringComparer.Ordinal);
        foreach (var world in all)
        {
            var renamed = new Dictionary<PartyId, PartyId>();
            foreach (var party in world.Parties)
            {
                var (placed, isNew) = Place(parties, party.Id.Value, party, party.Source.Source, static (p, id) => p with { Id = new PartyId(id) });
                if (placed.Id != party.Id)
                {
                    renamed[party.Id] = placed.Id;
                }

                if (isNew)
                {
                    builder.AddParty(placed);
                    if (placed.Id != party.Id)
                    {
                        builder.AddRelation(new Relation(RelationKind.SameAs, placed.Id, party.Id, ValidPeriod.Always, source: SameAsSource(party)));
                    }
                }
            }

            foreach (var authority in world.Authorities)
            {
                AddOnce(catalog, "authority/" + authority.Id.Value, () => builder.AddAuthority(authority));
            }

            foreach (var instrument in world.Instruments)
            {
                AddOnce(catalog, "instrument/" + instrument.Id.Value, () => builder.AddInstrument(instrument));
            }

            foreach (var program in world.Programs)
            {
                AddOnce(catalog, "program/" + program.Id.Value, () => builder.AddProgram(program));
            }

            foreach (var list in world.Lists)
            {
                AddOnce(catalog, "list/" + list.Id.Value, () => builder.AddList(list));
            }

            foreach (var designation in world.Designations)
            {
                var repointed = renamed.TryGetValue(designation.Party, out var to) ? designation with { Party = to } : designation;
                var (placed, isNew) = Place(designations, repointed.Id, repointed, repointed.Source.Source, static (d, id) => d with { Id = id });
                if (isNew)
                {
                    builder.AddDesignation(placed);
                }
            }

            foreach (var relation in world.Relations)
            {
                builder.AddRelation(relation with { From = Renamed(renamed, relation.From), To = Renamed(renamed, relation.To) });
            }

            foreach (var position in world.Positions)
            {
                builder.AddPosition(position with
                {
                    Holder = Renamed(renamed, position.Holder),
                    Organization = position.Organization is { } org ? Renamed(renamed, org) : null,
                });
            }

            foreach (var measure in world.CountryMeasures)
            {
                builder.AddCountryMeasure(measure);
            }

            foreach (var treaty in world.Treaties)
            {
                builder.AddTreaty(treaty);
            }

            foreach (var action in world.TreatyActions)
            {
                builder.AddTreatyAction(action);
            }

            foreach (var membership in world.Memberships)
            {
                builder.AddMembership(membership);
            }
        }

        TieReferents(builder, parties, all);
        return builder.Build();
    }

    /// <summary>The identifier scheme of a FollowTheMoney referent (Sanctions.Sources' FtM importer writes it).</summary>
    internal const string ReferentScheme = "opensanctions-referent";

    // FollowTheMoney referents (issue 16): an OpenSanctions entity names the source records it merged (ofac-46001, NK-…). Where one names a
    // party of the merged world, under the id OpenSanctions gives it (os:{referent}) or as this library ids that list's records (the first
    // '-' a ':': ofac-46001 is ofac:46001), the two are tied by a same-as relation from the entity, unless one ties them already.
    private static void TieReferents(WorldBuilder builder, Dictionary<string, Party> parties, List<SanctionsWorld> worlds)
    {
        var tied = new HashSet<(string, string)>();
        foreach (var relation in worlds.SelectMany(w => w.Relations).Where(r => r.Kind == RelationKind.SameAs))
        {
            tied.Add((relation.From.Value, relation.To.Value));
        }

        foreach (var party in parties.Values)
        {
            foreach (var identifier in party.Identifiers)
            {
                if (identifier.Scheme != ReferentScheme)
                {
                    continue;
                }

                var dash = identifier.Value.IndexOf('-', StringComparison.Ordinal);
                string?[] candidates = ["os:" + identifier.Value, dash > 0 ? string.Concat(identifier.Value.AsSpan(0, dash), ":", identifier.Value.AsSpan(dash + 1)) : null];
                foreach (var candidate in candidates)
                {
                    if (candidate is not null && candidate != party.Id.Value && parties.ContainsKey(candidate) && tied.Add((party.Id.Value, candidate)))
                    {
                        builder.AddRelation(new Relation(RelationKind.SameAs, party.Id, new PartyId(candidate), ValidPeriod.Always,
                            source: new Provenance("merge", party.Id.Value, note: $"FollowTheMoney referent '{identifier.Value}' of {party.Source.Source} names this party")));
                    }
                }
            }
        }
    }

    /// <summary>
    /// Where <paramref name="item"/> goes: under its own id, or else <c>{id}~{source}</c>, <c>{id}~{source}~2</c>…, the first
    /// id that is free (the item is new) or holds an equal item (kept once).
    /// </summary>
    private static (T Placed, bool IsNew) Place<T>(Dictionary<string, T> placed, string id, T item, string source, Func<T, string, T> withId)
        where T : class
    {
        var candidate = id;
        for (var n = 1; ; n++)
        {
            var under = candidate == id ? item : withId(item, candidate);
            if (!placed.TryGetValue(candidate, out var existing))
            {
                placed.Add(candidate, under);
                return (under, true);
            }

            if (existing.Equals(under))
            {
                return (existing, false);
            }

            candidate = id + "~" + source + (n == 1 ? string.Empty : "~" + n.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }

    private static void AddOnce(HashSet<string> seen, string key, Action add)
    {
        if (seen.Add(key))
        {
            add();
        }
    }

    private static PartyId Renamed(Dictionary<PartyId, PartyId> renamed, PartyId id) => renamed.TryGetValue(id, out var to) ? to : id;

    private static Provenance SameAsSource(Party party) =>
        new("merge", party.Id.Value, note: $"one id, two contents: '{party.Source.Source}' states this party otherwise than an earlier source");
}
