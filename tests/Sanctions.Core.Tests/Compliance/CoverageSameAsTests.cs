using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

// Issue 16, merged sources keep one party per source tied by same-as: the coverage rule's review of an owner listed under a
// jurisdiction without an ownership rule (here the UN) counts the designations of every record of the owner and the stakes stated in
// every record of the company, as the ownership rules do, and says which records it went through.
public sealed class CoverageSameAsTests
{
    private const string Fact = "coverage:ownership:UN";

    [Fact]
    public void Evaluate_OwnerRecordSameAsAListedRecord_IsAReview()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        w.Designate(listed, UnList);
        w.SameAs(other, listed).Owns(other, company, 60m);

        var result = Check(w.Build(), Request(company, "UN"));

        var finding = Assert.Single(By(result, CoverageRule.RuleName), f => f.Fact == Fact);
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Equal([company, other, listed], finding.Path);
        Assert.Contains("recorded as the same party as Person a [a]", finding.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain("(possibly)", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_StakeStatedInARecordSameAsTheCompany_IsAReview()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var company = w.Company("b");
        var twin = w.Company("b2");
        w.Designate(listed, UnList);
        w.Owns(listed, twin, 60m).SameAs(company, twin);

        var finding = Assert.Single(By(Check(w.Build(), Request(company, "UN")), CoverageRule.RuleName), f => f.Fact == Fact);

        Assert.Equal([company, twin, listed], finding.Path);
        Assert.StartsWith("B Ltd, recorded as the same party as B2 Ltd [b2], is owned (60%) by Person a,", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameAsTieNotCertain_SaysPossibly()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        w.Designate(listed, UnList);
        w.SameAs(other, listed, Between("2020-06", null)).Owns(other, company, 60m);

        var finding = Assert.Single(By(Check(w.Build(), Request(company, "UN")), CoverageRule.RuleName), f => f.Fact == Fact);

        Assert.Equal(Certainty.Possible, finding.Certainty);
        Assert.Contains("(possibly)", finding.Explanation, StringComparison.Ordinal);
    }

    // Two listed owners, the doubtful one met first: the review names the certain one and does not say "possibly".
    [Fact]
    public void Evaluate_ADoubtfulOwnerMetBeforeACertainOne_NamesTheCertainOne()
    {
        var w = new ComplianceWorld();
        var doubtful = w.Person("a");
        var doubtfulRecord = w.Person("a2");
        var certain = w.Person("c");
        var company = w.Company("b");
        w.Designate(doubtful, UnList);
        w.Designate(certain, UnList);
        w.SameAs(doubtfulRecord, doubtful, Between("2020-06", null)).Owns(doubtfulRecord, company, 60m).Owns(certain, company, 30m);

        var finding = Assert.Single(By(Check(w.Build(), Request(company, "UN")), CoverageRule.RuleName), f => f.Fact == Fact);

        Assert.Equal([company, certain], finding.Path);
        Assert.DoesNotContain("(possibly)", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_SameAsTieNotInEffectOnTheDay_DoesNotCount()
    {
        var w = new ComplianceWorld();
        var listed = w.Person("a");
        var other = w.Person("a2");
        var company = w.Company("b");
        w.Designate(listed, UnList);
        w.SameAs(other, listed, Between("2021-01-01", null)).Owns(other, company, 60m);

        Assert.DoesNotContain(By(Check(w.Build(), Request(company, "UN")), CoverageRule.RuleName), f => f.Fact == Fact);
    }

    // Splitting a company's UN-listed owner into two records tied by same-as (the designation on one, the stake stated by the other), or
    // the company into two records (the stake stated in the other), never loses the review, and the finding reaches the listed record.
    [FsCheck.Xunit.Property(MaxTest = 60)]
    public Property SplittingTheOwnerOrTheCompany_KeepsTheReview() =>
        Prop.ForAll(Gen.ArrayOf(Gen.Choose(0, 1000), 6).ToArbitrary(), seeds =>
        {
            var (world, company, listed, listedOwners) = Graph(seeds);
            var findings = By(Check(world, Request(company, "UN")), CoverageRule.RuleName).Where(f => f.Fact == Fact).ToList();
            return listedOwners == 0
                ? findings.Count == 0
                : findings.Count == 1 && findings[0].Path[0] == company && listed.Contains(findings[0].Path[^1]);
        });

    // A company with up to three owners, each listed by the UN or not (seed % 3 == 0), each owner's stake stated by itself or by a
    // same-as record of it (seed % 2), in the company or in a same-as record of the company (seed % 5 == 0).
    private static (SanctionsWorld World, PartyId Company, List<PartyId> Listed, int ListedOwners) Graph(int[] seeds)
    {
        var w = new ComplianceWorld();
        var company = w.Company("c");
        var twin = w.Company("c-twin");
        w.SameAs(twin, company);
        var listed = new List<PartyId>();
        var owners = 1 + (seeds[0] % 3);
        var listedOwners = 0;
        for (var i = 0; i < owners; i++)
        {
            var owner = w.Person("o" + i);
            var seed = seeds[1 + i];
            if (seed % 3 == 0)
            {
                w.Designate(owner, UnList);
                listed.Add(owner);
                listedOwners++;
            }

            var stater = owner;
            if (seed % 2 == 1)
            {
                stater = w.Person($"o{i}-twin");
                w.SameAs(stater, owner);
            }

            w.Owns(stater, seed % 5 == 0 ? twin : company, 10m + (seed % 20));
        }

        return (w.Build(), company, listed, listedOwners);
    }
}
