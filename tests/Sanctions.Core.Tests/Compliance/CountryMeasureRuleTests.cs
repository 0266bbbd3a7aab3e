using Sanctions.Core.Compliance;
using Sanctions.Core.Regimes;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class CountryMeasureRuleTests
{
    private const string Rule = CountryMeasureRule.RuleName;

    [Fact]
    public void Evaluate_CompanyLocatedInEmbargoedState_IsProhibited()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var b = w.Company("b", "XA");
        var measure = w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        var result = Check(w.Build(), Request(b, "US"));

        var finding = Assert.Single(By(result, Rule));
        Assert.Equal(Verdict.Prohibited, result.Verdict);
        Assert.Equal([b, x], finding.Path);
        Assert.Equal(measure, finding.Fact);
        Assert.Equal("comprehensive-embargo", finding.Measure);
        Assert.Contains("located in", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_TheEmbargoedStateItself_IsProhibitedAsItsGovernment()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        var finding = Assert.Single(By(Check(w.Build(), Request(x, "US")), Rule));

        Assert.Equal([x], finding.Path);
        Assert.Equal(Verdict.Prohibited, finding.Outcome);
    }

    [Fact]
    public void Evaluate_MinistryOfEmbargoedState_IsTiedThroughGovernment()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var ministry = w.Company("ministry", "XA", "ministry");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        var finding = Assert.Single(By(Check(w.Build(), Request(ministry, "US")), Rule));

        Assert.Contains("government of", finding.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CitizenOfEmbargoedStateLivingElsewhere_IsAReviewAsANationalIs()
    {
        // Imports keep a list's citizenship apart from its nationality; both tie the person to the state.
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        w.Country("XB");
        var person = w.Person("p", residence: "XB", citizenship: "XA");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        var result = Check(w.Build(), Request(person, "US"));

        Assert.Equal(Verdict.Review, Assert.Single(By(result, Rule)).Outcome);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_NationalLivingElsewhere_IsAReviewNotAProhibition()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        w.Country("XB");
        var person = w.Person("p", nationality: "XA", residence: "XB");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        var result = Check(w.Build(), Request(person, "US"));

        Assert.Equal(Verdict.Review, Assert.Single(By(result, Rule)).Outcome);
        Assert.Equal(Verdict.Review, result.Verdict);
    }

    [Fact]
    public void Evaluate_SectoralMeasure_IsAReview()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var b = w.Company("b", "XA");
        w.Measure(x, Eu, CountryMeasureKind.Sectoral);

        Assert.Equal(Verdict.Review, Check(w.Build(), Request(b, "EU")).Verdict);
    }

    [Fact]
    public void Evaluate_ExportControl_MattersOnlyForControlledGoods()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var b = w.Company("b", "XA");
        w.Measure(x, Ofac, CountryMeasureKind.ExportControl);
        var world = w.Build();

        Assert.Equal(Verdict.Clear, Check(world, Request(b, "US")).Verdict);
        Assert.Equal(Verdict.Clear, Check(world, Request(b, "US") with { Goods = Goods.Arms }).Verdict);
        Assert.Equal(Verdict.Review, Check(world, Request(b, "US") with { Goods = Goods.DualUse }).Verdict);
    }

    [Fact]
    public void Evaluate_EmbargoByAuthorityThatDoesNotBind_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var b = w.Company("b", "XA");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo);

        Assert.Equal(Verdict.Clear, Check(w.Build(), Request(b, "EU")).Verdict);
    }

    [Fact]
    public void Evaluate_EmbargoLiftedBeforeTheDate_ReportsNothing()
    {
        var w = new ComplianceWorld();
        var x = w.Country("XA");
        var b = w.Company("b", "XA");
        w.Measure(x, Ofac, CountryMeasureKind.ComprehensiveEmbargo, valid: Between("2010-01-01", "2016-01-16"));

        Assert.Empty(By(Check(w.Build(), Request(b, "US")), Rule));
    }
}
