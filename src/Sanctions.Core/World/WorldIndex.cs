using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

// The lookup structures of a world, built once: flat arrays of fact indices per key, periods flattened to day numbers.
internal sealed partial class WorldIndex
{
    // Each party's designations, one after the other: those of party p are at [designationStarts[p], designationStarts[p + 1]).
    // Two arrays rather than an array per party: a big world has a hundred thousand parties.
    private readonly int[] designationStarts;
    private readonly int[] designationsByParty;
    private readonly AuthorityId[] designationAuthority;
    private readonly PeriodBounds[] designationBounds;
    private readonly RecordPeriod[] designationRecords;
    private readonly Dictionary<AuthorityId, int[]> designationsByAuthority;

    private readonly PeriodBounds[] membershipBounds;
    private readonly Dictionary<PartyId, int[]> membershipsByOrganization;
    private readonly Dictionary<(PartyId Member, PartyId Organization), int[]> membershipsByPair;

    private readonly Dictionary<TreatyId, int[]> actionsByTreaty;

    private readonly PeriodBounds[] measureBounds;
    private readonly Dictionary<PartyId, int[]> measuresByTarget;

    private readonly PeriodBounds[] relationBounds;
    private readonly Dictionary<PartyId, int[]> relationsFrom;
    private readonly Dictionary<PartyId, int[]> relationsTo;

    private readonly PeriodBounds[] positionBounds;
    private readonly Dictionary<PartyId, int[]> positionsByHolder;

    // The change log is built on the first Changes() call, once, thread-safely: most users of a world never ask for it.
    // Uncertain: the changes of partial or unknown day, by first possible day, for the changes possibly in a span but placed outside it.
    private readonly Lazy<(int[] Days, WorldChange[] Changes, RecordPeriod[] Records, ChangeLog.Entry[] Uncertain)> changeLog;

    // Name lookup is for people typing names, not for hot paths: built on first use, once, thread-safely.
    private readonly Lazy<NameIndex<Party>> partyNames;
    private readonly Lazy<NameIndex<Treaty>> treatyNames;

    public WorldIndex(SanctionsWorld world, PartyReferences references)
    {
        World = world;
        var parties = world.Parties.Length;
        var designations = world.Designations;

        // The designations of each party are the biggest part of the index: for a big world they are grouped on the thread
        // pool while the rest is built here.
        var byParty = designations.Length >= WorldBuilder.ParallelFrom
            ? Task.Run(() => DesignationsByParty(parties, designations, references))
            : Task.FromResult(DesignationsByParty(parties, designations, references));
        designationAuthority = AuthoritiesOf(world);
        designationBounds = new PeriodBounds[designations.Length];
        designationRecords = new RecordPeriod[designations.Length];
        for (var i = 0; i < designations.Length; i++)
        {
            designationBounds[i] = new PeriodBounds(designations[i].Valid);
            designationRecords[i] = designations[i].Recorded;
        }

        // In the order added: DesignatedBy sorts what it finds.
        designationsByAuthority = Group(designations.Length, i => designationAuthority[i], null);

        var memberships = world.Memberships;
        membershipBounds = Bounds(memberships, static m => m.Valid);
        membershipsByOrganization = ByParty(world, references.Organization, i => StartKey(memberships[i].Valid), i => world.Parties[references.Member[i]].Name);
        membershipsByPair = Group(memberships.Length, i => (memberships[i].Member, memberships[i].Organization), i => StartKey(memberships[i].Valid));

        var actions = world.TreatyActions;
        actionsByTreaty = Group(actions.Length, i => actions[i].Treaty, i => actions[i].When.Earliest is { } e ? e.ToDateOnly().DayNumber : int.MinValue);

        var measures = world.CountryMeasures;
        measureBounds = Bounds(measures, static m => m.Valid);
        measuresByTarget = ByParty(world, references.MeasureTarget, i => StartKey(measures[i].Valid));

        var relations = world.Relations;
        relationBounds = Bounds(relations, static r => r.Valid);
        relationsFrom = ByParty(world, references.RelationFrom, i => StartKey(relations[i].Valid));
        relationsTo = ByParty(world, references.RelationTo, i => StartKey(relations[i].Valid));

        var positions = world.Positions;
        positionBounds = Bounds(positions, static p => p.Valid);
        positionsByHolder = ByParty(world, references.Holder, i => StartKey(positions[i].Valid));

        changeLog = new(
            () =>
            {
                var collected = ChangeLog.Collect(world, designationAuthority).ToArray();
                var all = collected.Where(c => c.Placed).OrderBy(c => c.On).ThenBy(c => c.Order).ToArray();
                var uncertain = collected.Where(c => c.IsUncertain).OrderBy(c => c.Lo).ToArray();
                return (all.Select(c => c.On.ToDateOnly().DayNumber).ToArray(), all.Select(c => c.Change).ToArray(), all.Select(c => c.Recorded).ToArray(), uncertain);
            },
            LazyThreadSafetyMode.ExecutionAndPublication);

        partyNames = new(() => NameIndex<Party>.ForParties(world.Parties), LazyThreadSafetyMode.ExecutionAndPublication);
        treatyNames = new(() => NameIndex<Treaty>.ForTreaties(world.Treaties), LazyThreadSafetyMode.ExecutionAndPublication);
        (designationStarts, designationsByParty) = byParty.GetAwaiter().GetResult();
    }

