using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;

namespace Sanctions.Core.Tests.World;

/// <summary><see cref="WorldBuilder.Build"/> accepts every consistent world and rejects every broken one, naming the broken item.</summary>
public sealed partial class WorldBuilderTests
{
    [SanctionsProperty]
    public bool Build_AcceptsEveryGeneratedWorld(WorldFacts facts) => facts.ToBuilder().TryBuild(out var world, out var problems) && problems.IsEmpty && world!.Parties.Length == facts.Parties.Length;

    [SanctionsProperty]
    public void Build_RejectsEveryInvalidWorld_NamingTheBrokenItem(InvalidWorld invalid)
    {
        var e = Record.Exception(() => invalid.Facts.Build());
        var rejected = Assert.IsType<WorldValidationException>(e);
        Assert.True(rejected.Problems.Any(invalid.IsReportedBy), $"No problem names {invalid.Locator} with '{invalid.Culprit}'; got:{Environment.NewLine}{rejected.Message}");
        Assert.Contains(invalid.Locator, rejected.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Defects))]
    public void Build_RejectsEachKindOfDefect_NamingTheBrokenItem(WorldDefect defect) =>
        Check.One(
            Config.QuickThrowOnFailure.WithMaxTest(30),
            Prop.ForAll(Arb.From(SanctionsGen.InvalidWorld(defect)), invalid =>
                invalid.Defect == defect && !invalid.Facts.ToBuilder().TryBuild(out _, out var problems) && problems.Any(invalid.IsReportedBy)));

    public static TheoryData<WorldDefect> Defects() => [.. Enum.GetValues<WorldDefect>()];

    [SanctionsProperty]
    public bool Rebuild_FromABuiltWorld_GivesAnEqualWorld(WorldFacts facts)
    {
        var world = facts.Build();
        var again = new WorldBuilder(world).Build();
        return world.Parties.SequenceEqual(again.Parties) && world.Designations.SequenceEqual(again.Designations) && world.Memberships.SequenceEqual(again.Memberships) &&
            world.Relations.SequenceEqual(again.Relations) && world.TreatyActions.SequenceEqual(again.TreatyActions) && world.CountryMeasures.SequenceEqual(again.CountryMeasures) &&
            world.Positions.SequenceEqual(again.Positions) && world.Lists.SequenceEqual(again.Lists) && world.Programs.SequenceEqual(again.Programs);
    }

    // The counterexamples the soundness property below found (before the validator looked at every record boundary).
    [Fact]
    public void Build_StakesRecordedSinceAlways_OverlappingBeforeOneIsRetracted_AreRejected()
    {
        var builder = new WorldBuilder()
            .AddParty(new Organization(new PartyId("c"), [new PartyName("C")]))
            .AddParty(new Person(new PartyId("a"), [new PartyName("A")]))
            .AddParty(new Person(new PartyId("b"), [new PartyName("B")]))
            .AddRelation(new Relation(RelationKind.Ownership, new PartyId("a"), new PartyId("c"), ValidPeriod.Always, 60m, recorded: new RecordPeriod(null, Instant.FromUtc(2020, 1, 1, 0, 0))))
            .AddRelation(new Relation(RelationKind.Ownership, new PartyId("b"), new PartyId("c"), ValidPeriod.Always, 60m));
        var e = Assert.Throws<WorldValidationException>(builder.Build);
        Assert.Contains("c hold 120%", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_EntryIntoForceVisibleBeforeItsConsentIsRecorded_IsRejected()
    {
        var t0 = Instant.FromUtc(2030, 6, 2, 13, 50);
        var t1 = Instant.FromUtc(2036, 3, 7, 4, 9);
        var builder = new WorldBuilder()
            .AddParty(new State(new PartyId("s"), [new PartyName("S")]))
            .AddTreaty(new Treaty(new TreatyId("t"), "T"))
            .AddTreatyAction(new TreatyAction(new TreatyId("t"), new PartyId("s"), TreatyActionKind.Ratification, new PartialDate(2005), new RecordPeriod(t0, t1)))
            .AddTreatyAction(new TreatyAction(new TreatyId("t"), new PartyId("s"), TreatyActionKind.EntryIntoForce, new PartialDate(2005), new RecordPeriod(null, t1)));
        var e = Assert.Throws<WorldValidationException>(builder.Build);
        Assert.Equal("treatyActions[1]", e.Problems.Single().Locator);
    }

    // Records that open and close at two shared instants, so that facts come and go together.
    private static Gen<RecordPeriod> SharedRecords(Instant t0, Instant t1) => Gen.Elements(
        RecordPeriod.Always, new RecordPeriod(null, t0), new RecordPeriod(null, t1), RecordPeriod.Since(t0), RecordPeriod.Since(t1), new RecordPeriod(t0, t1));

    // Soundness: whatever stakes, statuses and treaty actions are added to a world, if Build accepts the result, then at
    // every knowledge instant (each record boundary, the instant before it, and now) no company is owned more than 100%
    // on any day, no party certainly holds two statuses at once in one organisation, and no party's entry into force of
    // a treaty is visible without its consent.
    [SanctionsProperty]
    public Property Build_AcceptsOnlyWorldsWithinTheRules_AtEveryKnowledgeInstant()
    {
        var period = SanctionsGen.ValidPeriod(new LocalDate(2000, 1, 1), new LocalDate(2010, 12, 31));
        var gen = from facts in SanctionsGen.WorldFacts()
                  from t0 in SanctionsGen.Instant()
                  from t1 in SanctionsGen.Instant(t0 + Duration.FromSeconds(1), t0 + Duration.FromDays(3000))
                  from stakes in (from r in SharedRecords(t0, t1) from v in period from pct in Gen.Choose(1, 100) select (r, v, pct)).ListOf(3)
                  from statuses in (from r in SharedRecords(t0, t1) from v in period select (r, v)).ListOf(3)
                  from actions in (from r in SharedRecords(t0, t1) from k in Gen.Elements(TreatyActionKind.Ratification, TreatyActionKind.EntryIntoForce) select (r, k)).ListOf(3)
                  select Extend(facts, stakes, statuses, actions);
        return Prop.ForAll(Arb.From(gen, SanctionsShrink.WorldFacts), facts =>
        {
            if (!facts.ToBuilder().TryBuild(out var world, out _))
            {
                return;
            }

            foreach (var at in WorldInstants(world!))
            {
                var when = at?.ToString() ?? "now";
                foreach (var company in world!.Relations.Select(r => r.To).Distinct())
                {
                    var stakes = world.Relations.Where(r => r.To == company && r.Kind == RelationKind.Ownership && r.Percent is not null && Naive.Visible(r.Recorded, at)).ToList();
                    foreach (var day in stakes.Select(s => s.Valid.Narrow.Start ?? new LocalDate(1, 1, 1)).Distinct())
                    {
                        var total = stakes.Where(s => s.Valid.Contains(day) == Certainty.Certain).Sum(s => s.Percent!.Value);
                        Assert.True(total <= 100m, $"Build accepted {company} owned {total}% on {day:uuuu-MM-dd} known at {when}");
                    }
                }

                foreach (var pair in world.Memberships.Where(m => Naive.Visible(m.Recorded, at)).GroupBy(m => (m.Member, m.Organization)))
                {
                    var items = pair.ToList();
                    for (var i = 0; i < items.Count; i++)
                    {
                        for (var j = i + 1; j < items.Count; j++)
                        {
                            Assert.True(items[i].Valid.Overlaps(items[j].Valid) != Certainty.Certain, $"Build accepted overlapping statuses {items[i]} and {items[j]} known at {when}");
                        }
                    }
                }

                foreach (var group in world.TreatyActions.Where(a => Naive.Visible(a.Recorded, at)).GroupBy(a => (a.Treaty, a.Party)))
                {
                    var consent = group.Any(a => a.Kind is TreatyActionKind.Ratification or TreatyActionKind.Accession);
                    Assert.True(consent || group.All(a => a.Kind != TreatyActionKind.EntryIntoForce), $"Build accepted {group.Key.Party}'s entry into force of {group.Key.Treaty} without consent, known at {when}");
                }
            }
        });
    }

    private static IEnumerable<Instant?> WorldInstants(SanctionsWorld world)
    {
        var records = world.Relations.Select(r => r.Recorded).Concat(world.Memberships.Select(m => m.Recorded)).Concat(world.TreatyActions.Select(a => a.Recorded));
        var instants = records.SelectMany(r => new[] { r.From, r.To }).OfType<Instant>().Distinct().ToList();
        return instants.SelectMany(i => new Instant?[] { i, i - Duration.Epsilon }).Append(null);
    }

    private static WorldFacts Extend(
        WorldFacts facts,
        List<(RecordPeriod Record, ValidPeriod Valid, int Percent)> stakes,
        List<(RecordPeriod Record, ValidPeriod Valid)> statuses,
        List<(RecordPeriod Record, TreatyActionKind Kind)> actions)
    {
        var company = facts.Parties[0].Id;
        var relations = facts.Relations;
        for (var i = 0; i < stakes.Count; i++)
        {
            var owner = facts.Parties[1 + (i % (facts.Parties.Length - 1))].Id;
            relations = relations.Add(new Relation(RelationKind.Ownership, owner, company, stakes[i].Valid, stakes[i].Percent, recorded: stakes[i].Record));
        }

        var memberships = facts.Memberships;
        foreach (var (record, valid) in statuses)
        {
            memberships = memberships.Add(new Membership(facts.Parties[0].Id, facts.Parties[1].Id, MembershipStatus.Member, valid, record));
        }

        var treaty = new Treaty(new TreatyId("extra-treaty"), "Extra Treaty");
        var treatyActions = facts.TreatyActions.AddRange(actions.Select(a => new TreatyAction(treaty.Id, facts.Parties[0].Id, a.Kind, new PartialDate(2005), a.Record)));
        return facts.With(relations: relations, memberships: memberships, treaties: facts.Treaties.Add(treaty), actions: treatyActions);
    }
}
