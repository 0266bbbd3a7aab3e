using System.Collections.Immutable;
using System.Globalization;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.World;

// Every check of WorldBuilder.Build, reporting all problems rather than stopping at the first.
internal static class WorldValidator
{
    public static void Validate(WorldContent w, PartyReferences references, int[][] origins, List<WorldProblem> problems)
    {
        var authorityIds = w.Authorities.Select(a => a.Id).ToHashSet();
        var instrumentIds = w.Instruments.Select(i => i.Id).ToHashSet();
        var programIds = w.Programs.Select(p => p.Id).ToHashSet();
        var listIds = w.Lists.Select(l => l.Id).ToHashSet();
        var treatyIds = w.Treaties.Select(t => t.Id).ToHashSet();

        void Problem(Site site, string? field, string message, string? unknown = null) =>
            problems.Add(new WorldProblem(site.Collection, origins[(int)site.Collection][site.Index], site.Id, field, message) { UnknownReference = unknown });

        // index: the party's position as resolved by the references, or Unknown.
        void Party(Site loc, string field, PartyId id, int index, PartyKind? required = null)
        {
            if (index == PartyReferences.Unknown)
            {
                Problem(loc, field, $"{field} refers to unknown party '{id}'.", id.ToString());
            }
            else if (required is { } r && w.Parties[index].Kind is var kind && kind != r)
            {
                Problem(loc, field, $"{field} '{id}' is a {kind}, but must be a {r}.");
            }
        }

        void Instruments(Site loc, string field, ImmutableArray<InstrumentId> ids)
        {
            foreach (var id in ids)
            {
                if (!instrumentIds.Contains(id))
                {
                    Problem(loc, field, $"{field} refers to unknown instrument '{id}'.", id.ToString());
                }
            }
        }

        void Authority(Site loc, AuthorityId id)
        {
            if (!authorityIds.Contains(id))
            {
                Problem(loc, "authority", $"authority refers to unknown authority '{id}'.", id.ToString());
            }
        }

        void Period(Site loc, ValidPeriod period)
        {
            if (!ValidPeriod.IsValid(period.Start, period.End))
            {
                Problem(loc, "valid", $"The period {period} ends before it starts.");
            }
        }

        for (var i = 0; i < w.Parties.Length; i++)
        {
            if (w.Parties[i] is State { ParentState: { } parent } s)
            {
                Party(new Site(WorldCollection.Parties, i, s.Id.Value), "parentState", parent, references.Find(parent), PartyKind.State);
            }

            if (w.Parties[i].Names.IsEmpty)
            {
                Problem(new Site(WorldCollection.Parties, i, w.Parties[i].Id.Value), null, "A party needs at least one name.");
            }
        }

        for (var i = 0; i < w.Instruments.Length; i++)
        {
            var x = w.Instruments[i];
            var loc = new Site(WorldCollection.Instruments, i, x.Id.Value);
            Authority(loc, x.Authority);
            if (x.PartOf is { } parent)
            {
                Instruments(loc, "partOf", [parent]);
            }
        }

        for (var i = 0; i < w.Programs.Length; i++)
        {
            var loc = new Site(WorldCollection.Programs, i, w.Programs[i].Id.Value);
            Authority(loc, w.Programs[i].Authority);
            Instruments(loc, "basis", w.Programs[i].Basis);
        }

        for (var i = 0; i < w.Lists.Length; i++)
        {
            Authority(new Site(WorldCollection.Lists, i, w.Lists[i].Id.Value), w.Lists[i].Authority);
        }

        string? knownList = null;
        var knownPrograms = ImmutableArray<ProgramId>.Empty;
        for (var i = 0; i < w.Designations.Length; i++)
        {
            var d = w.Designations[i];
            var loc = new Site(WorldCollection.Designations, i, d.Id);
            Party(loc, "party", d.Party, references.DesignationParty[i]);

            // Designations read from a file share their list id's text and their programs' array with others: one found
            // known need not be looked up again.
            if (!(d.List.Value is { } listText && ReferenceEquals(listText, knownList)) && !listIds.Contains(d.List))
            {
                Problem(loc, "list", $"list refers to unknown list '{d.List}'.", d.List.ToString());
            }
            else
            {
                knownList = d.List.Value;
            }

            if (d.Programs != knownPrograms)
            {
                var known = true;
                foreach (var p in d.Programs)
                {
                    if (!programIds.Contains(p))
                    {
                        Problem(loc, "programs", $"programs refers to unknown program '{p}'.", p.ToString());
                        known = false;
                    }
                }

                knownPrograms = known ? d.Programs : knownPrograms;
            }

            Instruments(loc, "basis", d.Basis);
            Period(loc, d.Valid);
        }

        for (var i = 0; i < w.CountryMeasures.Length; i++)
        {
            var m = w.CountryMeasures[i];
            var loc = new Site(WorldCollection.CountryMeasures, i, m.Id);
            Party(loc, "target", m.Target, references.MeasureTarget[i], PartyKind.State);
            Authority(loc, m.Authority);
            Instruments(loc, "basis", m.Basis);
            Period(loc, m.Valid);
        }

        for (var i = 0; i < w.TreatyActions.Length; i++)
        {
            var a = w.TreatyActions[i];
            var loc = new Site(WorldCollection.TreatyActions, i);
            if (!treatyIds.Contains(a.Treaty))
            {
                Problem(loc, "treaty", $"treaty refers to unknown treaty '{a.Treaty}'.", a.Treaty.ToString());
            }

            Party(loc, "party", a.Party, references.ActionParty[i]);
        }

        for (var i = 0; i < w.Memberships.Length; i++)
        {
            var m = w.Memberships[i];
            var loc = new Site(WorldCollection.Memberships, i);
            Party(loc, "member", m.Member, references.Member[i]);
            Party(loc, "organization", m.Organization, references.Organization[i], PartyKind.InternationalOrganization);
            Period(loc, m.Valid);
        }

        for (var i = 0; i < w.Relations.Length; i++)
        {
            var r = w.Relations[i];
            var loc = new Site(WorldCollection.Relations, i);
            Party(loc, "from", r.From, references.RelationFrom[i]);
            Party(loc, "to", r.To, references.RelationTo[i]);
            Period(loc, r.Valid);
        }

        for (var i = 0; i < w.Positions.Length; i++)
        {
            var p = w.Positions[i];
            var loc = new Site(WorldCollection.Positions, i);
            Party(loc, "holder", p.Holder, references.Holder[i], PartyKind.Person);
            if (p.Organization is { } org)
            {
                Party(loc, "organization", org, references.Find(org));
            }

            Period(loc, p.Valid);
        }

        CheckOverlappingStatuses(w, origins, problems);
        CheckOwnershipTotals(w, origins, problems);
        CheckTreatyOrder(w, origins, problems);
    }

