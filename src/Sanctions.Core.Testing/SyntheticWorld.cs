using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// A fast generator of large, realistic-looking synthetic worlds for benchmarks and load tests: not FsCheck-based,
/// deterministic from a seed, built from plain arrays straight into <see cref="WorldBuilder"/>.
/// </summary>
/// <remarks>
/// <para>A world of <c>n</c> parties has about 55% persons (names from many cultures and scripts, with aliases,
/// partial birth dates and namesakes), 35% organisations (ownership chains with stakes that never exceed 100%),
/// vessels, aircraft, some dozens of states and regions and a few international organisations; designations spread
/// from 1980 to 2025, weighted to recent years, some delisted and relisted; memberships with changing statuses; treaties
/// with ordered actions; country measures; positions; and, unless <see cref="SyntheticWorldOptions.Realistic"/> is off,
/// some partial dates and record-time history (monthly publications from 2015, corrections, retractions).</para>
/// <para>Every party, list and authority is fictional: states use the ISO codes reserved for users (AA, QM–QZ, XA–XZ, ZZ).</para>
/// </remarks>
/// <threadsafety>All members are thread safe.</threadsafety>
public static class SyntheticWorld
{
    /// <summary>Generates and builds a world.</summary>
    /// <param name="options">Size, seed and shape.</param>
    /// <returns>The validated, indexed world.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static SanctionsWorld Generate(SyntheticWorldOptions options) => GenerateFacts(options).Build();

