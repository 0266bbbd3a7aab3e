using Sanctions.Core.Compliance;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Xunit;
using static Sanctions.Core.Tests.Compliance.ComplianceWorld;

namespace Sanctions.Core.Tests.Compliance;

public sealed class OfacSectoralFiftyPercentRuleTests
{
    private const string Rule = OfacSectoralFiftyPercentRule.RuleName;

    [Theory]
    [InlineData(25, 25, true)]
    [InlineData(30, 19, false)]
    public void Evaluate_EntityOwnedFiftyPercentInAggregateBySsiPersons_IsSubjectToTheDirectives(int first, int second, bool subject)
    {
        var w = new ComplianceWorld();
        var bank1 = w.Company("bank1");
        var bank2 = w.Company("bank2");
        var sub = w.Company("sub");
        w.Designate(bank1, Ssi, measure: MeasureKind.SectoralRestriction);
        w.Designate(bank2, Ssi, measure: MeasureKind.SectoralRestriction);
        w.Owns(bank1, sub, first).Owns(bank2, sub, second);

        var result = Check(w.Build(), Request(sub, "US"));

        Assert.Equal(subject, By(result, Rule).Any());
        Assert.Equal(subject ? Verdict.Review : Verdict.Clear, result.Verdict);
        if (subject)
        {
            var finding = Assert.Single(By(result, Rule));
            Assert.Equal("sectoral-restriction", finding.Measure);
            Assert.Equal(Certainty.Certain, finding.Certainty);
        }
    }

    [Fact]
    public void Evaluate_SsiOwnerDoesNotBlock()
    {
        var w = new ComplianceWorld();
        var bank = w.Company("bank");
        var sub = w.Company("sub");
        w.Designate(bank, Ssi, measure: MeasureKind.SectoralRestriction);
        w.Owns(bank, sub, 100m);

        var result = Check(w.Build(), Request(sub, "US"));

        Assert.Empty(By(result, OwnershipAggregationRule.RuleName));
        Assert.Equal(Verdict.Review, result.Verdict);
    }
}
