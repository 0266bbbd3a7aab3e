using Sanctions.Core.Compliance;
using Sanctions.Core.Temporal;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class EuOwnershipControlRuleTests
{
    private const string Rule = EuOwnershipControlRule.RuleName;

    [Theory]
    [InlineData(51, true)]
    [InlineData(50, false)]
    public void Evaluate_SingleListedOwner_FreezesOnlyAboveFiftyPercent(int percent, bool frozen)
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Owns(a, b, percent);

        var result = Check(w.Build(), Request(b, "EU"));

        Assert.Equal(frozen, By(result, Rule).Any());
        Assert.Equal(frozen ? Verdict.Blocked : Verdict.Clear, result.Verdict);
    }

    [Fact]
    public void Evaluate_ControlWithoutOwnership_Freezes()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Controls(a, b);

        var finding = Assert.Single(By(Check(w.Build(), Request(b, "EU")), Rule));

        Assert.Equal([b, a], finding.Path);
        Assert.Contains("control", finding.Explanation, StringComparison.Ordinal);
        Assert.Equal(["Test Regulation 1/2000"], finding.Basis);
    }

    // The Commission's FAQ on Regulation 269/2014, question 8 "Aggregate ownership" (8 April 2022): 30% + 25% held by two listed
    // persons make the entity owned by listed persons; 25% + 25% do not pass "more than 50%".
    [Theory]
    [InlineData(30, 30, true)]
    [InlineData(30, 25, true)]
    [InlineData(25, 25, false)]
    public void Evaluate_SeveralListedOwners_AreAggregatedAboveFiftyPercent(int first, int second, bool frozen)
    {
        var w = new ComplianceWorld();
        var a1 = w.Person("a1");
        var a2 = w.Person("a2");
        var b = w.Company("b");
        w.Designate(a1, EuList);
        w.Designate(a2, EuList);
        w.Owns(a1, b, first).Owns(a2, b, second);

        var result = Check(w.Build(), Request(b, "EU"));

        Assert.Equal(frozen, By(result, Rule).Any());
        Assert.Equal(frozen ? Verdict.Blocked : Verdict.Clear, result.Verdict);
        if (frozen)
        {
            Assert.Contains("added up", Assert.Single(By(result, Rule)).Explanation, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_ChainOfMajorityAndControl_FreezesTheEnd()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        var c = w.Company("c");
        w.Designate(a, EuList);
        w.Owns(a, b, 60m).Controls(b, c);

        var finding = Assert.Single(By(Check(w.Build(), Request(c, "EU")), Rule));

        Assert.Equal([c, b, a], finding.Path);
    }

    [Fact]
    public void Evaluate_ControlOverAPartialPeriod_IsPossible()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Controls(a, b, Between("2018", "2020"));

        var result = Check(w.Build(), Request(b, "EU") with { On = new NodaTime.LocalDate(2020, 6, 1) });

        Assert.Equal(Certainty.Possible, Assert.Single(By(result, Rule)).Certainty);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_UsOnlyCaller_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Owns(a, b, 100m);

        Assert.Empty(By(Check(w.Build(), Request(b, "US")), Rule));
    }
}