    public SanctionsWorld World { get; }

    public Certainty DesignationCertainty(int i, int day, Instant? knownAt, DesignationFilter filter)
    {
        if (!designationRecords[i].IsVisibleAt(knownAt))
        {
            return Certainty.No;
        }

        var certainty = designationBounds[i].Contains(day);
        if (certainty == Certainty.No || (!filter.IsEmpty && !filter.Accepts(World.Designations[i], designationAuthority[i])))
        {
            return Certainty.No;
        }

        return certainty;
    }

    public ArraySegment<int> DesignationsOfParty(PartyId party)
    {
        var p = World.PartyIndexOf(party);
        return p < 0 ? ArraySegment<int>.Empty : DesignationsOfParty(p);
    }

    public ArraySegment<int> DesignationsOfParty(int p) => new(designationsByParty, designationStarts[p], designationStarts[p + 1] - designationStarts[p]);

    public Certainty IsDesignated(int party, int day, Instant? knownAt, DesignationFilter filter)
    {
        var best = Certainty.No;
        foreach (var i in DesignationsOfParty(party))
        {
            var c = DesignationCertainty(i, day, knownAt, filter);
            if (c == Certainty.Certain)
            {
                return c;
            }

            if (c > best)
            {
                best = c;
            }
        }

        return best;
    }

    public ImmutableArray<DatedAnswer<Designation>> DesignatedBy(string authority, int day, Instant? knownAt, DesignationFilter filter)
    {
        var result = ImmutableArray.CreateBuilder<DatedAnswer<Designation>>();
        foreach (var (id, items) in designationsByAuthority)
        {
            if (!Authority.Covers(authority, id))
            {
                continue;
            }

            foreach (var i in items)
            {
                var c = DesignationCertainty(i, day, knownAt, filter);
                if (c != Certainty.No)
                {
                    result.Add(new DatedAnswer<Designation>(World.Designations[i], c));
                }
            }
        }

        return [.. result.OrderBy(a => World.GetParty(a.Fact.Party).Name, StringComparer.Ordinal).ThenBy(a => a.Fact.Id, StringComparer.Ordinal)];
    }

    public ImmutableArray<DatedAnswer<Membership>> MembersOf(PartyId organization, MembershipStatus? status, int day, Instant? knownAt)
    {
        if (!membershipsByOrganization.TryGetValue(organization, out var items))
        {
            return [];
        }

        // Two passes over the organisation's memberships so that the only allocation is the result array.
        var memberships = World.Memberships;
        Span<Certainty> certainties = items.Length <= 512 ? stackalloc Certainty[items.Length] : new Certainty[items.Length];
        var count = 0;
        for (var k = 0; k < items.Length; k++)
        {
            var i = items[k];
            var m = memberships[i];
            var c = (status is { } s && m.Status != s) || !m.Recorded.IsVisibleAt(knownAt) ? Certainty.No : membershipBounds[i].Contains(day);
            certainties[k] = c;
            count += c == Certainty.No ? 0 : 1;
        }

        if (count == 0)
        {
            return [];
        }

        var result = new DatedAnswer<Membership>[count];
        for (int k = 0, n = 0; k < items.Length; k++)
        {
            if (certainties[k] != Certainty.No)
            {
                result[n++] = new DatedAnswer<Membership>(memberships[items[k]], certainties[k]);
            }
        }

        return ImmutableCollectionsMarshal.AsImmutableArray(result);
    }

