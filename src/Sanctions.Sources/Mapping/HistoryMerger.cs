using System.Collections.Immutable;
using System.Runtime.InteropServices;
using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Mapping;

/// <summary>
/// Builds record time from successive publications of one list (issue 7, "History"):
/// an entry that appears starts its record, and, where the list gives no date, its designation,
/// at that publication; one that disappears is delisted at it; a changed entry closes the old
/// record and opens a new one.
/// </summary>
/// <remarks>
/// <para>A designation that disappears at publication <c>t</c> yields two versions: the one the
/// list asserted, recorded <c>[first, t)</c>, and the delisted one, valid until the calendar day of
/// <c>t</c> and recorded from <c>t</c>. So <c>AsOf(d, knownAt)</c> before <c>t</c> still shows the
/// listing, and without <c>knownAt</c> the designation ends at <c>t</c>.</para>
/// <para>Parties carry no record time in the model, so each party is taken from the last
/// publication that lists it; its names do (<see cref="PartyName.Recorded"/>, see <see cref="NameVersions"/>): a name an
/// earlier publication gave and a later one no longer gives is kept, recorded until that later publication, and a
/// strong one is also kept as a former name from then on (a renamed entry keeps its old name). Relations and positions are
/// recorded like designations, without a delisted version.</para>
/// <para>With a single publication and no publication instant, facts are recorded
/// <see cref="RecordPeriod.Always"/> and an undated designation starts on a wholly unknown day; otherwise an undated listing starts
/// on an unknown day between the previous publication and this one, and an undated delisting ends likewise (issue 14).</para>
/// </remarks>
internal static class HistoryMerger
{
    public sealed record Result(
        IReadOnlyList<Party> Parties,
        IReadOnlyList<Designation> Designations,
        IReadOnlyList<Relation> Relations,
        IReadOnlyList<Position> Positions);

    public static Result Merge(IReadOnlyList<Snapshot> snapshots)
    {
        if (snapshots.Count == 1 && Single(snapshots[0]) is { } single)
        {
            return single;
        }

        var merge = new Running();
        foreach (var snapshot in snapshots)
        {
            merge.Add(snapshot);
        }

        return merge.Finish();
    }

    /// <summary>
    /// A merge that takes publications one at a time, oldest first, so that each can be let go once added: holding all
    /// of them until the end made an import of 34 monthly SDN publications peak at 730 MB.
    /// </summary>
    public sealed class Running
    {
        // Each open fact notes the last publication that stated it (its stamp): what a publication no longer states is what was
        // not stamped by it. Sets of what each publication stated made every fact hashed two or three times more (a relation's
        // hash goes through all its fields), and made anew, their large arrays made the collector go through the whole heap sooner.
        private readonly Dictionary<string, PartyState> parties = new(StringComparer.Ordinal);
        private readonly List<Designation> designations = [];
        private readonly List<Relation> relations = [];
        private readonly List<Position> positions = [];
        private readonly Dictionary<string, OpenDesignation> open = new(StringComparer.Ordinal);
        private readonly Dictionary<Relation, (Instant? From, int Stamp)> openRelations = [];
        private readonly Dictionary<Position, (Instant? From, int Stamp)> openPositions = [];
        private readonly Dictionary<string, int> versions = new(StringComparer.Ordinal);
        private readonly NameVersions names = new();
        private readonly List<OpenDesignation> gone = [];
        private int stamp;
        private Instant? previous;

