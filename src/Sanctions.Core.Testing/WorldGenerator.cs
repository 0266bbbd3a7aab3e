using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

// Builds a consistent world of a given size from a seed, by construction: every reference resolves, statuses of a
// party in an organisation never certainly overlap, the stakes in a company add up to at most 100% over all time, and
// each party's treaty actions come in order. Boundaries cluster on a few anchor days and publication instants, so that
// facts often start, end and get recorded at the same moments — where indexes go wrong.
internal sealed class WorldGenerator
{
    private readonly Rng rng;
    private readonly int size;
    private readonly WorldGenOptions options;
    private readonly int firstDay = SanctionsGen.DayNumber(new LocalDate(1995, 1, 1));
    private readonly int lastDay = SanctionsGen.DayNumber(new LocalDate(2028, 12, 31));
    private readonly int[] anchors;
    private readonly Instant[] publications;

    private readonly List<Party> parties = [];
    private readonly List<Authority> authorities = [];
    private readonly List<LegalInstrument> instruments = [];
    private readonly List<SanctionsProgram> programs = [];
    private readonly List<SanctionsList> lists = [];
    private readonly List<Designation> designations = [];
    private readonly List<CountryMeasure> measures = [];
    private readonly List<Treaty> treaties = [];
    private readonly List<TreatyAction> actions = [];
    private readonly List<Membership> memberships = [];
    private readonly List<Relation> relations = [];
    private readonly List<Position> positions = [];

    private WorldGenerator(ulong seed, int size, WorldGenOptions options)
    {
        rng = new Rng(seed);
        this.size = Math.Max(0, size);
        this.options = options;
        anchors = [.. Enumerable.Range(0, 3 + (this.size / 5)).Select(_ => rng.Between(firstDay, lastDay)).Order()];
        var first = Instant.FromUtc(2015, 1, 1, 0, 0).ToUnixTimeSeconds();
        var last = Instant.FromUtc(2026, 12, 31, 0, 0).ToUnixTimeSeconds();
        publications = [.. Enumerable.Range(0, 2 + (this.size / 20)).Select(_ => Instant.FromUnixTimeSeconds(first + (long)(rng.NextDouble() * (last - first)))).Order()];
    }

    public static WorldFacts Generate(ulong seed, int size, WorldGenOptions options)
    {
        var g = new WorldGenerator(seed, size, options);
        g.Regimes();
        g.Parties();
        g.Designations();
        g.CountryMeasures();
        g.Treaties();
        g.Memberships();
        g.Relations();
        g.Positions();
        return new WorldFacts
        {
            Dataset = new DatasetInfo("generated", SanctionsGen.Text($"seed {seed}, size {size}")),
            Parties = [.. g.parties],
            Authorities = [.. g.authorities],
            Instruments = [.. g.instruments],
            Programs = [.. g.programs],
            Lists = [.. g.lists],
            Designations = [.. g.designations],
            CountryMeasures = [.. g.measures],
            Treaties = [.. g.treaties],
            TreatyActions = [.. g.actions],
            Memberships = [.. g.memberships],
            Relations = [.. g.relations],
            Positions = [.. g.positions],
        };
    }

    private int Day() => rng.Chance(0.5) ? rng.Pick(anchors) : rng.Between(firstDay, lastDay);

    private int Gap() => rng.Next(3) switch
    {
        0 => rng.Between(1, 3),
        1 => rng.Between(1, 90),
        _ => rng.Between(1, 4000),
    };

    private PartialDate End(int day) => SanctionsGen.Coarsen(SanctionsGen.FromDayNumber(day), options.ExactDates ? 0 : rng.Next(10));

    private ValidPeriod Period(double openStart = 0.1, double openEnd = 0.35)
    {
        var from = Day();
        var to = from + Gap();
        return new ValidPeriod(rng.Chance(openStart) ? null : End(from), rng.Chance(openEnd) ? null : End(to));
    }

    private Instant Publication() => rng.Chance(0.7) ? rng.Pick(publications) : rng.Pick(publications) + Duration.FromSeconds(rng.Between(1, 86_400 * 400));

