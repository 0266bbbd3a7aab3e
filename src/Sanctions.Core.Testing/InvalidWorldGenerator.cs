using System.Collections.Immutable;
using System.Reflection;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Testing;

// Puts one defect into a consistent world and records which item the validator must name. The consistent world
// always has a state at parties[0], an international organisation at parties[1], and at least one authority and list.
internal static class InvalidWorldGenerator
{
    private const string Missing = "missing:";

    public static InvalidWorld Break(WorldFacts facts, WorldDefect defect, Rng rng) => defect switch
    {
        WorldDefect.BadPeriod => BadPeriod(facts, rng),
        WorldDefect.DanglingReference => Dangling(facts, rng),
        WorldDefect.WrongPartyKind => WrongKind(facts, rng),
        WorldDefect.DuplicateId => Duplicate(facts, rng),
        WorldDefect.OverlappingStatuses => Overlapping(facts, rng),
        WorldDefect.OwnershipOver100 => Ownership(facts, rng),
        _ => TreatyOrder(facts, rng),
    };

    private static (ImmutableArray<T> Items, int Index) Insert<T>(ImmutableArray<T> items, T item, Rng rng, int after = -1)
    {
        var index = rng.Between(after + 1, items.Length);
        return (items.Insert(index, item), index);
    }

    private static string Loc(string collection, int index) => SanctionsGen.Text($"{collection}[{index}]");

    private static LocalDate Day(Rng rng) => SanctionsGen.FromDayNumber(rng.Between(SanctionsGen.DayNumber(new LocalDate(1995, 1, 1)), SanctionsGen.DayNumber(new LocalDate(2025, 12, 31))));

    private static PartyId State(WorldFacts f) => f.Parties[0].Id;

    private static PartyId Organization(WorldFacts f) => f.Parties[1].Id;

    private static ListId List(WorldFacts f, Rng rng) => f.Lists[rng.Next(f.Lists.Length)].Id;

    private static AuthorityId Authority(WorldFacts f, Rng rng) => f.Authorities[rng.Next(f.Authorities.Length)].Id;

    private static PartyId AnyParty(WorldFacts f, Rng rng) => f.Parties[rng.Next(f.Parties.Length)].Id;

    // A period whose end is on or before its start in every reading. ValidPeriod's constructor rejects such ends, so
    // this writes the fields directly, as a faulty importer using reflection or unchecked copying might.
    internal static ValidPeriod UncheckedPeriod(PartialDate from, PartialDate to)
    {
        object boxed = default(ValidPeriod);
        const BindingFlags Flags = BindingFlags.Instance | BindingFlags.NonPublic;
        var fromField = typeof(ValidPeriod).GetField("<Start>k__BackingField", Flags);
        var toField = typeof(ValidPeriod).GetField("<End>k__BackingField", Flags);
        if (fromField is null || toField is null)
        {
            throw new InvalidOperationException("ValidPeriod no longer stores Start and End as auto-properties; update InvalidWorldGenerator.UncheckedPeriod.");
        }

        fromField.SetValue(boxed, PeriodEnd.On(from));
        toField.SetValue(boxed, PeriodEnd.On(to));
        return (ValidPeriod)boxed;
    }

    private static InvalidWorld BadPeriod(WorldFacts f, Rng rng)
    {
        // The end is at or before the start's earliest day, whatever the precisions.
        var from = SanctionsGen.Coarsen(Day(rng), rng.Next(10));
        var to = rng.Chance(0.7)
            ? PartialDate.FromDate(from.Earliest.PlusDays(-rng.Next(800)))
            : new PartialDate(from.Earliest.Year - 1 - rng.Next(5));
        var period = UncheckedPeriod(from, to);
        var description = $"period {period} ends before it starts";
        switch (rng.Next(3))
        {
            case 0:
                var d = new Designation("bad-period", AnyParty(f, rng), List(f, rng), period);
                var (ds, i) = Insert(f.Designations, d, rng);
                return new InvalidWorld(f.With(designations: ds), WorldDefect.BadPeriod, Loc("designations", i), "bad-period", "designation " + description);
            case 1:
                var m = new Membership(f.Parties[^1].Id == Organization(f) ? State(f) : f.Parties[^1].Id, Organization(f), MembershipStatus.Observer, period);
                var (ms, j) = Insert(f.Memberships, m, rng);
                return new InvalidWorld(f.With(memberships: ms), WorldDefect.BadPeriod, Loc("memberships", j), "ends before it starts", "membership " + description);
            default:
                var c = new CountryMeasure("bad-period", State(f), Authority(f, rng), CountryMeasureKind.Sectoral, period);
                var (cs, k) = Insert(f.CountryMeasures, c, rng);
                return new InvalidWorld(f.With(measures: cs), WorldDefect.BadPeriod, Loc("countryMeasures", k), "bad-period", "country measure " + description);
        }
    }

