using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;
using static Sanctions.Core.Tests.World.SampleWorld;

namespace Sanctions.Core.Tests.World;

public sealed partial class WorldBuilderTests
{
    private static WorldProblem SingleProblem(WorldBuilder builder)
    {
        var e = Assert.Throws<WorldValidationException>(builder.Build);
        return Assert.Single(e.Problems);
    }

    [Fact]
    public void Build_SampleWorld_IsValid()
    {
        Assert.True(Builder().TryBuild(out var world, out var problems));
        Assert.Empty(problems);
        Assert.Equal(8, world!.Parties.Length);
    }

    [Fact]
    public void Build_DuplicatePartyIdWithDifferentContent_ReportsBothPositions()
    {
        var p = SingleProblem(Builder().AddParty(new State(Iran, [new PartyName("Persia")], "IR")));
        Assert.Equal("parties[8] (iso:IR)", p.Locator);
        Assert.Contains("parties[1]", p.Message);
    }

    [Fact]
    public void Build_IdenticalDuplicate_IsMerged()
    {
        var world = Builder().AddParty(Build().GetParty(Iran)).Build();
        Assert.Equal(8, world.Parties.Length);
    }

    // A big world is indexed while it is checked; a failed check still gives every problem, and nothing else.
    [Fact]
    public void Build_BigWorldWithDanglingReferences_ReportsThemAll()
    {
        var b = Builder();
        for (var i = 0; i < 25_000; i++)
        {
            b.AddParty(new Organization(new PartyId($"org:{i:D5}"), [new PartyName($"Company {i}")]));
        }

        b.AddDesignation(new Designation("ghost-1", new PartyId("org:nobody"), Sdn, ValidPeriod.Always));
        b.AddDesignation(new Designation("ghost-2", new PartyId("org:00001"), new ListId("nowhere"), ValidPeriod.Always));
        var e = Assert.Throws<WorldValidationException>(b.Build);
        Assert.Equal(2, e.Problems.Length);
        Assert.Contains(e.Problems, p => p.Message.Contains("unknown party 'org:nobody'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("unknown list 'nowhere'", StringComparison.Ordinal));
    }

    // A big world's designations are deduplicated, resolved and grouped on the thread pool beside the rest: the problems
    // still come in collection order, and each party's designations are all found, in order of their start.
    [Fact]
    public void Build_BigWorldWithDuplicates_ProblemsInCollectionOrder()
    {
        var b = BigWorld(parties: 11_000, designationsPerParty: 2);
        b.AddDesignation(new Designation("d:00007:0", new PartyId("org:00008"), Sdn, ValidPeriod.Always));
        b.AddParty(new Organization(new PartyId("org:00003"), [new PartyName("Someone else")]));
        var e = Assert.Throws<WorldValidationException>(b.Build);
        Assert.Equal(2, e.Problems.Length);
        Assert.StartsWith("parties[", e.Problems[0].Locator, StringComparison.Ordinal);
        Assert.Contains("(org:00003)", e.Problems[0].Locator, StringComparison.Ordinal);
        Assert.StartsWith("designations[", e.Problems[1].Locator, StringComparison.Ordinal);
        Assert.Contains("(d:00007:0)", e.Problems[1].Locator, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_BigWorld_EachPartysDesignationsFoundInOrder()
    {
        var world = BigWorld(parties: 11_000, designationsPerParty: 2).Build();
        Assert.True(world.Designations.Length >= 22_000);
        var view = world.AsOf(new LocalDate(2030, 1, 1));
        foreach (var party in world.Parties.Where((_, i) => i % 97 == 0))
        {
            var expected = world.Designations.Where(d => d.Party == party.Id).OrderBy(d => d.Valid.From!.Value.Earliest).Select(d => d.Id).ToArray();
            var found = view.DesignationsOf(party.Id).Select(a => a.Fact.Id).ToArray();
            Assert.Equal(expected, found);
        }
    }

    // Parties org:00000…, each with designations added latest first (so that grouping must sort them), plus the sample world.
    private static WorldBuilder BigWorld(int parties, int designationsPerParty)
    {
        var b = Builder();
        for (var i = 0; i < parties; i++)
        {
            var id = new PartyId($"org:{i:D5}");
            b.AddParty(new Organization(id, [new PartyName($"Company {i}")]));
            for (var k = designationsPerParty - 1; k >= 0; k--)
            {
                b.AddDesignation(new Designation($"d:{i:D5}:{k}", id, Sdn, new ValidPeriod(new PartialDate(2000 + k + (i % 7), 1, 1), null)));
            }
        }

        return b;
    }

    // Items in canonical order skip the duplicate search: duplicates (equal or not) must be found all the same, whatever
    // the order the items come in.
    [FsCheck.Xunit.Property(MaxTest = 100)]
    public FsCheck.Property Build_DuplicatesInAnyOrder_SameOutcome() =>
        Prop.ForAll(
            Gen.ArrayOf(Gen.Zip(Gen.Choose(0, 9), Gen.Choose(0, 1)), 8).ToArbitrary(),
            picks =>
            {
                var items = picks.Select(p => new Organization(new PartyId($"org:{p.Item1}"), [new PartyName(p.Item2 == 0 ? "Same" : "Other " + p.Item1)])).ToArray();
                (bool Built, int Problems, int Parties) Outcome(IEnumerable<Organization> order)
                {
                    var b = new WorldBuilder();
                    foreach (var item in order)
                    {
                        b.AddParty(item);
                    }

                    var built = b.TryBuild(out var world, out var problems);
                    return (built, problems.Length, world?.Parties.Length ?? -1);
                }

                var sorted = Outcome(items.OrderBy(o => o.Id.Value, StringComparer.Ordinal));
                var given = Outcome(items);
                var distinctIds = items.Select(o => o.Id).Distinct().Count();
                var conflicts = items.GroupBy(o => o.Id).Sum(g => g.Distinct().Count() - 1) > 0;
                return sorted.Built == !conflicts && given.Built == !conflicts && (conflicts || (sorted.Parties == distinctIds && given.Parties == distinctIds));
            });

    [Fact]
    public void Build_DuplicateDesignationId_IsReported()
    {
        var p = SingleProblem(Builder().AddDesignation(new Designation("us:rogozin", Putin, Sdn, ValidPeriod.Always)));
        Assert.StartsWith("designations[3] (us:rogozin)", p.Locator);
    }

    [Fact]
    public void Build_DanglingParty_IsReported()
    {
        var p = SingleProblem(Builder().AddDesignation(new Designation("x", new PartyId("person:nobody"), Sdn, ValidPeriod.Always)));
        Assert.Equal("designations[3] (x)", p.Locator);
        Assert.Contains("unknown party 'person:nobody'", p.Message);
    }

    // Designations on a known list, an unknown one and none (a default id, set through the init accessor), in any order:
    // each designation whose list is not known is reported once, whatever came before it.
    [FsCheck.Xunit.Property(MaxTest = 100)]
    public FsCheck.Property Build_UnknownOrMissingLists_EachReportedOnce() =>
        Prop.ForAll(
            FsCheck.Fluent.Gen.ArrayOf(FsCheck.Fluent.Gen.Choose(0, 2)).ToArbitrary(),
            picks =>
            {
                // Only these designations, so that one without a list can come first.
                var b = new WorldBuilder();
                b.AddAuthority(new Authority(new AuthorityId("US-OFAC"), "Office of Foreign Assets Control"));
                b.AddList(new SanctionsList(Sdn, "Specially Designated Nationals and Blocked Persons List", new AuthorityId("US-OFAC")));
                b.AddParty(new Person(Putin, [new PartyName("Vladimir Vladimirovich Putin")]));
                for (var i = 0; i < picks.Length; i++)
                {
                    var d = new Designation($"x{i}", Putin, picks[i] == 1 ? new ListId("nolist") : Sdn, ValidPeriod.Always);
                    b.AddDesignation(picks[i] == 2 ? d with { List = default } : d);
                }

                b.TryBuild(out _, out var problems);
                var expected = picks.Select((pick, i) => (pick, i)).Where(p => p.pick != 0).Select(p => $"x{p.i}").Order(StringComparer.Ordinal);
                var reported = problems.Where(p => p.Message.Contains("unknown list", StringComparison.Ordinal))
                    .Select(p => p.Locator[(p.Locator.IndexOf('(', StringComparison.Ordinal) + 1)..^1]).Order(StringComparer.Ordinal);
                return expected.SequenceEqual(reported);
            });

    [Fact]
    public void Build_DanglingListProgramAndBasis_EachReported()
    {
        var e = Assert.Throws<WorldValidationException>(() => Builder()
            .AddDesignation(new Designation("x", Putin, new ListId("nolist"), ValidPeriod.Always, [new ProgramId("NOPROG")], basis: [new InstrumentId("noinstr")]))
            .Build());
        Assert.Equal(3, e.Problems.Length);
        Assert.Contains(e.Problems, p => p.Message.Contains("unknown list 'nolist'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("unknown program 'NOPROG'", StringComparison.Ordinal));
        Assert.Contains(e.Problems, p => p.Message.Contains("unknown instrument 'noinstr'", StringComparison.Ordinal));
    }

    [Fact]
    public void Build_UnknownAuthority_IsReported()
    {
        var p = SingleProblem(Builder().AddList(new SanctionsList(new ListId("uk"), "UK list", new AuthorityId("UK-OFSI"))));
        Assert.Contains("unknown authority 'UK-OFSI'", p.Message);
    }

    [Fact]
    public void Build_MembershipInAState_IsWrongKind()
    {
        var p = SingleProblem(Builder().AddMembership(new Membership(India, Russia, MembershipStatus.Member, ValidPeriod.Always)));
        Assert.Contains("must be a InternationalOrganization", p.Message);
    }

    [Fact]
    public void Build_MeasureOnAPerson_IsWrongKind()
    {
        var p = SingleProblem(Builder().AddCountryMeasure(new CountryMeasure("m", Putin, new AuthorityId("EU"), CountryMeasureKind.Sectoral, ValidPeriod.Always)));
        Assert.StartsWith("countryMeasures[2] (m)", p.Locator);
    }

    [Fact]
    public void Build_OverlappingStatuses_AreReported()
    {
        var p = SingleProblem(Builder().AddMembership(new Membership(Iran, Sco, MembershipStatus.Applicant, new ValidPeriod(new PartialDate(2008), new PartialDate(2023, 7, 4)))));
        Assert.Equal("memberships[8]", p.Locator);
        Assert.Contains("overlapping statuses", p.Message);
    }

    [Fact]
    public void Build_StatusesOverlappingOnlyPossibly_AreAccepted()
    {
        // Belarus: dialogue partner [2010, 2015), observer [2015, 2024-07-04) — the sample already holds them.
        Assert.Equal(3, Build().AsOf(D(2000, 1, 1)).StatusHistory(Belarus, Sco).Length);
    }

    [Fact]
    public void Build_OverlappingStatusesInDisjointRecords_AreAccepted()
    {
        var first = Instant.FromUtc(2020, 1, 1, 0, 0);
        var second = Instant.FromUtc(2021, 1, 1, 0, 0);
        // The first publication said Pakistan became an observer in 2016; the second corrected it to member. Both stand, in
        // different record periods.
        var pakistan = new PartyId("iso:PK");
        var world = Builder()
            .AddParty(new State(pakistan, [new PartyName("Pakistan")], "PK"))
            .AddMembership(new Membership(pakistan, Sco, MembershipStatus.Observer, ValidPeriod.Since(D(2016, 1, 1)), new RecordPeriod(first, second)))
            .AddMembership(new Membership(pakistan, Sco, MembershipStatus.Member, ValidPeriod.Since(D(2016, 1, 1)), RecordPeriod.Since(second)))
            .Build();
        Assert.Equal(MembershipStatus.Observer, world.AsOf(D(2017, 1, 1), first).StatusIn(pakistan, Sco)!.Value.Fact.Status);
        Assert.Equal(MembershipStatus.Member, world.AsOf(D(2017, 1, 1)).StatusIn(pakistan, Sco)!.Value.Fact.Status);
    }

    [Fact]
    public void Build_OwnershipOver100Percent_IsReported()
    {
        var company = new PartyId("org:c");
        var p = SingleProblem(Builder()
            .AddParty(new Organization(company, [new PartyName("C")]))
            .AddRelation(new Relation(RelationKind.Ownership, Russia, company, ValidPeriod.Since(D(2010, 1, 1)), 60m))
            .AddRelation(new Relation(RelationKind.Ownership, Putin, company, ValidPeriod.Since(D(2012, 1, 1)), 45m)));
        Assert.Contains("105", p.Message);
        Assert.Contains("2012-01-01", p.Message);
    }

    [Fact]
    public void Build_OwnershipAddingUpOverTimeOnly_IsAccepted()
    {
        var company = new PartyId("org:c");
        var world = Builder()
            .AddParty(new Organization(company, [new PartyName("C")]))
            .AddRelation(new Relation(RelationKind.Ownership, Russia, company, ValidPeriod.Between(D(2010, 1, 1), D(2012, 1, 1)), 60m))
            .AddRelation(new Relation(RelationKind.Ownership, Putin, company, ValidPeriod.Since(D(2012, 1, 1)), 60m))
            .Build();
        Assert.Single(world.AsOf(D(2013, 1, 1)).OwnersOf(company));
    }

    [Fact]
    public void Build_RatificationBeforeSignature_IsOutOfOrder()
    {
        var t = new TreatyId("treaty:x");
        var p = SingleProblem(Builder()
            .AddTreaty(new Treaty(t, "X"))
            .AddTreatyAction(new TreatyAction(t, Iran, TreatyActionKind.Signature, D(2020, 1, 1)))
            .AddTreatyAction(new TreatyAction(t, Iran, TreatyActionKind.Ratification, D(2019, 1, 1))));
        Assert.Contains("out of order", p.Message);
        Assert.Contains("ratification on 2019-01-01 comes before signature", p.Message);
    }

    [Fact]
    public void Build_EntryIntoForceWithoutConsent_IsOutOfOrder()
    {
        var t = new TreatyId("treaty:x");
        var p = SingleProblem(Builder()
            .AddTreaty(new Treaty(t, "X"))
            .AddTreatyAction(new TreatyAction(t, Iran, TreatyActionKind.Signature, D(2020, 1, 1)))
            .AddTreatyAction(new TreatyAction(t, Iran, TreatyActionKind.EntryIntoForce, D(2021, 1, 1))));
        Assert.Contains("without a ratification or accession", p.Message);
    }

    [Fact]
    public void Build_WithdrawalBeforeEntryIntoForce_IsOutOfOrder()
    {
        var p = SingleProblem(Builder().AddTreatyAction(new TreatyAction(Treaty2025, Iran, TreatyActionKind.Withdrawal, D(2025, 3, 1))));
        Assert.Contains("withdrawal on 2025-03-01 comes before", p.Message);
    }

    [Fact]
    public void Build_UnknownTreaty_IsReported()
    {
        var p = SingleProblem(Builder().AddTreatyAction(new TreatyAction(new TreatyId("nope"), Iran, TreatyActionKind.Accession, D(2025, 3, 1))));
        Assert.Contains("unknown treaty 'nope'", p.Message);
    }

    [Fact]
    public void Build_PositionHeldByState_IsWrongKind()
    {
        var p = SingleProblem(Builder().AddPosition(new Position(Russia, "Chair", ValidPeriod.Always)));
        Assert.Contains("holder 'iso:RU' is a State", p.Message);
    }

    [Fact]
    public void Build_ManyProblems_AllReportedInOneException()
    {
        var e = Assert.Throws<WorldValidationException>(() => Builder()
            .AddRelation(new Relation(RelationKind.Family, new PartyId("a"), new PartyId("b"), ValidPeriod.Always))
            .AddParty(new State(Iran, [new PartyName("Persia")]))
            .Build());
        Assert.Equal(3, e.Problems.Length);
        Assert.Contains("3 problems", e.Message);
    }

    [Fact]
    public void Add_Null_ThrowsImmediately()
    {
        Assert.Throws<ArgumentNullException>(() => new WorldBuilder().AddParty(null!));
    }

    [Fact]
    public void Constructor_FromWorld_KeepsEverything()
    {
        var world = Build();
        var copy = new WorldBuilder(world).Build();
        Assert.Equal(world.Parties, copy.Parties);
        Assert.Equal(world.Designations, copy.Designations);
        Assert.Equal(world.Dataset, copy.Dataset);
    }
}
