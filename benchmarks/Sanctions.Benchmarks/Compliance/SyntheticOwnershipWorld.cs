using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Compliance;

// A deterministic synthetic world of about 100k parties for compliance benchmarks: 50 states, 20,000 persons (2% on a US blocking list,
// 1% on an EU list), and 16,000 corporate groups of five companies each. In a group, level 0 is owned by two persons; each level k > 0 is
// owned by the level above (40-70%), by a company of the level above in another group (10-30%) and by a person (5-20%), so every company
// at level 4 sits at the end of ownership chains five deep with a fan-in of three. Group 0 is forced: its level-0 owner is blocked and
// holds 60%, and each level holds 55% of the next, so its level-4 company is blocked through the full chain; its decisive stakes are
// recorded after the others, so that a traversal meets them last. Stakes are dated, so that
// each check evaluates them on the day asked. Fictional throughout.
// Merged (issue 16: merged sources keep one party per source, tied by same-as): every company also has a second record, tied to it by
// same-as, in which its stake from another group's company is stated; and every listed person has a second, unlisted record tied to
// it. A check then walks each party's same-as group, as it does after WorldMerge.
internal static class SyntheticOwnershipWorld
{
    public const int Groups = 16_000;
    public const int Persons = 20_000;
    public const int Levels = 5;

    public static readonly LocalDate On = new(2020, 6, 1);

    public static PartyId Company(int group, int level) => new($"c{group}-{level}");

    public static PartyId Twin(PartyId party) => new(party.Value + "~2");

    public static SanctionsWorld Build(bool merged = false)
    {
        var random = new Random(20_170_805);
        var builder = new WorldBuilder { Dataset = new DatasetInfo("synthetic-ownership", "1") };
        var ofac = new AuthorityId("US-OFAC");
        var eu = new AuthorityId("EU");
        builder.AddAuthority(new Authority(ofac, "Synthetic Treasury office"))
            .AddAuthority(new Authority(eu, "Synthetic Council"))
            .AddInstrument(new LegalInstrument(new InstrumentId("syn-order"), "Synthetic Order", InstrumentKind.ExecutiveOrder, ofac, "Synthetic Order 1"))
            .AddInstrument(new LegalInstrument(new InstrumentId("syn-reg"), "Synthetic Regulation", InstrumentKind.Regulation, eu, "Synthetic Regulation 1"))
            .AddList(new SanctionsList(new ListId("syn-sdn"), "Synthetic SDN", ofac))
            .AddList(new SanctionsList(new ListId("syn-eu"), "Synthetic EU list", eu));

        var states = new string[50];
        for (var s = 0; s < states.Length; s++)
        {
            states[s] = $"{(char)('A' + (s / 26))}{(char)('A' + (s % 26))}";
            builder.AddParty(new State(new PartyId("iso:" + states[s]), [new PartyName("State " + states[s])], states[s]));
        }

        builder.AddCountryMeasure(new CountryMeasure("syn-embargo", new PartyId("iso:" + states[7]), ofac, CountryMeasureKind.ComprehensiveEmbargo,
            ValidPeriod.Since(new PartialDate(2010)), basis: [new InstrumentId("syn-order")]));

        var persons = new PartyId[Persons];
        var designation = 0;
        for (var p = 0; p < Persons; p++)
        {
            persons[p] = new PartyId($"p{p}");
            builder.AddParty(new Person(persons[p], [new PartyName($"Person {p}")], nationalities: [states[random.Next(states.Length)]]));
            if (p == 0 || random.Next(100) < 2)
            {
                if (merged)
                {
                    builder.AddParty(new Person(Twin(persons[p]), [new PartyName($"Person {p}")]));
                    builder.AddRelation(new Relation(RelationKind.SameAs, Twin(persons[p]), persons[p], ValidPeriod.Always));
                }

                builder.AddDesignation(new Designation($"syn-d{designation++}", persons[p], new ListId("syn-sdn"), ValidPeriod.Since(new PartialDate(2014, 3, 17)),
                    basis: [new InstrumentId("syn-order")]));
            }

            if (random.Next(100) < 1)
            {
                builder.AddDesignation(new Designation($"syn-d{designation++}", persons[p], new ListId("syn-eu"), ValidPeriod.Since(new PartialDate(2014, 3, 21)),
                    basis: [new InstrumentId("syn-reg")]));
            }
        }

        for (var g = 0; g < Groups; g++)
        {
            for (var level = 0; level < Levels; level++)
            {
                builder.AddParty(new Organization(Company(g, level), [new PartyName($"Company {g}-{level}")], "company", countries: [states[random.Next(states.Length)]]));
                if (merged)
                {
                    builder.AddParty(new Organization(Twin(Company(g, level)), [new PartyName($"Company {g}-{level}")], "company"));
                    builder.AddRelation(new Relation(RelationKind.SameAs, Twin(Company(g, level)), Company(g, level), ValidPeriod.Always));
                }
            }
        }

        ValidPeriod Since() => ValidPeriod.Since(new PartialDate(2000 + random.Next(20), 1 + random.Next(12), 1 + random.Next(28)));
        void Stake(PartyId owner, PartyId owned, int percent) => builder.AddRelation(new Relation(RelationKind.Ownership, owner, owned, Since(), percent));
        for (var g = 0; g < Groups; g++)
        {
            // In group 0 the decisive stake is added last, so that a check walks the other owners before it.
            var first = g == 0 ? 60 : 30 + random.Next(31);
            var firstOwner = g == 0 ? persons[0] : persons[random.Next(Persons)];
            var otherOwner = persons[1 + random.Next(Persons - 1)];
            if (g != 0)
            {
                Stake(firstOwner, Company(g, 0), first);
            }

            Stake(otherOwner, Company(g, 0), 100 - first);
            if (g == 0)
            {
                Stake(firstOwner, Company(g, 0), first);
            }

            for (var level = 1; level < Levels; level++)
            {
                var parent = g == 0 ? 55 : 40 + random.Next(31);
                var sibling = 10 + random.Next(21);
                var person = 5 + random.Next(16);
                var other = Company((g + 1 + random.Next(Groups - 1)) % Groups, level - 1);
                var holder = persons[random.Next(Persons)];
                Stake(other, merged ? Twin(Company(g, level)) : Company(g, level), Math.Min(sibling, 100 - parent));
                Stake(holder, Company(g, level), Math.Max(0, Math.Min(person, 100 - parent - sibling)));
                Stake(Company(g, level - 1), Company(g, level), parent);
            }
        }

        return builder.Build();
    }
}
