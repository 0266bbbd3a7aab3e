using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Temporal;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class OwnershipAggregationRuleTests
{
    private const string Rule = OwnershipAggregationRule.RuleName;

    [Fact]
    public void Evaluate_BlockedOwnerHoldsFiftyPercent_BlocksCompanyDirectly()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        var designation = w.Designate(a, Sdn);
        w.Owns(a, b, 50m);

        var result = Check(w.Build(), Request(b, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal([b, a], finding.Path);
        Assert.Equal(Certainty.Certain, finding.Certainty);
        Assert.Equal(designation, finding.Fact);
        Assert.Equal(Ofac, finding.Authority);
        Assert.Equal(["Test Order 1"], finding.Basis);
        Assert.Contains("50%", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_ChainThroughBlockedSubsidiary_BlocksGrandchildWithFullPath()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        var c = w.Company("c");
        w.Designate(a, Sdn);
        w.Owns(a, b, 50m).Owns(b, c, 60m);

        var finding = Assert.Single(By(Check(w.Build(), Request(c, "US")), Rule));

        Assert.Equal([c, b, a], finding.Path);
        Assert.Equal(Certainty.Certain, finding.Certainty);
    }

    [Fact]
    public void Evaluate_TwoBlockedOwnersWithTwentyFivePercentEach_AggregateToBlocked()
    {
        var w = new ComplianceWorld();
        var a1 = w.Person("a1");
        var a2 = w.Person("a2");
        var b = w.Company("b");
        w.Designate(a1, Sdn);
        w.Designate(a2, Sdn);
        w.Owns(a1, b, 25m).Owns(a2, b, 25m);

        var result = Check(w.Build(), Request(b, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Contains("Person a1 25%", finding.Explanation, StringComparison.Ordinal);
        Assert.Contains("Person a2 25%", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BlockedOwnerHoldsFortyNinePercent_DoesNotBlock()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, 49m);

        var result = Check(w.Build(), Request(b, "US"));

        Assert.Empty(By(result, Rule));
        Assert.Equal(Verdict.Clear, result.Verdict);
    }

    [Fact]
    public void Evaluate_StakeEndedBeforeTheDate_CountsOnlyWhileItExisted()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, 80m, Between("2015-01-01", "2019-01-01"));
        var world = w.Build();

        var after = Check(world, Request(b, "US"));
        var during = Check(world, Request(b, "US") with { On = new LocalDate(2018, 12, 31) });
        var ended = Check(world, Request(b, "US") with { On = new LocalDate(2019, 1, 1) });

        Assert.Equal(Verdict.Clear, after.Verdict);
        Assert.Equal(Verdict.Blocked, during.Verdict);
        Assert.Equal(Verdict.Clear, ended.Verdict);
    }

    [Fact]
    public void Evaluate_OwnerDelistedBeforeTheDate_NoLongerBlocks()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn, Between("2015-01-01", "2020-01-01"));
        w.Owns(a, b, 100m);

        Assert.Empty(By(Check(w.Build(), Request(b, "US")), Rule));
    }

    [Fact]
    public void Evaluate_StakeStartsInAPartialMonth_IsPossibleAndDrivesReviewNotBlocked()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, 60m, Between("2020-06", null));

        var result = Check(w.Build(), Request(b, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Certainty.Possible, finding.Certainty);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_BlockedOwnerWithUnknownShare_IsPossibleNeverClear()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, null);

        var result = Check(w.Build(), Request(b, "US"));

        Assert.Equal(Certainty.Possible, Assert.Single(By(result, Rule)).Certainty);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_ControlWithoutOwnership_DoesNotTriggerTheRule()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Controls(a, b);

        Assert.Empty(By(Check(w.Build(), Request(b, "US")), Rule));
    }

    [Fact]
    public void Evaluate_CallerNotBoundByUs_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, 100m);

        Assert.Empty(By(Check(w.Build(), Request(b, "EU")), Rule));
    }

    [Fact]
    public void Evaluate_OwnerListedOnlyByTheEu_DoesNotCountForOfac()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Owns(a, b, 100m);

        Assert.Empty(By(Check(w.Build(), Request(b, "US", "EU")), Rule));
    }

    [Fact]
    public void Evaluate_OwnershipCycle_Terminates()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        var c = w.Company("c");
        w.Designate(a, Sdn);
        w.Owns(a, b, 30m).Owns(c, b, 40m).Owns(b, c, 60m);

        // b: a's 30% plus c's 40% only if c is blocked, and c is blocked only if b is: the least fixed point blocks neither.
        Assert.Empty(By(Check(w.Build(), Request(b, "US")), Rule));
    }

    [Fact]
    public void Evaluate_StakeRecordedOnlyLater_IsInvisibleToAnEarlierKnowledgeInstant()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, Sdn);
        w.Owns(a, b, 70m, recorded: RecordPeriod.Since(Instant.FromUtc(2020, 7, 1, 0, 0)));
        var world = w.Build();

        var before = Check(world, Request(b, "US") with { KnownAt = Instant.FromUtc(2020, 6, 15, 0, 0) });
        var after = Check(world, Request(b, "US") with { KnownAt = Instant.FromUtc(2020, 7, 2, 0, 0) });

        Assert.Equal(Verdict.Clear, before.Verdict);
        Assert.Equal(Verdict.Blocked, after.Verdict);
    }

    // Two blocked owners with shares p and q (p + q <= 100): the company is blocked exactly when p + q >= 50.
    [FsCheck.Xunit.Property]
    public Property Evaluate_TwoBlockedOwners_BlockedExactlyWhenSharesReachFifty() =>
        Prop.ForAll(Gen.Choose(0, 100).SelectMany(p => Gen.Choose(0, 100 - p).Select(q => (p, q))).ToArbitrary(), pq =>
        {
            var w = new ComplianceWorld();
            var a1 = w.Person("a1");
            var a2 = w.Person("a2");
            var b = w.Company("b");
            w.Designate(a1, Sdn);
            w.Designate(a2, Sdn);
            w.Owns(a1, b, pq.p).Owns(a2, b, pq.q);
            var blocked = By(Check(w.Build(), Request(b, "US")), Rule).Any();
            return blocked == (pq.p + pq.q >= 50);
        });

    // On random layered ownership graphs, the engine agrees with a naive recursive reading of the rule over WorldView.OwnersOf.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property Evaluate_RandomOwnershipGraphs_AgreesWithNaiveRecursion() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1000), 40).ToArbitrary(), seeds =>
        {
            var w = new ComplianceWorld();
            var parties = new List<Sanctions.Core.Parties.PartyId>();
            for (var i = 0; i < 8; i++)
            {
                parties.Add(w.Company("p" + i));
            }

            w.Designate(parties[0], Sdn);
            if (seeds[0] % 2 == 0)
            {
                w.Designate(parties[1], Sdn);
            }

            var owned = new decimal[8];
            for (var k = 1; k + 1 < seeds.Length; k += 2)
            {
                var from = seeds[k] % 7;
                var to = from + 1 + (seeds[k + 1] % (7 - from));
                var pct = Math.Min(seeds[k + 1] % 60, 100 - owned[to]);
                if (pct > 0 && to < 8)
                {
                    owned[to] += pct;
                    w.Owns(parties[from], parties[to], pct);
                }
            }

            var world = w.Build();
            var view = world.AsOf(Day);
            bool Naive(Sanctions.Core.Parties.PartyId p) =>
                view.IsDesignated(p) == Certainty.Certain ||
                view.OwnersOf(p).Where(s => Naive(s.Fact.From)).Sum(s => s.Fact.Percent ?? 0m) >= 50m;

            return parties.All(p =>
                (By(Check(world, Request(p, "US")), Rule).Any() || view.IsDesignated(p) == Certainty.Certain) == Naive(p));
        });
}
