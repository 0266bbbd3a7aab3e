using Sanctions.Core.Compliance;
using Sanctions.Core.Regimes;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class SecondarySanctionsRuleTests
{
    private const string Rule = SecondarySanctionsRule.RuleName;

    [Theory]
    [InlineData("EU")]
    [InlineData("UK")]
    [InlineData("US")]
    [InlineData("CH")]
    public void Evaluate_ListedForSecondarySanctions_IsAReviewForAnyCaller(string jurisdiction)
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        var designation = w.Designate(a, Secondary, measure: MeasureKind.SecondarySanctionsExposure);

        var result = Check(w.Build(), Request(a, jurisdiction));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Review, result.Verdict);
        Assert.Equal(State, finding.Authority);
        Assert.Equal(designation, finding.Fact);
        Assert.Equal(["Test Act §9"], finding.Basis);
        Assert.Equal("secondary-sanctions-exposure", finding.Measure);
    }

    [Fact]
    public void Evaluate_SecondaryDesignation_IsNotAlsoADirectFinding()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        w.Designate(a, Secondary, measure: MeasureKind.SecondarySanctionsExposure);

        var result = Check(w.Build(), Request(a, "US"));

        Assert.Empty(By(result, DirectDesignationRule.RuleName));
    }

    [Fact]
    public void Evaluate_BeforeTheListing_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var a = w.Company("a");
        w.Designate(a, Secondary, Between("2021-01-01", null), MeasureKind.SecondarySanctionsExposure);

        Assert.Equal(Verdict.Clear, Check(w.Build(), Request(a, "EU")).Verdict);
    }
}