        /// <summary>Adds the next publication; it is not used again.</summary>
        public void Add(Snapshot snapshot)
        {
            var at = snapshot.Published;
            var undatedStart = Between(previous, at);
            stamp++;
            parties.EnsureCapacity(snapshot.Records.Count);
            open.EnsureCapacity(snapshot.Records.Count);
            foreach (var record in snapshot.Records.Values)
            {
                ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(parties, record.Party.Id.Value, out var known);
                if (!known)
                {
                    names.FirstSeen(record.Party.Id.Value, at);
                    state = new PartyState(record.Party);
                }
                else if (!ReferenceEquals(state!.Party, record.Party))
                {
                    names.Change(state.Party, record.Party, at);
                    state.Party = record.Party;
                }

                state!.Listed = stamp;
                state.Restamp = snapshot.TakenOver.Count > 0 && snapshot.TakenOver.Contains(record.Key) ? (snapshot.Version, snapshot.Published) : null;
                foreach (var draft in record.Designations)
                {
                    ref var current = ref CollectionsMarshal.GetValueRefOrAddDefault(open, draft.Key, out var opened);
                    if (opened)
                    {
                        if (current!.Draft.SameContent(draft))
                        {
                            current.Stamp = stamp;
                            continue;
                        }

                        // Changed: close the old record, open a new one; an undated start carries over.
                        designations.Add(current.ToDesignation(current.Draft.To, Close(current.RecordedFrom, at)));
                        current = new OpenDesignation(draft, NewId(draft.Key, versions), draft.From is { } f ? PeriodEnd.On(f) : current.ValidFrom, at) { Stamp = stamp };
                    }
                    else
                    {
                        current = new OpenDesignation(draft, NewId(draft.Key, versions), draft.From is { } f ? PeriodEnd.On(f) : undatedStart, at) { Stamp = stamp };
                    }
                }

                if (record.HasRelations)
                {
                    foreach (var relation in record.Relations)
                    {
                        Open(openRelations, relation, at, stamp);
                    }
                }

                if (record.HasPositions)
                {
                    foreach (var position in record.Positions)
                    {
                        Open(openPositions, position, at, stamp);
                    }
                }
            }

            gone.Clear();
            foreach (var designation in open.Values)
            {
                if (designation.Stamp != stamp)
                {
                    gone.Add(designation);
                }
            }

            foreach (var vanished in gone)
            {
                var key = vanished.Draft.Key;
                open.Remove(key);

                // Disappeared: what the list said, closed at t; and the delisting, known from t.
                designations.Add(vanished.ToDesignation(vanished.Draft.To, Close(vanished.RecordedFrom, at)));
                PeriodEnd end = vanished.Draft.To is { } stated && DayOf(at) is { } day && stated.Earliest <= day.Earliest ? stated : Delisted(previous, at);
                if (!end.IsOpen && ValidPeriod.IsValid(vanished.ValidFrom, end))
                {
                    designations.Add(vanished.ToDesignation(end, at is { } t ? RecordPeriod.Since(t) : RecordPeriod.Always, NewId(key, versions)));
                }
            }

            CloseVanished(openRelations, stamp, at, relations, (r, p) => r with { Recorded = p });
            CloseVanished(openPositions, stamp, at, positions, (r, p) => r with { Recorded = p });
            previous = at;
        }

        /// <summary>The merged facts; a party gone from the last publication stays only where a fact of its history refers to it.</summary>
        public Result Finish()
        {
            var parties = new Dictionary<string, Party>(this.parties.Count, StringComparer.Ordinal);
            foreach (var (id, state) in this.parties)
            {
                parties.Add(id, state.Party);
            }

            // The names an entry gained or lost between publications, dated (a renamed entry keeps its old name).
            names.Apply(parties);

            // A party taken over unchanged from an earlier publication names the last publication that lists it, as if mapped again.
            foreach (var (id, state) in this.parties)
            {
                if (state.Restamp is var (version, published) && parties.TryGetValue(id, out var party))
                {
                    var s = party.Source;
                    parties[id] = party with { Source = new Provenance(s.Source, s.Record, version, published, s.IsVerified, s.Note) };
                }
            }

            designations.AddRange(open.Values.Select(o => o.ToDesignation(o.Draft.To, o.RecordedFrom is { } f ? RecordPeriod.Since(f) : RecordPeriod.Always)));
            relations.AddRange(openRelations.Select(p => p.Key with { Recorded = p.Value.From is { } f ? RecordPeriod.Since(f) : RecordPeriod.Always }));
            positions.AddRange(openPositions.Select(p => p.Key with { Recorded = p.Value.From is { } f ? RecordPeriod.Since(f) : RecordPeriod.Always }));
            if (stamp == 0 || this.parties.Values.All(p => p.Listed == stamp))
            {
                // Every party is in the last publication (always so for one publication): nothing to weigh.
                return new Result([.. parties.Values], designations, relations, positions);
            }

            var referenced = new HashSet<string>(StringComparer.Ordinal);
            referenced.UnionWith(designations.Select(d => d.Party.Value));
            referenced.UnionWith(relations.SelectMany(r => new[] { r.From.Value, r.To.Value }));
            referenced.UnionWith(positions.Select(p => p.Holder.Value));
            referenced.UnionWith(positions.Where(p => p.Organization is not null).Select(p => p.Organization!.Value.Value));
            var kept = parties.Values.Where(p => this.parties[p.Id.Value].Listed == stamp || referenced.Contains(p.Id.Value)).ToList();
            return new Result(kept, designations, relations, positions);
        }

