using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.World;

/// <summary>Building (validating, then indexing on the first query) a world of 100k parties and 200k designations.</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.Monitoring, launchCount: 1, warmupCount: 1, iterationCount: 5)]
public class WorldBuildBenchmarks
{
    private WorldBuilder builder = null!;

    [GlobalSetup]
    public void Setup() => builder = BenchmarkWorlds.Builder();

    // The naive alternative: no validation, one dictionary of lists by party.
    [Benchmark(Baseline = true)]
    public int Baseline_GroupDesignationsByParty() => builder.Designations.ToLookup(d => d.Party).Count + builder.Parties.ToDictionary(p => p.Id).Count;

    // Since 62ceb8b the query index is built by the first query, not by Build: this row is checking alone.
    [Benchmark]
    public int Build_100kParties_200kDesignations() => builder.Build().Parties.Length;

    // Build and a first query, which builds the query index: the figure to compare with runs before 62ceb8b.
    [Benchmark]
    public Certainty BuildThenFirstQuery_100kParties_200kDesignations()
    {
        var world = builder.Build();
        return world.AsOf(new NodaTime.LocalDate(2017, 8, 5)).IsDesignated(world.Parties[0].Id);
    }
}