    public DatedAnswer<Membership>? StatusIn(PartyId party, PartyId organization, int day, Instant? knownAt)
    {
        if (!membershipsByPair.TryGetValue((party, organization), out var items))
        {
            return null;
        }

        DatedAnswer<Membership>? best = null;
        foreach (var i in items)
        {
            var m = World.Memberships[i];
            if (!m.Recorded.IsVisibleAt(knownAt))
            {
                continue;
            }

            var c = membershipBounds[i].Contains(day);
            if (c == Certainty.Certain)
            {
                return new DatedAnswer<Membership>(m, c);
            }

            // Of the possible statuses, the one that starts latest wins; on a tie, the one that ends latest (the more
            // likely to be still held); on a full tie, the first added.
            if (c == Certainty.Possible && (best is not { } b || PossibleRank(m.Valid).CompareTo(PossibleRank(b.Fact.Valid)) > 0))
            {
                best = new DatedAnswer<Membership>(m, c);
            }
        }

        return best;
    }

    private static (LocalDate Start, LocalDate End) PossibleRank(ValidPeriod period) =>
        (period.Start.Earliest ?? LocalDate.MinIsoValue, period.End.Latest ?? LocalDate.MaxIsoValue);

    public ImmutableArray<Membership> StatusHistory(PartyId party, PartyId organization, Instant? knownAt) =>
        membershipsByPair.TryGetValue((party, organization), out var items)
            ? [.. items.Select(i => World.Memberships[i]).Where(m => m.Recorded.IsVisibleAt(knownAt))]
            : [];

    public TreatyParties PartiesTo(TreatyId treaty, LocalDate on, Instant? knownAt)
    {
        if (!actionsByTreaty.TryGetValue(treaty, out var items))
        {
            return new TreatyParties([], []);
        }

        var bound = ImmutableArray.CreateBuilder<DatedAnswer<PartyId>>();
        var signedOnly = ImmutableArray.CreateBuilder<DatedAnswer<PartyId>>();
        var actions = items.Select(i => World.TreatyActions[i]).Where(a => a.Recorded.IsVisibleAt(knownAt));
        foreach (var group in actions.GroupBy(a => a.Party).OrderBy(g => World.GetParty(g.Key).Name, StringComparer.Ordinal))
        {
            var byKind = group.ToLookup(a => a.Kind);
            Certainty OnOrBefore(params TreatyActionKind[] kinds)
            {
                var best = Certainty.No;
                foreach (var kind in kinds)
                {
                    foreach (var a in byKind[kind])
                    {
                        var c = a.HappenedBy(on);
                        best = c > best ? c : best;
                    }
                }

                return best;
            }

            var consent = OnOrBefore(TreatyActionKind.Ratification, TreatyActionKind.Accession);
            var inForce = OnOrBefore(TreatyActionKind.EntryIntoForce);
            var ended = OnOrBefore(TreatyActionKind.Withdrawal, TreatyActionKind.Suspension, TreatyActionKind.Termination);
            var notEnded = ended switch { Certainty.Certain => Certainty.No, Certainty.Possible => Certainty.Possible, _ => Certainty.Certain };
            var isBound = Min(Min(consent, inForce), notEnded);
            if (isBound != Certainty.No)
            {
                bound.Add(new DatedAnswer<PartyId>(group.Key, isBound));
            }

            if (isBound == Certainty.Certain)
            {
                continue;
            }

            // Signed only: where the binding is only possible, so is being signed only (unknown is not no, either way).
            var signed = Min(Min(OnOrBefore(TreatyActionKind.Signature), notEnded), isBound == Certainty.Possible ? Certainty.Possible : Certainty.Certain);
            if (signed != Certainty.No)
            {
                signedOnly.Add(new DatedAnswer<PartyId>(group.Key, signed));
            }
        }

        return new TreatyParties(bound.DrainToImmutable(), signedOnly.DrainToImmutable());
    }

    private static Certainty Min(Certainty a, Certainty b) => a < b ? a : b;

