using NodaTime;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Compliance;

// Which test a traversal applies: OFAC's aggregate 50% rule (50% or more, shares of listed owners added up); a single listed owner's
// majority (more than 50%) or control (the UK's test: OFSI does not add up different designated persons' holdings); or the listed
// owners' aggregate majority or control (the EU's test since the Commission's FAQ of 8 April 2022).
internal enum OwnershipTest
{
    Aggregate50,
    MajorityOrControl,
    AggregateMajorityOrControl,
}

// The state of one party in a traversal: whether it is designated itself (Direct) and whether the test reaches it through its owners
// (Derived), with the incoming relation that contributes most (Via) for the chain.
internal struct OwnershipState
{
    public Certainty Direct;
    public int DirectDesignation;
    public Certainty Derived;
    public int Via;
    public decimal CertainShare;
    public decimal PossibleShare;
    public bool Done;

    public readonly Certainty Blocked => Direct > Derived ? Direct : Derived;
}

// Ownership and control pruned to what can matter for one jurisdiction, built once per world.
//
// Why this shape: a cache keyed by date cannot answer an arbitrary date, knowledge instant and certainty; precomputing, per company, the
// day-intervals where the aggregate crosses 50% would have to be done per knowledge instant and per reading (narrow and wide) of partial
// dates. Instead the index keeps only the parties that some designated party of the jurisdiction reaches through ownership or control, at
// any date, in any record (the "exposed" set), with their incoming edges from exposed owners. A query on a party outside the set answers
// at once; inside it, a memoised traversal walks only exposed ancestors, evaluating each stake and designation on the day asked, with the
// knowledge instant asked. The answer is exact for every date, instant and certainty, and its cost is the size of the party's exposed
// ancestry, not of the world.
internal sealed class OwnershipIndex
{
    // Per-query memo over the exposed parties, reset by bumping a generation rather than clearing.
    internal sealed class Memo(int size)
    {
        private readonly int[] stamps = new int[size];
        private readonly OwnershipState[] states = new OwnershipState[size];
        private int generation;

        public bool InUse { get; private set; }

        public void Begin()
        {
            if (++generation == int.MaxValue)
            {
                Array.Clear(stamps);
                generation = 1;
            }

            InUse = true;
        }

        public void End() => InUse = false;

        public bool TryGet(int slot, out OwnershipState state)
        {
            if (stamps[slot] == generation)
            {
                state = states[slot];
                return true;
            }

            state = default;
            return false;
        }

        public void Set(int slot, OwnershipState state)
        {
            stamps[slot] = generation;
            states[slot] = state;
        }
    }

    private const int MaxDepth = 256;
    private static readonly int[] None = [];

    private readonly SanctionsWorld world;
    private readonly PeriodBounds[] relationBounds;
    private readonly int[][] incoming;
    private readonly int[][] freezes;
    private readonly int[] relationOwner;
    private readonly int[] ordinal;
    private readonly ThreadLocal<Memo> memos;
    private readonly SameAsGroups? sameAs;

