using BenchmarkDotNet.Attributes;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Compliance;

// A compliance check on a company at the end of a five-deep ownership chain in a 100k-party world, against a naive recursive reading of
// OFAC's 50% rule over WorldView.OwnersOf (no pruning, no memo: every path up the ownership graph is walked). Merged: the same world with
// a second record of every company and listed person tied by same-as (SyntheticOwnershipWorld), as merged sources give; the naive
// reading does not follow same-as, so its row there is the cost of the larger world alone.
[MemoryDiagnoser]
[MedianColumn]
public class ComplianceBenchmarks
{
    private SanctionsWorld world = null!;
    private ComplianceEngine full = null!;
    private ComplianceEngine ownershipOnly = null!;
    private ComplianceRequest blocked = null!;
    private ComplianceRequest unexposed = null!;

    /// <summary>Whether every company and listed person has a second record tied by same-as.</summary>
    [Params(false, true)]
    public bool Merged { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        world = SyntheticOwnershipWorld.Build(Merged);
        full = new ComplianceEngine(world);
        ownershipOnly = new ComplianceEngine(world, [new OwnershipAggregationRule()]);
        blocked = new ComplianceRequest(SyntheticOwnershipWorld.Company(0, 4), SyntheticOwnershipWorld.On, ["US", "EU", "UN"]);
        unexposed = blocked with { Party = SyntheticOwnershipWorld.Company(7, 4) };
        if (full.Check(blocked).Verdict != Verdict.Blocked || !NaiveRecursive())
        {
            throw new InvalidOperationException("The synthetic world does not block the forced chain.");
        }
    }

    [Benchmark(Baseline = true)]
    public bool NaiveRecursive() => NaiveBlocked(world.AsOf(SyntheticOwnershipWorld.On), blocked.Party);

    [Benchmark]
    public Verdict OwnershipRuleCheck() => ownershipOnly.Check(blocked).Verdict;

    [Benchmark]
    public Verdict FullCheck() => full.Check(blocked).Verdict;

    [Benchmark]
    public Verdict FullCheckOtherCompany() => full.Check(unexposed).Verdict;

    private static bool NaiveBlocked(WorldView view, PartyId party)
    {
        if (view.IsDesignated(party, new DesignationFilter("US", Measure: MeasureKind.AssetFreeze)) == Certainty.Certain)
        {
            return true;
        }

        var share = 0m;
        foreach (var stake in view.OwnersOf(party))
        {
            if (stake.Certainty == Certainty.Certain && NaiveBlocked(view, stake.Fact.From))
            {
                share += stake.Fact.Percent ?? 0m;
            }
        }

        return share >= 50m;
    }
}