    private static InvalidWorld Dangling(WorldFacts f, Rng rng)
    {
        var missing = SanctionsGen.Text($"{Missing}{rng.Between(1, 999)}");
        var period = ValidPeriod.Since(Day(rng));
        switch (rng.Next(10))
        {
            case 0:
                {
                    var (items, i) = Insert(f.Designations, new Designation("dangling", new PartyId(missing), List(f, rng), period), rng);
                    return new InvalidWorld(f.With(designations: items), WorldDefect.DanglingReference, Loc("designations", i), missing, "designation of an unknown party");
                }

            case 1:
                {
                    var (items, i) = Insert(f.Designations, new Designation("dangling", AnyParty(f, rng), new ListId(missing), period), rng);
                    return new InvalidWorld(f.With(designations: items), WorldDefect.DanglingReference, Loc("designations", i), missing, "designation on an unknown list");
                }

            case 2:
                {
                    var d = new Designation("dangling", AnyParty(f, rng), List(f, rng), period, programs: [new ProgramId(missing)], basis: rng.Chance(0.5) ? [new InstrumentId(missing)] : null);
                    var (items, i) = Insert(f.Designations, d, rng);
                    return new InvalidWorld(f.With(designations: items), WorldDefect.DanglingReference, Loc("designations", i), missing, "designation under an unknown program or instrument");
                }

            case 3:
                {
                    var (items, i) = Insert(f.CountryMeasures, new CountryMeasure("dangling", State(f), new AuthorityId(missing), CountryMeasureKind.ComprehensiveEmbargo, period), rng);
                    return new InvalidWorld(f.With(measures: items), WorldDefect.DanglingReference, Loc("countryMeasures", i), missing, "country measure by an unknown authority");
                }

            case 4:
                {
                    var (items, i) = Insert(f.TreatyActions, new TreatyAction(new TreatyId(missing), State(f), TreatyActionKind.Signature, Day(rng)), rng);
                    return new InvalidWorld(f.With(actions: items), WorldDefect.DanglingReference, Loc("treatyActions", i), missing, "action on an unknown treaty");
                }

            case 5:
                {
                    var (items, i) = Insert(f.Memberships, new Membership(new PartyId(missing), Organization(f), MembershipStatus.Member, period), rng);
                    return new InvalidWorld(f.With(memberships: items), WorldDefect.DanglingReference, Loc("memberships", i), missing, "membership of an unknown party");
                }

            case 6:
                {
                    var r = rng.Chance(0.5)
                        ? new Relation(RelationKind.Ownership, AnyParty(f, rng), new PartyId(missing), period, 10m)
                        : new Relation(RelationKind.Associate, new PartyId(missing), AnyParty(f, rng), period);
                    var (items, i) = Insert(f.Relations, r, rng);
                    return new InvalidWorld(f.With(relations: items), WorldDefect.DanglingReference, Loc("relations", i), missing, "relation with an unknown party");
                }

            case 7:
                {
                    var (items, i) = Insert(f.Positions, new Position(new PartyId(missing), "Director", period), rng);
                    return new InvalidWorld(f.With(positions: items), WorldDefect.DanglingReference, Loc("positions", i), missing, "position held by an unknown party");
                }

            case 8:
                {
                    var list = new SanctionsList(new ListId("dangling-list"), "Dangling list", new AuthorityId(missing));
                    var (items, i) = Insert(f.Lists, list, rng);
                    return new InvalidWorld(f.With(lists: items), WorldDefect.DanglingReference, Loc("lists", i), missing, "list of an unknown authority");
                }

            default:
                {
                    var instrument = new LegalInstrument(new InstrumentId("dangling-instrument"), "Dangling instrument", InstrumentKind.Regulation, Authority(f, rng), partOf: new InstrumentId(missing));
                    var (items, i) = Insert(f.Instruments, instrument, rng);
                    return new InvalidWorld(f.With(instruments: items), WorldDefect.DanglingReference, Loc("instruments", i), missing, "instrument part of an unknown instrument");
                }
        }
    }