    /// <summary>Generates the facts of a world without building it (to add your own facts, or to time the build apart).</summary>
    /// <param name="options">Size, seed and shape.</param>
    /// <returns>The facts; <see cref="WorldFacts.Build"/> always succeeds on them.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static WorldFacts GenerateFacts(SyntheticWorldOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new Generator(options).Run();
    }

    private sealed class Generator(SyntheticWorldOptions options)
    {
        private readonly Rng rng = new(unchecked((ulong)options.Seed * 0x9E3779B97F4A7C15UL) ^ 0x5EED);
        private readonly int firstDay = SanctionsGen.DayNumber(new LocalDate(1980, 1, 1));
        private readonly int lastDay = SanctionsGen.DayNumber(new LocalDate(2025, 12, 31));
        private readonly Instant[] publications = [.. Enumerable.Range(0, 132).Select(m => Instant.FromUtc(2015 + (m / 12), 1 + (m % 12), 1, 0, 0))];
        private readonly List<Party> parties = new(options.Parties);
        private readonly List<Authority> authorities = [];
        private readonly List<LegalInstrument> instruments = [];
        private readonly List<SanctionsProgram> programs = [];
        private readonly List<SanctionsList> lists = [];
        private readonly List<Designation> designations = new((int)(options.Parties * options.DesignatedShare * 1.3));
        private readonly List<CountryMeasure> measures = [];
        private readonly List<Treaty> treaties = [];
        private readonly List<TreatyAction> actions = [];
        private readonly List<Membership> memberships = [];
        private readonly List<Relation> relations = new(options.Parties / 2);
        private readonly List<Position> positions = [];
        private readonly List<PartyId> states = [];
        private readonly List<PartyId> persons = [];

        public WorldFacts Run()
        {
            Regimes();
            Parties();
            Designations();
            StateFacts();
            Relations();
            return new WorldFacts
            {
                Dataset = new DatasetInfo("synthetic", SanctionsGen.Text($"seed {options.Seed}, {options.Parties} parties"), Description: "A synthetic world from Sanctions.Core.Testing; every party is fictional."),
                Parties = [.. parties],
                Authorities = [.. authorities],
                Instruments = [.. instruments],
                Programs = [.. programs],
                Lists = [.. lists],
                Designations = [.. designations],
                CountryMeasures = [.. measures],
                Treaties = [.. treaties],
                TreatyActions = [.. actions],
                Memberships = [.. memberships],
                Relations = [.. relations],
                Positions = [.. positions],
            };
        }

        // Days weighted to recent years: the later of two uniform draws.
        private int RecentDay() => Math.Max(rng.Between(firstDay, lastDay), rng.Between(firstDay, lastDay));

        private PartialDate Date(int day) => options.Realistic && rng.Chance(0.05)
            ? SanctionsGen.Coarsen(SanctionsGen.FromDayNumber(day), 6 + rng.Next(4))
            : PartialDate.FromDate(SanctionsGen.FromDayNumber(day));

        private RecordPeriod Record(int validDay)
        {
            // Facts that took effect after the first publication were recorded by the first publication after them.
            var date = SanctionsGen.FromDayNumber(validDay);
            if (!options.Realistic || date.Year < 2015)
            {
                return RecordPeriod.Always;
            }

            var index = Math.Min(publications.Length - 1, ((date.Year - 2015) * 12) + date.Month);
            return RecordPeriod.Since(publications[index]);
        }

        private void Regimes()
        {
            foreach (var code in Pools.AuthorityCodes)
            {
                var id = new AuthorityId(code);
                authorities.Add(new Authority(id, Pools.AuthorityName(code)));
                var own = new List<InstrumentId>();
                for (var i = 0; i < 5 + rng.Next(10); i++)
                {
                    var (iid, title) = Pools.Instrument(code, i + 1);
                    var adopted = SanctionsGen.FromDayNumber(RecentDay());
                    instruments.Add(new LegalInstrument(iid, title, (InstrumentKind)rng.Next(8), id, adopted: adopted, entryIntoForce: adopted.PlusDays(rng.Next(60)), partOf: own.Count > 0 && rng.Chance(0.2) ? own[0] : null));
                    own.Add(iid);
                }

                for (var i = 0; i < 3 + rng.Next(4); i++)
                {
                    programs.Add(new SanctionsProgram(Pools.ProgramId(code, i + 1), Pools.ProgramName(code, i + 1), id, [own[rng.Next(own.Count)]]));
                }

                for (var i = 0; i < 1 + rng.Next(2); i++)
                {
                    lists.Add(new SanctionsList(Pools.ListId(code, i + 1), Pools.ListName(code, i + 1), id));
                }
            }
        }

        private void Parties()
        {
            var n = options.Parties;
            var stateCount = Math.Min(PartyFactory.UserCodes.Length, 5 + (n / 1000));
            var regionCount = Math.Max(1, stateCount / 8);
            var organizationCount = Math.Min(30, 2 + (n / 20_000));
            for (var i = 0; i < stateCount; i++)
            {
                var id = new PartyId("iso:" + PartyFactory.UserCodes[i]);
                parties.Add(PartyFactory.State(rng, id, null, PartyFactory.UserCodes[i]));
                states.Add(id);
            }

            for (var i = 0; i < regionCount; i++)
            {
                var id = new PartyId(SanctionsGen.Text($"region:{i + 1}"));
                parties.Add(PartyFactory.State(rng, id, states[rng.Next(stateCount)]));
                states.Add(id);
            }

            for (var i = 0; i < organizationCount; i++)
            {
                parties.Add(PartyFactory.InternationalOrganization(rng, new PartyId(SanctionsGen.Text($"io:{i + 1}"))));
            }

            for (var i = parties.Count; i < n; i++)
            {
                var roll = rng.Next(100);
                Party party = roll switch
                {
                    < 56 => PartyFactory.Person(rng, new PartyId(SanctionsGen.Text($"person:{i}"))),
                    < 93 => PartyFactory.Organization(rng, new PartyId(SanctionsGen.Text($"org:{i}"))),
                    < 98 => PartyFactory.Vessel(rng, new PartyId(SanctionsGen.Text($"vessel:{i}"))),
                    _ => PartyFactory.Aircraft(rng, new PartyId(SanctionsGen.Text($"aircraft:{i}"))),
                };
                if (party is Person)
                {
                    persons.Add(party.Id);
                }

                parties.Add(party);
            }
        }

        private void Designations()
        {
            var serial = 0;
            foreach (var party in parties)
            {
                if (party.Kind is PartyKind.State or PartyKind.InternationalOrganization || !rng.Chance(options.DesignatedShare))
                {
                    continue;
                }

                // Some parties are listed by several authorities, as real targets are.
                var listings = rng.Chance(0.25) ? 2 + rng.Next(3) : 1;
                for (var l = 0; l < listings; l++)
                {
                    var list = lists[rng.Next(lists.Count)];
                    var own = programs.FindAll(p => p.Authority == list.Authority);
                    var program = own[rng.Next(own.Count)];
                    var start = RecentDay();
                    var end = rng.Chance(0.2) ? Math.Min(lastDay, start + 30 + rng.Next(4000)) : (int?)null;
                    var id = SanctionsGen.Text($"d-{serial++}");
                    var valid = new ValidPeriod(Date(start), end is { } e && e > start ? Date(e) : null);
                    var recorded = Record(start);
                    var reference = SanctionsGen.Text($"{list.Id.Value.ToUpperInvariant()}-{serial}");
                    if (valid.To is not null && options.Realistic && recorded.From is { } seen && rng.Chance(0.3))
                    {
                        // The delisting was published some months after the listing: two versions of the record.
                        var corrected = seen + Duration.FromDays(30 * (1 + rng.Next(24)));
                        designations.Add(new Designation(id, party.Id, list.Id, new ValidPeriod(valid.From, null), [program.Id], null, program.Basis, reference, recorded: new RecordPeriod(seen, corrected)));
                        designations.Add(new Designation(id + "-v2", party.Id, list.Id, valid, [program.Id], null, program.Basis, reference, recorded: RecordPeriod.Since(corrected)));
                    }
                    else
                    {
                        designations.Add(new Designation(id, party.Id, list.Id, valid, [program.Id], null, program.Basis, reference, recorded: recorded));
                    }

                    if (end is { } ended && rng.Chance(0.1) && ended + 400 < lastDay)
                    {
                        designations.Add(new Designation(id + "-relisted", party.Id, list.Id, ValidPeriod.Since(Date(ended + 30 + rng.Next(365))), [program.Id], null, program.Basis, reference, recorded: Record(ended)));
                    }
                }
            }
        }

        private void StateFacts()
        {
            // Memberships: states in each international organisation, with one to three statuses each.
            foreach (var org in parties.OfType<InternationalOrganization>().ToList())
            {
                foreach (var state in states)
                {
                    if (!rng.Chance(0.4))
                    {
                        continue;
                    }

                    var day = rng.Between(firstDay, lastDay - 500);
                    var slots = 1 + rng.Next(3);
                    for (var s = 0; s < slots; s++)
                    {
                        var next = day + 200 + rng.Next(4000);
                        var last = s == slots - 1 || next >= lastDay;
                        var status = new MembershipStatus(rng.Pick(Pools.MembershipStatuses));
                        memberships.Add(new Membership(state, org.Id, status, new ValidPeriod(Date(day), last && rng.Chance(0.6) ? null : Date(next)), Record(day)));
                        if (last)
                        {
                            break;
                        }

                        day = next;
                    }
                }
            }

            // Country measures on some states and regions.
            var serial = 0;
            foreach (var state in states)
            {
                for (var i = rng.Next(4); i > 0; i--)
                {
                    var kind = (CountryMeasureKind)rng.Next(5);
                    var authority = authorities[rng.Next(authorities.Count)].Id;
                    var start = RecentDay();
                    measures.Add(new CountryMeasure(
                        SanctionsGen.Text($"m-{serial++}"), state, authority, kind, new ValidPeriod(Date(start), rng.Chance(0.3) ? Date(start + 100 + rng.Next(5000)) : null),
                        kind == CountryMeasureKind.ArmsEmbargo ? (ArmsDirection)rng.Next(3) : null, [instruments.Find(x => x.Authority == authority)!.Id], null, Record(start)));
                }
            }

            // Treaties: states sign, ratify or accede, the treaty enters into force for them, some withdraw.
            var treatyCount = 3 + (options.Parties / 200_000);
            for (var t = 0; t < treatyCount; t++)
            {
                var id = Pools.TreatyId(t + 1);
                var concluded = rng.Between(firstDay, lastDay - 3000);
                treaties.Add(new Treaty(id, Pools.TreatyName(rng, t + 1), PartialDate.FromDate(SanctionsGen.FromDayNumber(concluded))));
                foreach (var state in states)
                {
                    if (!rng.Chance(0.6))
                    {
                        continue;
                    }

                    var day = concluded + rng.Next(400);
                    var signed = rng.Chance(0.8);
                    if (signed)
                    {
                        actions.Add(new TreatyAction(id, state, TreatyActionKind.Signature, Date(day)));
                    }

                    if (rng.Chance(0.8))
                    {
                        day += rng.Next(1500);
                        actions.Add(new TreatyAction(id, state, signed ? TreatyActionKind.Ratification : TreatyActionKind.Accession, Date(day)));
                        day += 30;
                        actions.Add(new TreatyAction(id, state, TreatyActionKind.EntryIntoForce, Date(day)));
                        if (rng.Chance(0.1))
                        {
                            actions.Add(new TreatyAction(id, state, TreatyActionKind.Withdrawal, Date(day + 365 + rng.Next(5000))));
                        }
                    }
                }
            }
        }

        private void Relations()
        {
            // Ownership chains: a company is owned by up to three earlier persons or companies, never more than 100% in all.
            for (var c = 0; c < parties.Count; c++)
            {
                if (parties[c] is not (Organization or Vessel) || !rng.Chance(0.6))
                {
                    continue;
                }

                var budget = 100m;
                var owners = 1 + rng.Next(3);
                for (var o = 0; o < owners && budget > 0; o++)
                {
                    // Owners are near the company in the party list, so chains form; a few are far away.
                    var index = c - 1 - (rng.Chance(0.8) ? rng.Next(50) : rng.Next(c));
                    if (index < 0 || parties[index] is not (Person or Organization))
                    {
                        continue;
                    }

                    var stake = Math.Min(budget, rng.Pick(Pools.Stakes));
                    budget -= stake;
                    var start = RecentDay();
                    relations.Add(new Relation(RelationKind.Ownership, parties[index].Id, parties[c].Id, ValidPeriod.Since(Date(start)), stake, recorded: Record(start)));
                }
            }

            // Directors, family, associates and agents, and positions held by persons.
            var others = parties.Count / 10;
            for (var i = 0; i < others && persons.Count > 1; i++)
            {
                var from = persons[rng.Next(persons.Count)];
                var to = parties[rng.Next(parties.Count)].Id;
                if (from == to)
                {
                    continue;
                }

                var kind = (RelationKind)(1 + rng.Next(5));
                var start = RecentDay();
                relations.Add(new Relation(kind, from, to, new ValidPeriod(Date(start), rng.Chance(0.3) ? Date(start + 1 + rng.Next(3000)) : null), role: kind.ToString().ToLowerInvariant(), recorded: Record(start)));
            }

            var positionCount = persons.Count / 20;
            for (var i = 0; i < positionCount; i++)
            {
                var start = RecentDay();
                positions.Add(new Position(persons[rng.Next(persons.Count)], rng.Pick(Pools.Titles), new ValidPeriod(Date(start), rng.Chance(0.5) ? Date(start + 30 + rng.Next(3000)) : null), rng.Chance(0.5) ? states[rng.Next(states.Count)] : null, Record(start)));
            }
        }
    }
}
