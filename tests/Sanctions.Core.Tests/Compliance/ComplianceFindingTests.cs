using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Xunit;

namespace Sanctions.Core.Tests.Compliance;

public sealed class ComplianceFindingTests
{
    private static ComplianceFinding Finding(Certainty certainty, Verdict outcome) =>
        new("test-rule", ParticipantRole.Party, ComplianceWorld.Ofac, "asset-freeze", ["Test Order 1"], [new PartyId("a")], certainty, outcome, "d1", "Because.");

    [Theory]
    [InlineData(Certainty.Certain, Verdict.Prohibited, Verdict.Prohibited)]
    [InlineData(Certainty.Certain, Verdict.Review, Verdict.Review)]
    [InlineData(Certainty.Possible, Verdict.Blocked, Verdict.Review)]
    [InlineData(Certainty.Possible, Verdict.Prohibited, Verdict.Review)]
    public void Effect_DependsOnCertainty(Certainty certainty, Verdict outcome, Verdict effect)
    {
        Assert.Equal(effect, Finding(certainty, outcome).Effect);
    }

    [Fact]
    public void Effect_Cleared_IsClear()
    {
        var finding = Finding(Certainty.Certain, Verdict.Blocked);
        var cleared = finding with { Clearance = new FindingClearance(finding.Key, "desk", Instant.FromUtc(2020, 1, 1, 0, 0), "Licensed.") };

        Assert.Equal(Verdict.Clear, cleared.Effect);
        Assert.Contains("cleared", cleared.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Construction_NoCertaintyOrClearOutcome_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Finding(Certainty.No, Verdict.Blocked));
        Assert.Throws<ArgumentOutOfRangeException>(() => Finding(Certainty.Certain, Verdict.Clear));
    }

    [Fact]
    public void Key_IsRuleSubjectAndFact()
    {
        Assert.Equal(new FindingKey("test-rule", new PartyId("a"), "d1"), Finding(Certainty.Certain, Verdict.Blocked).Key);
    }
}