    private static InvalidWorld WrongKind(WorldFacts f, Rng rng)
    {
        var period = ValidPeriod.Since(Day(rng));
        switch (rng.Next(4))
        {
            case 0:
                {
                    // A membership in a state rather than an international organisation.
                    var (items, i) = Insert(f.Memberships, new Membership(Organization(f), State(f), MembershipStatus.Member, period), rng);
                    return new InvalidWorld(f.With(memberships: items), WorldDefect.WrongPartyKind, Loc("memberships", i), State(f).Value, "membership in a state");
                }

            case 1:
                {
                    var (items, i) = Insert(f.CountryMeasures, new CountryMeasure("wrong-kind", Organization(f), Authority(f, rng), CountryMeasureKind.ArmsEmbargo, period), rng);
                    return new InvalidWorld(f.With(measures: items), WorldDefect.WrongPartyKind, Loc("countryMeasures", i), Organization(f).Value, "country measure on an international organisation");
                }

            case 2:
                {
                    var (items, i) = Insert(f.Positions, new Position(State(f), "Head of State", period), rng);
                    return new InvalidWorld(f.With(positions: items), WorldDefect.WrongPartyKind, Loc("positions", i), State(f).Value, "position held by a state");
                }

            default:
                {
                    var region = new State(new PartyId("wrong-kind-region"), [new PartyName("Wrong Region")], isRegion: true, parentState: Organization(f));
                    var (items, i) = Insert(f.Parties, region, rng, after: 1);
                    return new InvalidWorld(f.With(parties: items), WorldDefect.WrongPartyKind, Loc("parties", i), Organization(f).Value, "region whose parent is an international organisation");
                }
        }
    }

    private static InvalidWorld Duplicate(WorldFacts f, Rng rng)
    {
        switch (rng.Next(3))
        {
            case 0:
                {
                    var original = rng.Next(f.Parties.Length);
                    var copy = f.Parties[original] with { Remarks = "A different party with the same id." };
                    var (items, i) = Insert(f.Parties, copy, rng, after: original);
                    return new InvalidWorld(f.With(parties: items), WorldDefect.DuplicateId, Loc("parties", i), copy.Id.Value, "two different parties with one id");
                }

            case 1:
                {
                    var list = f.Lists[rng.Next(f.Lists.Length)];
                    var original = f.Lists.IndexOf(list);
                    var (items, i) = Insert(f.Lists, list with { Name = list.Name + " (other)" }, rng, after: original);
                    return new InvalidWorld(f.With(lists: items), WorldDefect.DuplicateId, Loc("lists", i), list.Id.Value, "two different lists with one id");
                }

            default:
                {
                    // Two designations with one id: the second differs in its period.
                    var first = new Designation("duplicate", AnyParty(f, rng), List(f, rng), ValidPeriod.Since(Day(rng)));
                    var (once, i) = Insert(f.Designations, first, rng);
                    var (twice, j) = Insert(once, first with { Valid = ValidPeriod.Since(first.Valid.From!.Value.Earliest.PlusDays(1)) }, rng, after: i);
                    return new InvalidWorld(f.With(designations: twice), WorldDefect.DuplicateId, Loc("designations", j), "duplicate", "two different designations with one id");
                }
        }
    }

