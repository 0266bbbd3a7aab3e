using Sanctions.Core.Compliance;
using Sanctions.Core.Temporal;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class UkOwnershipControlRuleTests
{
    private const string Rule = UkOwnershipControlRule.RuleName;

    // OFSI General Guidance ch. 4: more than 50% of the shares or voting rights.
    [Theory]
    [InlineData(50.1, true)]
    [InlineData(50, false)]
    public void Evaluate_SingleDesignatedOwner_OwnsAboveFiftyPercent(double percent, bool owned)
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, UkList);
        w.Owns(a, b, (decimal)percent);

        var result = Check(w.Build(), Request(b, "UK"));

        Assert.Equal(owned ? Verdict.Blocked : Verdict.Clear, result.Verdict);
        Assert.Equal(owned, By(result, Rule).Any());
    }

    // The right to appoint a majority of the board, or control in fact, is a Control relation.
    [Fact]
    public void Evaluate_DesignatedPersonControls_IsBlocked()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, UkList);
        w.Controls(a, b);

        var finding = Assert.Single(By(Check(w.Build(), Request(b, "UK")), Rule));

        Assert.Equal(Certainty.Certain, finding.Certainty);
        Assert.Equal(Verdict.Blocked, finding.Effect);
    }

    // OFSI General Guidance para. 4.14: holdings of different designated persons are not simply added up, unless held jointly or under a
    // joint arrangement; the check says so as a review rather than clearing.
    [Fact]
    public void Evaluate_TwoDesignatedOwnersAboveFiftyPercentOnlyTogether_IsAReviewAboutAJointArrangement()
    {
        var w = new ComplianceWorld();
        var a1 = w.Person("a1");
        var a2 = w.Person("a2");
        var b = w.Company("b");
        w.Designate(a1, UkList);
        w.Designate(a2, UkList);
        w.Owns(a1, b, 30m).Owns(a2, b, 30m);

        var result = Check(w.Build(), Request(b, "UK"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Equal(Certainty.Possible, finding.Certainty);
        Assert.Contains("joint arrangement", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_EuListedOwner_DoesNotBindAUkCaller()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var b = w.Company("b");
        w.Designate(a, EuList);
        w.Owns(a, b, 60m);

        Assert.Equal(Verdict.Clear, Check(w.Build(), Request(b, "UK")).Verdict);
    }
}