        /// <summary>Opens a relation or position first stated at <paramref name="at"/>, or stamps it again.</summary>
        private static void Open<T>(Dictionary<T, (Instant? From, int Stamp)> open, T fact, Instant? at, int stamp)
            where T : notnull
        {
            ref var state = ref CollectionsMarshal.GetValueRefOrAddDefault(open, fact, out var known);
            state = known ? (state.From, stamp) : (at, stamp);
        }

        /// <summary>What the merge knows of a party: its latest mapping, the last publication that listed it, and the publication to name when it was taken over unchanged.</summary>
        private sealed class PartyState(Party party)
        {
            public Party Party { get; set; } = party;

            public int Listed { get; set; }

            public (string? Version, Instant? Published)? Restamp { get; set; }
        }
    }

    /// <summary>
    /// What <see cref="Running"/> gives for one publication alone, without its bookkeeping (open records, versions, the sets
    /// of what each publication showed): every draft becomes its designation, recorded from the publication. Null when the
    /// snapshot needs the whole merge (records taken over, or two drafts with one key).
    /// </summary>
    private static Result? Single(Snapshot snapshot)
    {
        if (snapshot.TakenOver.Count > 0)
        {
            return null;
        }

        var at = snapshot.Published;
        var undatedStart = Between(null, at);
        var recorded = at is { } t ? RecordPeriod.Since(t) : RecordPeriod.Always;
        var parties = new Party[snapshot.Records.Count];
        var designations = new List<Designation>(snapshot.Records.Count);
        var keys = new HashSet<string>(snapshot.Records.Count, StringComparer.Ordinal);
        var boxes = new ArrayBoxes();
        HashSet<Relation>? relationSet = null;
        List<Relation>? relations = null;
        HashSet<Position>? positionSet = null;
        List<Position>? positions = null;
        var i = 0;
        foreach (var record in snapshot.Records.Values)
        {
            parties[i++] = record.Party;
            foreach (var draft in record.Designations)
            {
                if (!keys.Add(draft.Key))
                {
                    return null;
                }

                designations.Add(ToDesignation(draft, draft.Key, draft.From is { } f ? PeriodEnd.On(f) : undatedStart, draft.To, recorded, boxes));
            }

            // Relations and positions stated twice are kept once, in the order first stated, as the merge does.
            if (record.HasRelations)
            {
                foreach (var relation in record.Relations)
                {
                    if ((relationSet ??= []).Add(relation))
                    {
                        (relations ??= []).Add(relation with { Recorded = recorded });
                    }
                }
            }

            if (record.HasPositions)
            {
                foreach (var position in record.Positions)
                {
                    if ((positionSet ??= []).Add(position))
                    {
                        (positions ??= []).Add(position with { Recorded = recorded });
                    }
                }
            }
        }

        return new Result(parties, designations, relations ?? [], positions ?? []);
    }