    private static bool RecordsOverlap(RecordPeriod a, RecordPeriod b) =>
        (a.From is not { } af || b.To is not { } bt || af < bt) && (b.From is not { } bf || a.To is not { } at || bf < at);

    private static void CheckOverlappingStatuses(WorldContent w, int[][] origins, List<WorldProblem> problems)
    {
        foreach (var group in Enumerable.Range(0, w.Memberships.Length).GroupBy(i => (w.Memberships[i].Member, w.Memberships[i].Organization)))
        {
            var items = group.ToArray();
            for (var x = 0; x < items.Length; x++)
            {
                for (var y = x + 1; y < items.Length; y++)
                {
                    Membership a = w.Memberships[items[x]], b = w.Memberships[items[y]];
                    if (RecordsOverlap(a.Recorded, b.Recorded) && a.Valid.Overlaps(b.Valid) == Certainty.Certain)
                    {
                        var memberships = origins[(int)WorldCollection.Memberships];
                        var other = memberships[items[x]];
                        problems.Add(new WorldProblem(
                            WorldCollection.Memberships,
                            memberships[items[y]],
                            null,
                            null,
                            $"{a.Member} has overlapping statuses in {a.Organization}: '{b.Status}' {b.Valid} overlaps '{a.Status}' {a.Valid} (see {WorldProblem.Name(WorldCollection.Memberships, other)}).")
                        { Related = other });
                    }
                }
            }
        }
    }

    // The instants at which the set of visible facts of a group can change: every record boundary (a record that
    // closes can leave a later fact alone), the beginning of time (facts recorded since always that close before any
    // other opens), plus "now" (null).
    private static IEnumerable<Instant?> Snapshots(IEnumerable<RecordPeriod> records) =>
        records.SelectMany(r => new[] { r.From, r.To }).Where(i => i is not null).Append(Instant.MinValue).Distinct().Append(null);

