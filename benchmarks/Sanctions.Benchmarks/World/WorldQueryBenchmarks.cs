using BenchmarkDotNet.Attributes;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.World;

/// <summary>Point queries on a 100k-party, 200k-designation world, each beside a naive linear scan of the same facts.</summary>
[MemoryDiagnoser]
public class WorldQueryBenchmarks
{
    private static readonly LocalDate On = new(2017, 8, 5);
    private SanctionsWorld world = null!;
    private WorldView view;
    private PartyId party;
    private Designation[] designations = null!;
    private Membership[] memberships = null!;

    [GlobalSetup]
    public void Setup()
    {
        world = BenchmarkWorlds.Builder().Build();
        view = world.AsOf(On);
        designations = [.. world.Designations];
        memberships = [.. world.Memberships];

        // A party with designations, at least one in effect on the date.
        party = world.Designations.First(d => d.Valid.Contains(On) == Certainty.Certain).Party;
    }

    [Benchmark(Baseline = true)]
    public Certainty IsDesignated_LinearScan()
    {
        var best = Certainty.No;
        foreach (var d in designations)
        {
            if (d.Party == party && d.Recorded.To is null)
            {
                var c = d.Valid.Contains(On);
                best = c > best ? c : best;
            }
        }

        return best;
    }

    [Benchmark]
    public Certainty IsDesignated_Indexed() => view.IsDesignated(party);

    [Benchmark]
    public int DesignationsOf_LinearScan()
    {
        var n = 0;
        foreach (var d in designations)
        {
            if (d.Party == party && d.Recorded.To is null && d.Valid.Contains(On) != Certainty.No)
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int DesignationsOf_Indexed()
    {
        var n = 0;
        foreach (var answer in view.DesignationsOf(party))
        {
            n += (int)answer.Certainty;
        }

        return n;
    }

    [Benchmark]
    public int DesignationsOf_IndexedWithAuthorityFilter()
    {
        var n = 0;
        foreach (var answer in view.DesignationsOf(party, new DesignationFilter(Authority: "US")))
        {
            n += (int)answer.Certainty;
        }

        return n;
    }

    [Benchmark]
    public int MembersOf_LinearScan()
    {
        var n = 0;
        foreach (var m in memberships)
        {
            if (m.Organization == BenchmarkWorlds.Organization && m.Valid.Contains(On) != Certainty.No)
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int MembersOf_Indexed() => view.MembersOf(BenchmarkWorlds.Organization).Length;

    [Benchmark]
    public int Changes_OneYear_LinearScan()
    {
        var from = new LocalDate(2016, 12, 31);
        var to = new LocalDate(2017, 12, 31);
        var n = 0;
        foreach (var d in designations)
        {
            if (d.Recorded.To is not null)
            {
                continue;
            }

            if (d.Valid.From is { } f && f.Earliest > from && f.Earliest <= to)
            {
                n++;
            }

            if (d.Valid.To is { } t && t.Earliest > from && t.Earliest <= to)
            {
                n++;
            }
        }

        return n;
    }

    [Benchmark]
    public int Changes_OneYear_Indexed() => world.Changes(new LocalDate(2016, 12, 31), new LocalDate(2017, 12, 31)).Length;
}