    private RecordPeriod Record()
    {
        if (!options.RecordHistory)
        {
            return RecordPeriod.Always;
        }

        switch (rng.Next(10))
        {
            case < 5:
                return RecordPeriod.Always;
            case < 8:
                return RecordPeriod.Since(Publication());
            case 8:
                return new RecordPeriod(null, Publication());
            default:
                var a = Publication();
                return new RecordPeriod(a, a + Duration.FromSeconds(rng.Between(1, 86_400 * 900)));
        }
    }

    // Two records that follow each other: the first version's, closed when the second opens.
    private (RecordPeriod Old, RecordPeriod New) Versions()
    {
        var change = Publication();
        RecordPeriod old = rng.Chance(0.5) ? new RecordPeriod(null, change) : new RecordPeriod(change - Duration.FromSeconds(rng.Between(1, 86_400 * 700)), change);
        return (old, RecordPeriod.Since(change));
    }

    private bool Superseded() => options.RecordHistory && rng.Chance(0.15);

    private T Pick<T>(List<T> items) => items[rng.Next(items.Count)];

    private void Regimes()
    {
        var count = 1 + rng.Next(Math.Min(Pools.AuthorityCodes.Length, 2 + (size / 30)));
        foreach (var code in Pools.AuthorityCodes.OrderBy(_ => rng.Next(1000)).Take(count).Order(StringComparer.Ordinal))
        {
            var id = new AuthorityId(code);
            authorities.Add(new Authority(id, Pools.AuthorityName(code)));
            var own = new List<InstrumentId>();
            var instrumentCount = rng.Next(3);
            for (var i = 0; i < instrumentCount; i++)
            {
                var (iid, title) = Pools.Instrument(code, i + 1);
                var adopted = SanctionsGen.MaybePartial(rng, new(firstDay, lastDay), 0.2);
                instruments.Add(new LegalInstrument(
                    iid, title, (InstrumentKind)rng.Next(8), id, adopted: adopted,
                    entryIntoForce: adopted is { } a && rng.Chance(0.5) ? PartialDate.FromDate(a.Latest.PlusDays(rng.Next(100))) : null,
                    partOf: own.Count > 0 && rng.Chance(0.3) ? own[rng.Next(own.Count)] : null));
                own.Add(iid);
            }

            var programCount = 1 + rng.Next(2);
            for (var i = 0; i < programCount; i++)
            {
                programs.Add(new SanctionsProgram(Pools.ProgramId(code, i + 1), Pools.ProgramName(code, i + 1), id, own.Where(_ => rng.Chance(0.5))));
            }

            var listCount = 1 + rng.Next(2);
            for (var i = 0; i < listCount; i++)
            {
                lists.Add(new SanctionsList(Pools.ListId(code, i + 1), Pools.ListName(code, i + 1), id));
            }
        }
    }

    private void Parties()
    {
        var count = 2 + rng.Next(1 + (size / 2));
        var codes = PartyFactory.UserCodes.OrderBy(_ => rng.Next(10_000)).ToArray();
        var states = new List<PartyId>();
        var persons = new List<Person>();
        for (var i = 0; i < count; i++)
        {
            var kind = i switch
            {
                0 => PartyKind.State,
                1 => PartyKind.InternationalOrganization,
                _ => rng.Next(20) switch
                {
                    < 4 => PartyKind.State,
                    < 11 => PartyKind.Person,
                    < 16 => PartyKind.Organization,
                    < 17 => PartyKind.InternationalOrganization,
                    < 19 => PartyKind.Vessel,
                    _ => PartyKind.Aircraft,
                },
            };
            var id = new PartyId(SanctionsGen.Text($"gen:{kind.ToString().ToLowerInvariant()}-{i}"));
            Party party;
            switch (kind)
            {
                case PartyKind.State:
                    var parent = states.Count > 0 && rng.Chance(0.2) ? states[rng.Next(states.Count)] : (PartyId?)null;
                    party = PartyFactory.State(rng, id, parent, parent is null && states.Count < codes.Length ? codes[states.Count] : null);
                    states.Add(id);
                    break;
                case PartyKind.Person:
                    var person = PartyFactory.Person(rng, id);
                    if (persons.Count > 0 && rng.Chance(0.15))
                    {
                        // Namesakes: two people with the same names, as real lists have.
                        person = person with { Names = persons[rng.Next(persons.Count)].Names };
                    }

                    persons.Add(person);
                    party = person;
                    break;
                case PartyKind.Organization:
                    party = PartyFactory.Organization(rng, id);
                    break;
                case PartyKind.InternationalOrganization:
                    party = PartyFactory.InternationalOrganization(rng, id);
                    break;
                case PartyKind.Vessel:
                    party = PartyFactory.Vessel(rng, id);
                    break;
                default:
                    party = PartyFactory.Aircraft(rng, id);
                    break;
            }

            parties.Add(party);
        }
    }

