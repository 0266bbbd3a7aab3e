using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.World;

// A deterministic world of the size the foundation targets are stated for: 100k parties, 200k designations over
// three authorities and thirty years, an organisation with a few dozen member states, and record-time history.
internal static class BenchmarkWorlds
{
    public const int PartyCount = 100_000;
    public const int DesignationCount = 200_000;
    public static readonly PartyId Organization = new("org:bench");
    public static readonly LocalDate Epoch = new(1995, 1, 1);

    public static WorldBuilder Builder(int parties = PartyCount, int designations = DesignationCount)
    {
        var random = new Random(20170805);
        var b = new WorldBuilder { Dataset = new DatasetInfo("benchmark", "1") };
        string[] authorities = ["US-OFAC", "EU", "UN-SC"];
        foreach (var a in authorities)
        {
            b.AddAuthority(new Authority(new AuthorityId(a), a));
            b.AddList(new SanctionsList(new ListId("list:" + a), a + " list", new AuthorityId(a)));
            b.AddProgram(new SanctionsProgram(new ProgramId("PROG-" + a), a + " program", new AuthorityId(a)));
        }

        string[] given = ["Anna", "Boris", "Chen", "Dmitry", "Elena", "Farid", "Gulnara", "Hassan", "Ivan", "Jamal", "Kim", "Leila"];
        string[] family = ["Ivanov", "Petrova", "Wang", "Hosseini", "Karimov", "Nguyen", "Smirnov", "Rahimi", "Kuznetsov", "Li", "Novak", "Said"];
        b.AddParty(new InternationalOrganization(Organization, [new PartyName("Benchmark Organisation")]));
        for (var i = 0; i < parties; i++)
        {
            var id = new PartyId("p:" + i);
            var name = $"{given[random.Next(given.Length)]} {family[random.Next(family.Length)]} {i}";
            Party party = (i % 3) switch
            {
                0 => new Organization(id, [new PartyName(name + " LLC"), new PartyName("Alias " + i, NameKind.Alias)]),
                _ => new Person(id, [new PartyName(name), new PartyName(name + " Jr", NameKind.WeakAlias)], [new PartialDate(1940 + random.Next(60))]),
            };
            b.AddParty(party);
        }

        for (var i = 0; i < designations; i++)
        {
            var authority = authorities[i % 3];
            var start = Epoch.PlusDays(random.Next(30 * 365));
            var end = random.Next(4) == 0 ? start.PlusDays(1 + random.Next(3000)) : (LocalDate?)null;
            var recorded = RecordPeriod.Since(Instant.FromUtc(start.Year, start.Month, start.Day, 12, 0));
            b.AddDesignation(new Designation(
                "d:" + i, new PartyId("p:" + random.Next(parties)), new ListId("list:" + authority), ValidPeriod.Between(start, end),
                [new ProgramId("PROG-" + authority)], recorded: recorded));
        }

        for (var i = 0; i < 40; i++)
        {
            var state = new PartyId("s:" + i);
            b.AddParty(new State(state, [new PartyName("State " + i)]));
            var joined = Epoch.PlusDays(random.Next(20 * 365));
            if (i % 2 == 0)
            {
                var promoted = joined.PlusDays(365 + random.Next(3000));
                b.AddMembership(new Membership(state, Organization, MembershipStatus.Observer, ValidPeriod.Between(joined, promoted)));
                b.AddMembership(new Membership(state, Organization, MembershipStatus.Member, ValidPeriod.Since(promoted)));
            }
            else
            {
                b.AddMembership(new Membership(state, Organization, MembershipStatus.DialoguePartner, ValidPeriod.Since(joined)));
            }
        }

        // Other organisations, so that a scan of every membership has real work: 20k memberships in 500 organisations.
        for (var o = 0; o < 500; o++)
        {
            var org = new PartyId("org:" + o);
            b.AddParty(new InternationalOrganization(org, [new PartyName("Organisation " + o)]));
            for (var k = 0; k < 40; k++)
            {
                var start = Epoch.PlusDays(random.Next(25 * 365));
                b.AddMembership(new Membership(new PartyId("p:" + ((o * 40) + k)), org, MembershipStatus.Member, ValidPeriod.Between(start, random.Next(3) == 0 ? start.PlusDays(1 + random.Next(2000)) : null)));
            }
        }

        return b;
    }
}