    public OwnershipIndex(SanctionsWorld world, string jurisdiction, PeriodBounds[] relationBounds, int[] relationOwner, int[][] outgoing, int[][] allIncoming,
        SameAsGroups? sameAs, MeasureKind measure = MeasureKind.AssetFreeze)
    {
        this.world = world;
        this.sameAs = sameAs;
        this.relationBounds = relationBounds;
        this.relationOwner = relationOwner;
        Jurisdiction = jurisdiction;
        var n = world.Parties.Length;
        freezes = new int[n][];
        var exposed = new bool[n];
        var queue = new Queue<int>();
        var designations = world.Designations;
        for (var p = 0; p < n; p++)
        {
            List<int>? mine = null;
            foreach (var d in world.Index.DesignationsOfParty(world.Parties[p].Id))
            {
                if (designations[d].Measures.Contains(measure) && JurisdictionOf(world, world.AuthorityOf(designations[d])) == jurisdiction)
                {
                    (mine ??= []).Add(d);
                }
            }

            freezes[p] = mine is null ? None : [.. mine];
            if (mine is not null)
            {
                exposed[p] = true;
                queue.Enqueue(p);
            }
        }

        while (queue.Count > 0)
        {
            var p = queue.Dequeue();

            // The records of the same real party (same-as) are exposed with it: one of them may be the designated one, or the owned one.
            foreach (var member in sameAs?.MembersOf(p) ?? None)
            {
                if (!exposed[member])
                {
                    exposed[member] = true;
                    queue.Enqueue(member);
                }
            }

            foreach (var r in outgoing[p])
            {
                var to = world.PartyIndexOf(world.Relations[r].To);
                if (!exposed[to])
                {
                    exposed[to] = true;
                    queue.Enqueue(to);
                }
            }
        }

        incoming = new int[n][];
        ordinal = new int[n];
        ExposedCount = 0;
        for (var p = 0; p < n; p++)
        {
            if (!exposed[p])
            {
                incoming[p] = None;
                ordinal[p] = -1;
                continue;
            }

            ordinal[p] = ExposedCount++;
            incoming[p] = [.. allIncoming[p].Where(r => exposed[relationOwner[r]])];
        }

        Exposed = exposed;
        memos = new ThreadLocal<Memo>(() => new Memo(ExposedCount));
    }

    public string Jurisdiction { get; }

    public int ExposedCount { get; }

    public bool[] Exposed { get; }

    public static string JurisdictionOf(SanctionsWorld world, AuthorityId authority) =>
        world.FindAuthority(authority)?.Jurisdiction.ToUpperInvariant() ?? authority.Value.Split('-')[0].ToUpperInvariant();

    public int[] IncomingOf(int party) => incoming[party];

    // Whether the world ties parties by same-as (SameAsGroups built): without, a party is its one record and no same-as step is taken.
    public bool HasSameAs => sameAs is not null;

    public int OwnerOf(int relation) => relationOwner[relation];

    // The records a query counts as the party: itself, and the records tied to it by same-as on the day (with the tie's certainty).
    public List<(int Member, Certainty Tie)>? RecordsOf(int party, int day, Instant? knownAt) =>
        sameAs?.MembersOf(party) is null ? null : sameAs.TiesOf(party, day, knownAt);

    public Certainty EdgeCertainty(int relation, int day, Instant? knownAt) =>
        world.Relations[relation].Recorded.IsVisibleAt(knownAt) ? relationBounds[relation].Contains(day) : Certainty.No;

    // A fresh memo for one query (one day, one knowledge instant, one test): the calling thread's own, reset in O(1) by a new generation,
    // or a new one if the thread's memo is in use by a query not yet finished.
    public Memo BeginQuery()
    {
        var memo = memos.Value!;
        if (memo.InUse)
        {
            memo = new Memo(ExposedCount);
        }

        memo.Begin();
        return memo;
    }

    // The state of a party already resolved in this query, if it was.
    public bool TryGetResolved(int party, Memo memo, out OwnershipState state)
    {
        state = default;
        return ordinal[party] >= 0 && memo.TryGet(ordinal[party], out state);
    }

    // Resolves a party, memoising every exposed ancestor visited. Parties outside the exposed set are neither designated by the
    // jurisdiction nor reachable from a designated party: they are answered without a lookup.
    public OwnershipState Resolve(int party, int day, Instant? knownAt, OwnershipTest test, Memo memo) => sameAs is null
        ? Resolve<OneRecord>(party, day, knownAt, test, memo, 0)
        : Resolve<TiedRecords>(party, day, knownAt, test, memo, 0);

    // How a traversal reads a party: as its one record (the world holds no same-as relation) or with the records tied to it (SameAsGroups).
    // A type argument rather than a test of the field, so that the JIT compiles the one-record traversal with no same-as branch in it: a
    // world without same-as pays nothing for them (issue 17).
    private interface IRecordMode
    {
        static abstract bool SameAs { get; }
    }

