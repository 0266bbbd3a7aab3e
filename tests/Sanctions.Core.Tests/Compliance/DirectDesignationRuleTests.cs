using Sanctions.Core.Compliance;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class DirectDesignationRuleTests
{
    private const string Rule = DirectDesignationRule.RuleName;

    [Fact]
    public void Evaluate_AssetFreezeByBindingAuthority_Blocks()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        var designation = w.Designate(a, Sdn);

        var result = Check(w.Build(), Request(a, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Equal("asset-freeze", finding.Measure);
        Assert.Equal(designation, finding.Fact);
        Assert.Equal([a], finding.Path);
        Assert.Equal(["Test Order 1"], finding.Basis);
        Assert.Equal(ParticipantRole.Party, finding.Role);
    }

    [Fact]
    public void Evaluate_DesignationByAuthorityThatDoesNotBind_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, EuList);

        var result = Check(w.Build(), Request(a, "US"));

        Assert.Empty(By(result, Rule));
        Assert.Equal(Verdict.Clear, result.Verdict);
    }

    [Fact]
    public void Evaluate_UnListingAndUsCaller_BindsThroughTheJurisdictionMap()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, UnList);

        var finding = Assert.Single(By(Check(w.Build(), Request(a, "US")), Rule));

        Assert.Equal(Un, finding.Authority);
        Assert.Equal(["Test Resolution 1"], finding.Basis);
    }

    [Fact]
    public void Evaluate_DesignatedCounterparty_IsReportedWithItsRole()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        var b = w.Person("b");
        w.Designate(b, Sdn);

        var finding = Assert.Single(By(Check(w.Build(), Request(a, "US") with { Counterparty = b }), Rule));

        Assert.Equal(ParticipantRole.Counterparty, finding.Role);
        Assert.Equal(b, finding.Subject);
    }

    [Theory]
    [InlineData(MeasureKind.SectoralRestriction, Goods.General, Verdict.Review)]
    [InlineData(MeasureKind.ExportRestriction, Goods.DualUse, Verdict.Review)]
    [InlineData(MeasureKind.ArmsEmbargo, Goods.Arms, Verdict.Prohibited)]
    [InlineData(MeasureKind.ArmsEmbargo, Goods.General, Verdict.Clear)]
    [InlineData(MeasureKind.TravelBan, Goods.General, Verdict.Clear)]
    public void Evaluate_MeasureAndGoods_GiveTheirVerdict(MeasureKind measure, Goods goods, Verdict expected)
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, Sdn, measure: measure);

        var result = Check(w.Build(), Request(a, "US") with { Goods = goods });

        Assert.Equal(expected, result.Verdict);
    }

    [Fact]
    public void Evaluate_DelistedBeforeTheDate_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, Sdn, Between("2014-03-17", "2019-01-01"));

        Assert.Empty(By(Check(w.Build(), Request(a, "US")), Rule));
    }

    [Fact]
    public void Evaluate_ListedInAPartialYear_IsPossibleAndOnlyAReview()
    {
        var w = new ComplianceWorld();
        var a = w.Person("a");
        w.Designate(a, Sdn, Between("2020", null));

        var result = Check(w.Build(), Request(a, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Certainty.Possible, finding.Certainty);
        Assert.Equal(Verdict.Blocked, finding.Outcome);
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Contains("possibly", finding.Explanation, StringComparison.Ordinal);
    }
}
