using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

// Issue 16, merged sources keep one party per source tied by same-as: the ownership rules (OFAC's 50% rule and its sectoral form, the
// EU and UK ownership-or-control tests) count the designations of every record of an owner and the stakes stated in every record of a
// company, each holding once, no more certainly than the tie.
public sealed class OwnershipSameAsTests
{
    private const string Ofac50 = OwnershipAggregationRule.RuleName;

    [Fact]
    public void Evaluate_OwnerRecordSameAsADesignatedRecord_BlocksTheCompany()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        var designation = w.Designate(listed, Sdn);
        w.SameAs(other, listed).Owns(other, company, 50m);

        var result = Check(w.Build(), Request(company, "US"));

        var finding = Assert.Single(By(result, Ofac50));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal(Certainty.Certain, finding.Certainty);
        Assert.Equal(designation, finding.Fact);
        Assert.Equal([company, other, listed], finding.Path);
    }

    [Fact]
    public void Evaluate_SameAsTieNotCertain_LowersTheVerdictToReview()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        w.Designate(listed, Sdn);
        w.SameAs(other, listed, Between("2020-06", null)).Owns(other, company, 80m);

        var result = Check(w.Build(), Request(company, "US"));

        Assert.Equal(Certainty.Possible, Assert.Single(By(result, Ofac50)).Certainty);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_SameAsTieNotInEffectOnTheDay_DoesNotCount()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        w.Designate(listed, Sdn);
        w.SameAs(other, listed, Between("2021-01-01", null)).Owns(other, company, 80m);

        Assert.Equal(Verdict.Clear, Check(w.Build(), Request(company, "US")).Verdict);
    }

    [Fact]
    public void Evaluate_CompanyRecordSameAsAnOwnedRecord_IsBlockedThroughIt()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var company = w.Company("b");
        var twin = w.Company("b2");
        w.Designate(listed, Sdn);
        w.Owns(listed, company, 60m).SameAs(twin, company);

        var finding = Assert.Single(By(Check(w.Build(), Request(twin, "US")), Ofac50));

        Assert.Equal([twin, company, listed], finding.Path);
        Assert.Equal(Certainty.Certain, finding.Certainty);
    }

    // The same 30% holding stated by two sources (owner and company recorded twice) is one holding: not 60%.
    [Fact]
    public void Evaluate_OneHoldingRecordedByTwoSources_IsCountedOnce()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var listed2 = w.Person("a2");
        var company = w.Company("b");
        var company2 = w.Company("b2");
        w.Designate(listed, Sdn);
        w.SameAs(listed2, listed).SameAs(company2, company).Owns(listed, company, 30m).Owns(listed2, company2, 30m);
        var world = w.Build();

        Assert.Empty(By(Check(world, Request(company, "US")), Ofac50));
        Assert.Empty(By(Check(world, Request(company2, "US")), Ofac50));
        Assert.Empty(By(Check(world, Request(company, "EU")), EuOwnershipControlRule.RuleName));
    }

    // Two sources that state different holdings of one owner: the larger counts.
    [Fact]
    public void Evaluate_TwoSourcesStateDifferentHoldings_TheLargerCounts()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var listed2 = w.Person("a2");
        var company = w.Company("b");
        var company2 = w.Company("b2");
        w.Designate(listed, Sdn);
        w.SameAs(listed2, listed).SameAs(company2, company).Owns(listed, company, 30m).Owns(listed2, company2, 55m);

        var finding = Assert.Single(By(Check(w.Build(), Request(company, "US")), Ofac50));

        Assert.Contains("at least 55%", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EuControlAndUkMajority_FollowSameAs()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var controlled = w.Company("b");
        var owned = w.Company("c");
        w.Designate(listed, EuList);
        w.Designate(listed, UkList);
        w.SameAs(listed, other).Controls(other, controlled).Owns(other, owned, 60m);
        var world = w.Build();

        Assert.Single(By(Check(world, Request(controlled, "EU")), EuOwnershipControlRule.RuleName));
        Assert.Equal(Verdict.Blocked, Check(world, Request(owned, "UK")).Verdict);
        Assert.Single(By(Check(world, Request(owned, "UK")), UkOwnershipControlRule.RuleName));
    }

    [Fact]
    public void Evaluate_SectoralListedRecordSameAsTheOwner_ExtendsTheDirectives()
    {
        var w = new ComplianceWorld();
        var listed = w.Company("a");
        var other = w.Company("a2");
        var company = w.Company("b");
        w.Designate(listed, Ssi, measure: Sanctions.Core.Regimes.MeasureKind.SectoralRestriction);
        w.SameAs(other, listed).Owns(other, company, 50m);

        var finding = Assert.Single(By(Check(w.Build(), Request(company, "US")), OfacSectoralFiftyPercentRule.RuleName));

        Assert.Equal(Certainty.Certain, finding.Certainty);
        Assert.Equal(Verdict.Review, finding.Outcome);
    }

    // Splitting a designated owner into two records tied by same-as (the designation on one, its stakes in some companies moved to the
    // other) never makes a verdict milder, under the US, EU and UK rules alike, on random layered ownership graphs.
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property SplittingADesignatedOwner_NeverMakesAVerdictMilder() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1000), 41).ToArbitrary(), seeds =>
        {
            var original = Graph(seeds, split: false);
            var split = Graph(seeds, split: true);
            return original.Parties.All(p => VerdictOf(split.World, p) >= VerdictOf(original.World, p));
        });

    // A company split into two records tied by same-as (its owners' stakes stated in one or the other) gets the verdict the whole company
    // got, whichever record is checked.
    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property SplittingACompany_GivesEitherRecordTheWholeCompanysVerdict() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1000), 41).ToArbitrary(), seeds =>
        {
            var original = Graph(seeds, split: false);
            var target = original.Parties[5];
            var split = Graph(seeds, split: false, splitCompany: 5);
            var whole = VerdictOf(original.World, target);
            return VerdictOf(split.World, target) == whole && VerdictOf(split.World, new PartyId("p5-twin")) == whole;
        });

    private static Verdict VerdictOf(SanctionsWorld world, PartyId party) => Check(world, new ComplianceRequest(party, Day, ["US", "EU", "UK"])).Verdict;

    // Eight companies, p0 designated by the US, the EU and the UK (and p1 by the US when the first seed is even), stakes from lower to
    // higher numbers that never pass 100% in a company. With split, p0's stakes in odd-numbered companies are stated by a record p0-twin
    // tied to p0 by same-as; with splitCompany, the stakes of odd-numbered owners in that company are stated in a record tied to it.
    private static (SanctionsWorld World, List<PartyId> Parties) Graph(int[] seeds, bool split, int splitCompany = -1)
    {
        var w = new ComplianceWorld();
        var parties = new List<PartyId>();
        for (var i = 0; i < 8; i++)
        {
            parties.Add(w.Company("p" + i));
        }

        w.Designate(parties[0], Sdn);
        w.Designate(parties[0], EuList);
        w.Designate(parties[0], UkList);
        if (seeds[0] % 2 == 0)
        {
            w.Designate(parties[1], Sdn);
        }

        var twin = parties[0];
        if (split)
        {
            twin = w.Company("p0-twin");
            w.SameAs(twin, parties[0]);
        }

        var companyTwin = new PartyId("none");
        if (splitCompany >= 0)
        {
            companyTwin = w.Company($"p{splitCompany}-twin");
            w.SameAs(parties[splitCompany], companyTwin);
        }

        var owned = new decimal[8];
        var stated = new HashSet<(int, int)>();
        for (var k = 1; k + 1 < seeds.Length; k += 2)
        {
            var from = seeds[k] % 7;
            var to = from + 1 + (seeds[k + 1] % (7 - from));
            var pct = Math.Min(seeds[k + 1] % 60, 100 - owned[to]);

            // One stake per owner and company: two stakes of one owner in one company would be one holding once split.
            if (pct > 0 && to < 8 && stated.Add((from, to)))
            {
                owned[to] += pct;
                var owner = from == 0 && to % 2 == 1 ? twin : parties[from];
                var company = to == splitCompany && from % 2 == 1 ? companyTwin : parties[to];
                if (seeds[k] % 5 == 0)
                {
                    w.Controls(owner, company);
                }
                else
                {
                    w.Owns(owner, company, pct);
                }
            }
        }

        return (w.Build(), parties);
    }

}