    public ImmutableArray<DatedAnswer<CountryMeasure>> MeasuresOn(PartyId target, string? authority, int day, Instant? knownAt)
    {
        if (!measuresByTarget.TryGetValue(target, out var items))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DatedAnswer<CountryMeasure>>();
        foreach (var i in items)
        {
            var m = World.CountryMeasures[i];
            if ((authority is not null && !Authority.Covers(authority, m.Authority)) || !m.Recorded.IsVisibleAt(knownAt))
            {
                continue;
            }

            var c = measureBounds[i].Contains(day);
            if (c != Certainty.No)
            {
                result.Add(new DatedAnswer<CountryMeasure>(m, c));
            }
        }

        return result.DrainToImmutable();
    }

    // Whether any relation of the world is a same-as tie, found once on first use (0 not yet known, 1 none, 2 some): most worlds hold
    // none, and a compliance check asks for the same-as group of every participant.
    private int sameAsState;

    public bool HasSameAs
    {
        get
        {
            if (sameAsState == 0)
            {
                var any = false;
                foreach (var r in World.Relations)
                {
                    if (r.Kind == RelationKind.SameAs)
                    {
                        any = true;
                        break;
                    }
                }

                sameAsState = any ? 2 : 1;
            }

            return sameAsState == 2;
        }
    }

    public ImmutableArray<DatedAnswer<Relation>> RelationsOf(PartyId party, bool outgoing, RelationKind? kind, int day, Instant? knownAt)
    {
        var map = outgoing ? relationsFrom : relationsTo;
        if (!map.TryGetValue(party, out var items))
        {
            return [];
        }

        // The builder is made for the first answer: a party whose relations are all of other kinds (same-as asked of an owner) costs nothing.
        ImmutableArray<DatedAnswer<Relation>>.Builder? result = null;
        foreach (var i in items)
        {
            var r = World.Relations[i];
            if ((kind is { } k && r.Kind != k) || !r.Recorded.IsVisibleAt(knownAt))
            {
                continue;
            }

            var c = relationBounds[i].Contains(day);
            if (c != Certainty.No)
            {
                (result ??= ImmutableArray.CreateBuilder<DatedAnswer<Relation>>()).Add(new DatedAnswer<Relation>(r, c));
            }
        }

        return result is null ? [] : result.DrainToImmutable();
    }

    public ImmutableArray<DatedAnswer<Position>> PositionsOf(PartyId holder, int day, Instant? knownAt)
    {
        if (!positionsByHolder.TryGetValue(holder, out var items))
        {
            return [];
        }

        var result = ImmutableArray.CreateBuilder<DatedAnswer<Position>>();
        foreach (var i in items)
        {
            var p = World.Positions[i];
            if (!p.Recorded.IsVisibleAt(knownAt))
            {
                continue;
            }

            var c = positionBounds[i].Contains(day);
            if (c != Certainty.No)
            {
                result.Add(new DatedAnswer<Position>(p, c));
            }
        }

        return result.DrainToImmutable();
    }

    public ImmutableArray<WorldChange> Changes(int fromDay, int toDay, Instant? knownAt)
    {
        // Changes take effect on their day: those after fromDay up to and including toDay.
        var (changeDays, changes, changeRecords, uncertain) = changeLog.Value;
        var start = LowerBound(changeDays, fromDay + 1);
        var result = ImmutableArray.CreateBuilder<WorldChange>();
        for (var i = start; i < changeDays.Length && changeDays[i] <= toDay; i++)
        {
            if (changeRecords[i].IsVisibleAt(knownAt))
            {
                result.Add(changes[i]);
            }
        }

        // Then the changes of partial or unknown day placed outside the span (or nowhere) that may have happened inside it: unknown is not no.
        foreach (var u in uncertain)
        {
            if (u.Lo > toDay)
            {
                break;
            }

            var placedInSpan = u.Placed && u.On.ToDateOnly().DayNumber > fromDay && u.On.ToDateOnly().DayNumber <= toDay;
            if (!placedInSpan && u.Hi > fromDay && u.Recorded.IsVisibleAt(knownAt))
            {
                result.Add(u.Change with { PossiblyInSpan = true });
            }
        }

        return result.DrainToImmutable();
    }

    private static int LowerBound(int[] sorted, int value)
    {
        int lo = 0, hi = sorted.Length;
        while (lo < hi)
        {
            var mid = (lo + hi) >>> 1;
            if (sorted[mid] < value)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid;
            }
        }

        return lo;
    }

    public FindResult<Party> FindParty(string text) => partyNames.Value.Find(text);

    public FindResult<Treaty> FindTreaty(string text) => treatyNames.Value.Find(text);
}
