using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Serialization;

// A simple deterministic synthetic world for the format benchmarks: parties with a few names, about two designations
// each, some memberships and relations. Fictional throughout; the same size always gives the same world.
internal static class SerializationWorldGenerator
{
    public static SanctionsWorld Generate(int parties)
    {
        var random = new Random(20240527);
        var published = Instant.FromUtc(2024, 5, 27, 19, 47, 2);
        var b = new WorldBuilder { Dataset = new DatasetInfo("synthetic", parties.ToString(System.Globalization.CultureInfo.InvariantCulture), published) };
        b.AddAuthority(new Authority((AuthorityId)"EX-A", "Example Authority A"));
        b.AddAuthority(new Authority((AuthorityId)"EX-B", "Example Authority B"));
        b.AddList(new SanctionsList((ListId)"list-a", "List A", (AuthorityId)"EX-A"));
        b.AddList(new SanctionsList((ListId)"list-b", "List B", (AuthorityId)"EX-B"));
        b.AddProgram(new SanctionsProgram((ProgramId)"PROG-A", "Program A", (AuthorityId)"EX-A"));
        b.AddProgram(new SanctionsProgram((ProgramId)"PROG-B", "Program B", (AuthorityId)"EX-B"));
        const int Organizations = 20;
        for (var o = 0; o < Organizations; o++)
        {
            b.AddParty(new InternationalOrganization(new PartyId($"io:{o:D3}"), [new PartyName($"International Body {o}")]));
        }

        string[] given = ["Ivan", "Maria", "Ahmad", "Li", "Fatima", "John", "Olga", "Pedro", "Amina", "Yusuf"];
        string[] family = ["Petrov", "Garcia", "Hosseini", "Wang", "Okafor", "Smith", "Ivanova", "Silva", "Haddad", "Kim"];
        for (var i = 0; i < parties; i++)
        {
            var id = new PartyId($"syn:{i:D7}");
            var source = new Provenance("synthetic", i.ToString(System.Globalization.CultureInfo.InvariantCulture), "2024-05", published);
            Party party = (i % 10) switch
            {
                < 6 => new Person(
                    id,
                    [new PartyName($"{given[random.Next(10)]} {family[random.Next(10)]} {i}"), new PartyName($"{family[random.Next(10)]}, {given[random.Next(10)]}", NameKind.Alias), new PartyName($"The {i}", NameKind.WeakAlias)],
                    birthDates: [new PartialDate(1940 + random.Next(60), 1 + random.Next(12))],
                    nationalities: ["XX"],
                    identifiers: [new Identifier("passport", $"P{random.Next(1_000_000):D7}", "XX")],
                    source: source),
                < 9 => new Organization(
                    id,
                    [new PartyName($"Example Trading {i} LLC"), new PartyName($"Example Trade House {i}", NameKind.Alias)],
                    "company",
                    addresses: [new Address(City: "Example City", Country: "XX")],
                    countries: ["XX"],
                    source: source),
                _ => new Vessel(id, [new PartyName($"MV Example {i}")], $"IMO{9000000 + i}", "XX", "Tanker", source: source),
            };
            b.AddParty(party);
            var start = new PartialDate(2010 + random.Next(14), 1 + random.Next(12), 1 + random.Next(28));
            b.AddDesignation(new Designation($"a-{i:D7}", id, (ListId)"list-a", ValidPeriod.Since(start), [(ProgramId)"PROG-A"], recorded: RecordPeriod.Since(published), source: source));
            if (random.Next(10) < 9)
            {
                b.AddDesignation(new Designation($"b-{i:D7}", id, (ListId)"list-b", new ValidPeriod(start, random.Next(3) == 0 ? new PartialDate(2024, 1 + random.Next(12)) : null),
                    [(ProgramId)"PROG-B"], [MeasureKind.AssetFreeze, MeasureKind.TravelBan], listReference: $"B-{i}", source: source));
            }

            if (i % 10 == 0)
            {
                b.AddMembership(new Membership(id, new PartyId($"io:{random.Next(Organizations):D3}"), MembershipStatus.Member, ValidPeriod.Since(new PartialDate(2000 + random.Next(20)))));
            }

            if (i % 5 == 1 && i > 10)
            {
                b.AddRelation(new Relation(RelationKind.Associate, id, new PartyId($"syn:{i - 1 - random.Next(10):D7}"), ValidPeriod.Always, source: source));
            }
        }

        return b.Build();
    }
}