    private static void CheckOwnershipTotals(WorldContent w, int[][] origins, List<WorldProblem> problems)
    {
        var groups = Enumerable.Range(0, w.Relations.Length)
            .Where(i => w.Relations[i].Kind == RelationKind.Ownership && w.Relations[i].Percent is not null)
            .GroupBy(i => w.Relations[i].To);
        foreach (var group in groups)
        {
            var items = group.ToArray();
            if (items.Length < 2)
            {
                continue;
            }

            var reported = false;
            foreach (var at in Snapshots(items.Select(i => w.Relations[i].Recorded)))
            {
                var visible = items.Where(i => w.Relations[i].Recorded.IsVisibleAt(at)).ToArray();

                // The total can only peak on a day some stake certainly starts (or at the open start).
                var starts = visible.Select(i => w.Relations[i].Valid.Narrow.Start).Distinct();
                foreach (var day in starts)
                {
                    var total = 0m;
                    foreach (var i in visible)
                    {
                        var narrow = w.Relations[i].Valid.Narrow;
                        var covers = day is { } d ? narrow.Contains(d) : narrow.Start is null && !narrow.IsEmpty;
                        if (covers)
                        {
                            total += w.Relations[i].Percent!.Value;
                        }
                    }

                    if (total > 100m && !reported)
                    {
                        reported = true;
                        var on = day is { } dd ? dd.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture) : "the open start";
                        problems.Add(new WorldProblem(
                            WorldCollection.Relations,
                            origins[(int)WorldCollection.Relations][items[0]],
                            null,
                            null,
                            string.Create(CultureInfo.InvariantCulture, $"Owners of {group.Key} hold {total}% on {on}; stakes in one company cannot exceed 100% at one time.")));
                    }
                }
            }
        }
    }

    private static void CheckTreatyOrder(WorldContent w, int[][] origins, List<WorldProblem> problems)
    {
        foreach (var group in Enumerable.Range(0, w.TreatyActions.Length).GroupBy(i => (w.TreatyActions[i].Treaty, w.TreatyActions[i].Party)))
        {
            var items = group.ToArray();
            var reported = new HashSet<int>();
            foreach (var at in Snapshots(items.Select(i => w.TreatyActions[i].Recorded)))
            {
                var visible = items.Where(i => w.TreatyActions[i].Recorded.IsVisibleAt(at)).ToArray();
                // The earliest step of these kinds, by the first day it may be on (an unknown day without a lower bound first): a step is
                // out of order only when it certainly comes before (its last possible day is before that first possible day).
                PeriodEnd? First(params TreatyActionKind[] kinds) =>
                    visible.Select(i => w.TreatyActions[i]).Where(a => kinds.Contains(a.Kind))
                        .OrderBy(a => a.When.Earliest ?? LocalDate.MinIsoValue).ThenBy(a => a.When.Latest ?? LocalDate.MaxIsoValue)
                        .Select(a => (PeriodEnd?)a.When).FirstOrDefault();
                static bool Before(TreatyAction a, PeriodEnd other) => a.When.Latest is { } l && other.Earliest is { } e && l < e;
                static string On(PeriodEnd when) => when.Kind == PeriodEndKind.Date ? when.ToString() : $"an unknown day ({when})";

                var signature = First(TreatyActionKind.Signature);
                var consent = First(TreatyActionKind.Ratification, TreatyActionKind.Accession);
                var force = First(TreatyActionKind.EntryIntoForce);
                foreach (var i in visible)
                {
                    var a = w.TreatyActions[i];
                    string? message = a.Kind switch
                    {
                        TreatyActionKind.Ratification when signature is { } s && Before(a, s) =>
                            $"ratification on {On(a.When)} comes before signature on {On(s)}",
                        TreatyActionKind.EntryIntoForce when consent is null =>
                            "entry into force without a ratification or accession",
                        TreatyActionKind.EntryIntoForce when consent is { } c && Before(a, c) =>
                            $"entry into force on {On(a.When)} comes before consent (ratification or accession) on {On(c)}",
                        TreatyActionKind.Withdrawal or TreatyActionKind.Suspension or TreatyActionKind.Termination when (force ?? consent ?? signature) is { } f && Before(a, f) =>
                            $"{a.Kind.ToString().ToLowerInvariant()} on {On(a.When)} comes before the party's earlier steps ({On(f)})",
                        TreatyActionKind.Withdrawal or TreatyActionKind.Suspension or TreatyActionKind.Termination when signature is null && consent is null =>
                            $"{a.Kind.ToString().ToLowerInvariant()} of a treaty the party never signed, ratified or acceded to",
                        _ => null,
                    };
                    if (message is not null && reported.Add(i))
                    {
                        problems.Add(new WorldProblem(
                            WorldCollection.TreatyActions, origins[(int)WorldCollection.TreatyActions][i], null, null, $"{a.Party} on {a.Treaty}: treaty actions out of order: {message}."));
                    }
                }
            }
        }
    }
}

// Where an item is, turned into a locator only when a problem is reported.
internal readonly record struct Site(WorldCollection Collection, int Index, string? Id = null);