    private struct OneRecord : IRecordMode
    {
        public static bool SameAs => false;
    }

    private struct TiedRecords : IRecordMode
    {
        public static bool SameAs => true;
    }

    private OwnershipState Resolve<TMode>(int party, int day, Instant? knownAt, OwnershipTest test, Memo memo, int depth)
        where TMode : struct, IRecordMode
    {
        var slot = ordinal[party];
        if (slot < 0)
        {
            return new OwnershipState { DirectDesignation = -1, Via = -1, Done = true };
        }

        if (memo.TryGet(slot, out var known))
        {
            // A party still in progress is on a cycle of ownership: it adds nothing to itself (the least fixed point).
            return known;
        }

        // With same-as, the party's records are those tied to it on the day: each record's designations count, no more certainly than
        // the tie (issue 16). A world without same-as takes the first branch only.
        var records = TMode.SameAs ? RecordsOf(party, day, knownAt) : null;
        var state = new OwnershipState { DirectDesignation = -1, Via = -1 };
        var recordCount = TMode.SameAs && records is not null ? records.Count : 1;
        for (var k = 0; k < recordCount; k++)
        {
            var (member, tie) = TMode.SameAs && records is not null ? records[k] : (party, Certainty.Certain);
            foreach (var d in freezes[member])
            {
                var c = world.Index.DesignationCertainty(d, day, knownAt, default);
                if (TMode.SameAs)
                {
                    c = c < tie ? c : tie;
                }

                if (c > state.Direct)
                {
                    state.Direct = c;
                    state.DirectDesignation = d;
                }
            }
        }

        if (state.Direct == Certainty.Certain)
        {
            state.Done = true;
            memo.Set(slot, state);
            return state;
        }

        if (depth >= MaxDepth)
        {
            // Deeper than any real structure: do not pretend to know; the chain is possibly blocking.
            state.Derived = Certainty.Possible;
            state.Done = true;
            memo.Set(slot, state);
            return state;
        }

        memo.Set(slot, state);
        var bestLink = Certainty.No;
        var bestShare = -1m;
        var unknownShare = false;
        var control = Certainty.No;
        var aggregates = test != OwnershipTest.MajorityOrControl;

        // With same-as in the world, holdings are added up once per real owner: the stakes of one owner record in one company record
        // add up as always; records of the same owner, or stakes in records of the same company, are one holding recorded by several
        // sources, and the largest counts (Holdings). Without same-as the sums are kept as the loop goes, and it stops once certain.
        List<Holding>? holdings = null;
        var finished = false;
        for (var k = 0; k < recordCount && !finished; k++)
        {
            var (target, targetTie) = TMode.SameAs && records is not null ? records[k] : (party, Certainty.Certain);
            foreach (var r in incoming[target])
            {
                var relation = world.Relations[r];
                if (test == OwnershipTest.Aggregate50 && relation.Kind != RelationKind.Ownership)
                {
                    continue;
                }

                var edge = EdgeCertainty(r, day, knownAt);
                if (TMode.SameAs)
                {
                    edge = edge < targetTie ? edge : targetTie;
                }

                if (edge == Certainty.No)
                {
                    continue;
                }

                var owner = Resolve<TMode>(relationOwner[r], day, knownAt, test, memo, depth + 1).Blocked;
                if (owner == Certainty.No)
                {
                    continue;
                }

                var link = edge < owner ? edge : owner;
                var share = relation.Percent;
                Certainty qualifies;
                if (test == OwnershipTest.AggregateMajorityOrControl && relation.Kind == RelationKind.Control)
                {
                    qualifies = link;
                    control = link > control ? link : control;
                }
                else if (aggregates)
                {
                    if (share is not { } pct)
                    {
                        unknownShare = true;
                        qualifies = Certainty.Possible;
                    }
                    else
                    {
                        if (TMode.SameAs)
                        {
                            Hold(holdings ??= [], new Holding(sameAs!.RepresentativeOf(relationOwner[r]), relationOwner[r], target, link == Certainty.Certain ? pct : 0m, pct));
                        }
                        else
                        {
                            state.PossibleShare += pct;
                            if (link == Certainty.Certain)
                            {
                                state.CertainShare += pct;
                            }
                        }

                        qualifies = link;
                    }
                }
                else
                {
                    qualifies = relation.Kind switch
                    {
                        RelationKind.Control => link,
                        RelationKind.Ownership when share is > 50m => link,
                        RelationKind.Ownership when share is null => Certainty.Possible,
                        _ => Certainty.No,
                    };
                    if (qualifies != Certainty.No && link < qualifies)
                    {
                        qualifies = link;
                    }
                }

                // The chain follows the strongest contributor: the most certain, then the largest share.
                var weight = share ?? 0m;
                if (qualifies > bestLink || (qualifies == bestLink && qualifies != Certainty.No && weight > bestShare))
                {
                    bestLink = qualifies;
                    bestShare = weight;
                    state.Via = r;
                }

                // The answer is certain: the remaining owners cannot change it, so they are not walked.
                if (test switch
                {
                    OwnershipTest.Aggregate50 => state.CertainShare >= 50m,
                    OwnershipTest.AggregateMajorityOrControl => state.CertainShare > 50m || control == Certainty.Certain,
                    _ => bestLink == Certainty.Certain,
                })
                {
                    finished = true;
                    break;
                }
            }
        }

        if (TMode.SameAs && holdings is not null)
        {
            (state.CertainShare, state.PossibleShare) = Sum(holdings);
        }

        state.Derived = test switch
        {
            OwnershipTest.Aggregate50 => Aggregate(state, unknownShare, 50m, inclusive: true),
            OwnershipTest.AggregateMajorityOrControl => Max(control, Aggregate(state, unknownShare, 50m, inclusive: false)),
            _ => bestLink,
        };
        if (state.Derived == Certainty.No)
        {
            state.Via = -1;
        }

        state.Done = true;
        memo.Set(slot, state);
        return state;
    }