    private void Designations()
    {
        var count = rng.Next(1 + size);
        for (var i = 0; i < count; i++)
        {
            var party = Pick(parties).Id;
            var list = Pick(lists);
            var own = programs.Where(p => p.Authority == list.Authority).ToList();
            var chosen = own.Where(_ => rng.Chance(0.5)).Select(p => p.Id).ToList();
            var measureKinds = rng.Chance(0.3) ? null : Enum.GetValues<MeasureKind>().Where(_ => rng.Chance(0.3)).ToList();
            var basis = instruments.Where(x => x.Authority == list.Authority && rng.Chance(0.3)).Select(x => x.Id).ToList();
            var id = SanctionsGen.Text($"d-{i}");
            var valid = Period();
            Designation Make(string did, ValidPeriod period, RecordPeriod recorded) =>
                new(did, party, list.Id, period, chosen, measureKinds, basis, rng.Chance(0.5) ? SanctionsGen.Text($"REF-{i}") : null, rng.Chance(0.1) ? "Generated." : null, recorded);

            if (Superseded() && valid.To is not null)
            {
                // The list first said the designation was in force, then published its end.
                var (old, now) = Versions();
                designations.Add(Make(id, new ValidPeriod(valid.From, null), old));
                designations.Add(Make(id + "-v2", valid, now));
            }
            else
            {
                designations.Add(Make(id, valid, Record()));
            }

            if (valid.To is { } end && rng.Chance(0.1))
            {
                // Listed again after the delisting.
                var again = end.Latest.PlusDays(Gap());
                designations.Add(Make(id + "-again", new ValidPeriod(End(SanctionsGen.DayNumber(again)), null), Record()));
            }
        }
    }

    private void CountryMeasures()
    {
        var targets = parties.OfType<State>().ToList();
        var count = rng.Next(1 + (size / 4));
        for (var i = 0; i < count; i++)
        {
            var kind = (CountryMeasureKind)rng.Next(5);
            var authority = Pick(authorities).Id;
            measures.Add(new CountryMeasure(
                SanctionsGen.Text($"m-{i}"), Pick(targets).Id, authority, kind, Period(), kind == CountryMeasureKind.ArmsEmbargo ? (ArmsDirection)rng.Next(3) : null,
                instruments.Where(x => x.Authority == authority && rng.Chance(0.4)).Select(x => x.Id), rng.Chance(0.5) ? "Generated measure." : null, Record()));
        }
    }

    private void Treaties()
    {
        var count = rng.Next(2 + (size / 30));
        for (var t = 0; t < count; t++)
        {
            var id = Pools.TreatyId(t + 1);
            treaties.Add(new Treaty(id, Pools.TreatyName(rng, t + 1), rng.Chance(0.5) ? End(Day()) : null));
            foreach (var party in parties.Where(p => rng.Chance(p is State ? 0.6 : 0.1)))
            {
                var recorded = Record();
                var day = Day();
                var steps = new List<(TreatyActionKind Kind, int Day)>();
                var signed = rng.Chance(0.7);
                if (signed)
                {
                    steps.Add((TreatyActionKind.Signature, day));
                }

                var consented = rng.Chance(0.8);
                if (consented)
                {
                    day += rng.Next(3) == 0 ? 0 : Gap();
                    steps.Add((signed && rng.Chance(0.8) ? TreatyActionKind.Ratification : TreatyActionKind.Accession, day));
                    if (rng.Chance(0.7))
                    {
                        day += rng.Next(3) == 0 ? 0 : Gap();
                        steps.Add((TreatyActionKind.EntryIntoForce, day));
                    }
                }

                if ((signed || consented) && rng.Chance(0.25))
                {
                    day += Gap();
                    steps.Add((TreatyActionKind.Withdrawal + rng.Next(3), day));
                }

                foreach (var (kind, d) in steps)
                {
                    actions.Add(new TreatyAction(id, party.Id, kind, End(d), recorded));
                }
            }
        }
    }

