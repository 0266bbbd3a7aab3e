using Sanctions.Core.Compliance;
using Sanctions.Core.Regimes;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class ArmsEmbargoRuleTests
{
    private const string Rule = ArmsEmbargoRule.RuleName;

    private static (Sanctions.Core.World.SanctionsWorld World, Sanctions.Core.Parties.PartyId Seller, Sanctions.Core.Parties.PartyId Target) Setup(ArmsDirection direction)
    {
        var w = new ComplianceWorld();
        w.Country("XS");
        var seller = w.Company("seller", "XS");
        var target = w.Country("XT");
        w.Measure(target, Un, CountryMeasureKind.ArmsEmbargo, direction);
        return (w.Build(), seller, target);
    }

    [Fact]
    public void Evaluate_GeneralGoods_ReportsNothing()
    {
        var (world, seller, target) = Setup(ArmsDirection.Both);

        Assert.Empty(By(Check(world, Request(seller, "UN") with { Counterparty = target }), Rule));
    }

    [Fact]
    public void Evaluate_SupplyingArmsToInboundTarget_IsProhibited()
    {
        var (world, seller, target) = Setup(ArmsDirection.Inbound);
        var request = Request(seller, "UN") with { Counterparty = target, Goods = Goods.Arms, Flow = GoodsFlow.PartyToCounterparty };

        var result = Check(world, request);

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Prohibited, result.Verdict);
        Assert.Equal([target], finding.Path);
        Assert.Equal(ParticipantRole.Counterparty, finding.Role);
        Assert.Equal(["Test Resolution 1"], finding.Basis);
        Assert.StartsWith("Arms supplied to", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_BuyingArmsFromOutboundTarget_IsProhibited()
    {
        var (world, buyer, target) = Setup(ArmsDirection.Outbound);
        var request = Request(buyer, "US") with { Counterparty = target, Goods = Goods.Arms, Flow = GoodsFlow.CounterpartyToParty };

        var finding = Assert.Single(By(Check(world, request), Rule));

        Assert.StartsWith("Arms bought from", finding.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ArmsDirection.Inbound, GoodsFlow.CounterpartyToParty)]
    [InlineData(ArmsDirection.Outbound, GoodsFlow.PartyToCounterparty)]
    public void Evaluate_EmbargoAgainstTheOtherDirection_ReportsNothing(ArmsDirection direction, GoodsFlow flow)
    {
        var (world, seller, target) = Setup(direction);

        Assert.Empty(By(Check(world, Request(seller, "UN") with { Counterparty = target, Goods = Goods.Arms, Flow = flow }), Rule));
    }

    [Theory]
    [InlineData(ArmsDirection.Inbound)]
    [InlineData(ArmsDirection.Outbound)]
    public void Evaluate_UnknownFlow_AppliesEitherDirection(ArmsDirection direction)
    {
        var (world, seller, target) = Setup(direction);

        var result = Check(world, Request(seller, "UN") with { Counterparty = target, Goods = Goods.Arms });

        Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Prohibited, result.Verdict);
    }

    [Fact]
    public void Evaluate_EuArmsEmbargo_BindsEuCallersOnly()
    {
        var w = new ComplianceWorld();
        var seller = w.Company("seller");
        var target = w.Country("XT");
        w.Measure(target, Eu, CountryMeasureKind.ArmsEmbargo, ArmsDirection.Both);
        var world = w.Build();
        var request = Request(seller, "US") with { Counterparty = target, Goods = Goods.Arms };

        Assert.Empty(By(Check(world, request), Rule));
        Assert.Equal(Eu, Assert.Single(By(Check(world, request with { Jurisdictions = ["EU"] }), Rule)).Authority);
    }
}
