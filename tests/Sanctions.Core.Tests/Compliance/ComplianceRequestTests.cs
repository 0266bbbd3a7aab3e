using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class ComplianceRequestTests
{
    private static readonly PartyId A = new("a");
    private static readonly PartyId B = new("b");

    [Fact]
    public void Construction_Jurisdictions_AreUpperCaseDistinctInOrder()
    {
        var request = new ComplianceRequest(A, Day, ["un", "US", " us ", "eu"]);

        Assert.Equal(["UN", "US", "EU"], request.Jurisdictions);
    }

    [Fact]
    public void Construction_NoJurisdiction_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ComplianceRequest(A, Day, []));
    }

    [Fact]
    public void Construction_PartyAlsoCounterparty_Throws()
    {
        Assert.Throws<ArgumentException>(() => new ComplianceRequest(A, Day, ["US"], counterparty: A));
    }

    [Fact]
    public void Participants_AreThePartyCounterpartyThenIntermediaries()
    {
        var c = new PartyId("c");
        var request = new ComplianceRequest(A, Day, ["US"], counterparty: B, intermediaries: [c]);

        Assert.Equal(
            [new Participant(A, ParticipantRole.Party), new Participant(B, ParticipantRole.Counterparty), new Participant(c, ParticipantRole.Intermediary)],
            request.Participants);
    }

    [Fact]
    public void Equality_SameContentInFreshArrays_IsEqual()
    {
        var one = new ComplianceRequest(A, Day, ["US", "EU"], intermediaries: [B]);
        var two = new ComplianceRequest(A, Day, ["US", "EU"], intermediaries: [B]);

        Assert.Equal(one, two);
        Assert.Equal(one.GetHashCode(), two.GetHashCode());
        Assert.NotEqual(one, two with { Goods = Goods.Arms });
    }
}