    private void Memberships()
    {
        foreach (var org in parties.OfType<InternationalOrganization>().ToList())
        {
            var candidates = parties.Where(p => p.Id != org.Id).ToList();
            var memberCount = rng.Next(Math.Min(candidates.Count, 2 + (size / 8)) + 1);
            foreach (var member in candidates.OrderBy(_ => rng.Next(10_000)).Take(memberCount))
            {
                var slots = 1 + rng.Next(3);
                var start = Day();
                var open = rng.Chance(0.1);
                for (var s = 0; s < slots; s++)
                {
                    var end = start + Gap();
                    var last = s == slots - 1;
                    var status = new MembershipStatus(rng.Pick(Pools.MembershipStatuses));
                    var from = s == 0 && open ? (PartialDate?)null : End(start);
                    if (last && rng.Chance(0.5))
                    {
                        memberships.Add(new Membership(member.Id, org.Id, status, new ValidPeriod(from, null), Record()));
                        break;
                    }

                    var period = new ValidPeriod(from, End(end));
                    if (last && Superseded())
                    {
                        // First recorded as still running, then corrected with its end.
                        var (old, now) = Versions();
                        memberships.Add(new Membership(member.Id, org.Id, status, new ValidPeriod(from, null), old));
                        memberships.Add(new Membership(member.Id, org.Id, status, period, now));
                    }
                    else
                    {
                        memberships.Add(new Membership(member.Id, org.Id, status, period, Record()));
                    }

                    // The next status starts when this one ends, or after a gap.
                    start = rng.Chance(0.7) ? end : end + Gap();
                }
            }
        }
    }

    private void Relations()
    {
        // Owners come before what they own in the party list, so ownership forms chains, never cycles.
        for (var c = 0; c < parties.Count; c++)
        {
            if (parties[c] is not (Organization or Vessel) || !rng.Chance(0.6))
            {
                continue;
            }

            var owners = parties.Take(c).Where(p => p is Person or Organization).OrderBy(_ => rng.Next(10_000)).Take(1 + rng.Next(3)).ToList();
            var budget = 100m;
            foreach (var owner in owners)
            {
                var stake = Math.Min(budget, rng.Pick(Pools.Stakes));
                if (stake <= 0)
                {
                    break;
                }

                if (Superseded() && budget - stake >= 1)
                {
                    // The stake was first recorded at one percentage, then corrected.
                    var (old, now) = Versions();
                    var corrected = Math.Min(budget - stake, rng.Pick(Pools.Stakes));
                    var period = Period();
                    relations.Add(new Relation(RelationKind.Ownership, owner.Id, parties[c].Id, period, stake, recorded: old));
                    relations.Add(new Relation(RelationKind.Ownership, owner.Id, parties[c].Id, period, corrected, recorded: now));
                    budget -= stake + corrected;
                }
                else
                {
                    relations.Add(new Relation(RelationKind.Ownership, owner.Id, parties[c].Id, Period(), rng.Chance(0.05) ? null : stake, recorded: Record()));
                    budget -= stake;
                }
            }
        }

        var others = rng.Next(1 + (size / 3));
        for (var i = 0; i < others && parties.Count > 1; i++)
        {
            var from = Pick(parties);
            var to = Pick(parties);
            if (from.Id == to.Id)
            {
                continue;
            }

            var kind = (RelationKind)(1 + rng.Next(5));
            relations.Add(new Relation(kind, from.Id, to.Id, Period(0.3, 0.5), role: rng.Chance(0.5) ? kind.ToString().ToLowerInvariant() : null, recorded: Record()));
        }
    }

    private void Positions()
    {
        var persons = parties.OfType<Person>().ToList();
        var count = persons.Count == 0 ? 0 : rng.Next(1 + (size / 5));
        for (var i = 0; i < count; i++)
        {
            var organization = rng.Chance(0.6) ? Pick(parties).Id : (PartyId?)null;
            positions.Add(new Position(Pick(persons).Id, rng.Pick(Pools.Titles), Period(0.2, 0.4), organization, Record()));
        }
    }
}