    // Certain when the certain sum passes the threshold; possible when only the possible sum does, or a listed owner holds a stake of
    // unknown size.
    private static Certainty Aggregate(in OwnershipState state, bool unknownShare, decimal threshold, bool inclusive)
    {
        bool Passes(decimal sum) => inclusive ? sum >= threshold : sum > threshold;
        return Passes(state.CertainShare) ? Certainty.Certain : Passes(state.PossibleShare) || (unknownShare && state.Via >= 0) ? Certainty.Possible : Certainty.No;
    }

    private static Certainty Max(Certainty a, Certainty b) => a > b ? a : b;

    // A stake counted towards an aggregate, with same-as in the world: the real owner (its group's representative), the owner and
    // company records it was stated between, and its share if the link is certain and if it is possible.
    private readonly record struct Holding(int Owner, int OwnerRecord, int CompanyRecord, decimal Certain, decimal Possible);

    private static void Hold(List<Holding> holdings, Holding stake)
    {
        var i = holdings.FindIndex(h => h.OwnerRecord == stake.OwnerRecord && h.CompanyRecord == stake.CompanyRecord);
        if (i < 0)
        {
            holdings.Add(stake);
        }
        else
        {
            holdings[i] = holdings[i] with { Certain = holdings[i].Certain + stake.Certain, Possible = holdings[i].Possible + stake.Possible };
        }
    }

    // Per real owner the largest of its records' holdings, added up over owners.
    private static (decimal Certain, decimal Possible) Sum(List<Holding> holdings)
    {
        decimal certain = 0m, possible = 0m;
        foreach (var owner in holdings.GroupBy(h => h.Owner))
        {
            certain += owner.Max(h => h.Certain);
            possible += owner.Max(h => h.Possible);
        }

        return (certain, possible);
    }
}