    private static Designation ToDesignation(in DesignationDraft draft, string id, PeriodEnd validFrom, PeriodEnd to, RecordPeriod recorded, ArrayBoxes? boxes = null)
    {
        var valid = ValidPeriod.IsValid(validFrom, to) ? ValidPeriod.Of(validFrom, to) : ValidPeriod.Of(validFrom, PeriodEnd.Open);
        return boxes is null
            ? new Designation(id, draft.Party, draft.List, valid, draft.Programs, draft.Measures, draft.Basis, draft.Reference, draft.Remarks, recorded, draft.Source)
            : new Designation(
                id, draft.Party, draft.List, valid, boxes.Of(draft.Programs), boxes.Of(draft.Measures), boxes.Of(draft.Basis), draft.Reference, draft.Remarks, recorded, draft.Source);
    }

    /// <summary>
    /// The designation constructor takes its arrays as sequences: each draft array passed to it was boxed, three boxes per
    /// designation. Drafts share their arrays (one program list and basis per program combination, one measure list per
    /// list), so each array is boxed once here; the designation keeps the same array either way.
    /// </summary>
    private sealed class ArrayBoxes
    {
        private readonly Dictionary<object, object> boxes = new(ReferenceEqualityComparer.Instance);

        public IEnumerable<T> Of<T>(ImmutableArray<T> items)
        {
            if (System.Runtime.InteropServices.ImmutableCollectionsMarshal.AsArray(items) is not { } array)
            {
                return items;
            }

            if (!boxes.TryGetValue(array, out var box))
            {
                box = items;
                boxes.Add(array, box);
            }

            return (IEnumerable<T>)box;
        }
    }

    private static void CloseVanished<T>(Dictionary<T, (Instant? From, int Stamp)> open, int stamp, Instant? at, List<T> closed, Func<T, RecordPeriod, T> withRecorded)
        where T : notnull
    {
        List<(T Fact, Instant? From)>? vanished = null;
        foreach (var (fact, (from, seen)) in open)
        {
            if (seen != stamp)
            {
                (vanished ??= []).Add((fact, from));
            }
        }

        if (vanished is null)
        {
            return;
        }

        foreach (var (fact, from) in vanished)
        {
            open.Remove(fact);
            closed.Add(withRecorded(fact, Close(from, at)));
        }
    }

    private static RecordPeriod Close(Instant? from, Instant? at) =>
        at is { } t ? new RecordPeriod(from, t) : RecordPeriod.Always;

    private static PartialDate? DayOf(Instant? at) => at is { } t ? PartialDate.FromDate(t.InUtc().Date) : null;

    // The start of an entry first listed at 'at': on or before its day, and on or after the day of the previous publication, which did
    // not list it (issue 14). Wholly unknown without a publication instant.
    private static PeriodEnd Between(Instant? previous, Instant? at) =>
        at is not { } t ? PeriodEnd.Unknown : PeriodEnd.Between(previous?.InUtc().Date, t.InUtc().Date);

    // The end of an entry last listed at 'previous' and gone at 'at': after the previous publication's day (it applied then), on or
    // before the day of 'at'; the day of 'at' when the two publications fall on one day or there is no previous one.
    private static PeriodEnd Delisted(Instant? previous, Instant? at)
    {
        if (at is not { } t)
        {
            return PeriodEnd.Open;
        }

        var day = t.InUtc().Date;
        return previous is { } p && p.InUtc().Date.PlusDays(1) < day ? PeriodEnd.Between(p.InUtc().Date.PlusDays(1), day) : PeriodEnd.On(day);
    }

    private static string NewId(string key, Dictionary<string, int> versions)
    {
        var n = versions.GetValueOrDefault(key) + 1;
        versions[key] = n;
        return n == 1 ? key : key + "#" + n.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    private sealed record OpenDesignation(DesignationDraft Draft, string Id, PeriodEnd ValidFrom, Instant? RecordedFrom)
    {
        /// <summary>The last publication that stated it (<see cref="Running"/>).</summary>
        public int Stamp { get; set; }

        public Designation ToDesignation(PeriodEnd to, RecordPeriod recorded, string? id = null) =>
            HistoryMerger.ToDesignation(Draft, id ?? Id, ValidFrom, to, recorded);
    }
}