    private static InvalidWorld Overlapping(WorldFacts f, Rng rng)
    {
        // A new member with two statuses at once in the organisation.
        var member = new Person(new PartyId("overlapping-member"), [new PartyName("Overlapping Member")]);
        var parties = f.Parties.Add(member);
        var start = Day(rng);
        var end = start.PlusDays(rng.Between(2, 3000));
        var second = start.PlusDays(rng.Between(0, Period.DaysBetween(start, end) - 1));
        var recorded = rng.Chance(0.5) ? RecordPeriod.Always : RecordPeriod.Since(SanctionsGen.FirstInstant + Duration.FromDays(rng.Next(5000)));
        var a = new Membership(member.Id, Organization(f), MembershipStatus.Observer, ValidPeriod.Between(start, end), recorded);
        var b = new Membership(member.Id, Organization(f), MembershipStatus.Member, ValidPeriod.Between(second, rng.Chance(0.5) ? null : second.PlusDays(rng.Between(1, 900))), recorded);
        var (once, i) = Insert(f.Memberships, a, rng);
        var (twice, j) = Insert(once, b, rng, after: i);
        return new InvalidWorld(f.With(parties: parties, memberships: twice), WorldDefect.OverlappingStatuses, Loc("memberships", j), Loc("memberships", i), $"observer {a.Valid} and member {b.Valid} at once");
    }

    private static InvalidWorld Ownership(WorldFacts f, Rng rng)
    {
        var company = new Organization(new PartyId("overowned-company"), [new PartyName("Overowned Trading LLC")], "company");
        var owner1 = new Person(new PartyId("overowned-owner-1"), [new PartyName("First Owner")]);
        var owner2 = new Organization(new PartyId("overowned-owner-2"), [new PartyName("Second Owner Holdings")]);
        var parties = f.Parties.AddRange(new Party[] { owner1, owner2, company });
        var first = rng.Between(1, 99);
        var second = rng.Between(101 - first, 100);
        var start = Day(rng);
        var overlapStart = start.PlusDays(rng.Between(0, 400));
        var recorded = rng.Chance(0.5) ? RecordPeriod.Always : RecordPeriod.Since(SanctionsGen.FirstInstant + Duration.FromDays(rng.Next(5000)));
        var a = new Relation(RelationKind.Ownership, owner1.Id, company.Id, rng.Chance(0.3) ? ValidPeriod.Always : ValidPeriod.Since(start), first, recorded: recorded);
        var b = new Relation(RelationKind.Ownership, owner2.Id, company.Id, ValidPeriod.Between(overlapStart, overlapStart.PlusDays(rng.Between(1, 900))), second, recorded: recorded);
        var (once, i) = Insert(f.Relations, a, rng);
        var (twice, _) = Insert(once, b, rng, after: i);
        return new InvalidWorld(f.With(parties: parties, relations: twice), WorldDefect.OwnershipOver100, Loc("relations", i), company.Id.Value, $"stakes of {first}% and {second}% at once");
    }

    private static InvalidWorld TreatyOrder(WorldFacts f, Rng rng)
    {
        var treaty = new Treaty(new TreatyId("disordered-treaty"), "Disordered Treaty");
        var treaties = f.Treaties.Add(treaty);
        var party = AnyParty(f, rng);
        var late = Day(rng);
        var early = late.PlusDays(-rng.Between(1, 3000));
        var recorded = rng.Chance(0.5) ? RecordPeriod.Always : RecordPeriod.Since(SanctionsGen.FirstInstant + Duration.FromDays(rng.Next(5000)));
        TreatyAction Act(TreatyActionKind kind, LocalDate day) => new(treaty.Id, party, kind, day, recorded);
        var (good, bad, description) = rng.Next(4) switch
        {
            0 => (Act(TreatyActionKind.Signature, late), Act(TreatyActionKind.Ratification, early), "ratification before signature"),
            1 => (Act(TreatyActionKind.Signature, early), Act(TreatyActionKind.EntryIntoForce, late), "entry into force without consent"),
            2 => (Act(TreatyActionKind.Accession, late), Act(TreatyActionKind.Withdrawal + rng.Next(3), early), "withdrawal before accession"),
            _ => ((TreatyAction?)null, Act(TreatyActionKind.Withdrawal + rng.Next(3), late), "withdrawal from a treaty never joined"),
        };
        var actions = f.TreatyActions;
        if (good is not null)
        {
            (actions, _) = Insert(actions, good, rng);
        }

        var (items, i) = Insert(actions, bad, rng);
        return new InvalidWorld(f.With(treaties: treaties, actions: items), WorldDefect.TreatyActionsOutOfOrder, Loc("treatyActions", i), treaty.Id.Value, description);
    }
}
