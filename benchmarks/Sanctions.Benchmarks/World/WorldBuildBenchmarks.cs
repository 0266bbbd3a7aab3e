using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.World;

/// <summary>Building (validating and indexing) a world of 100k parties and 200k designations.</summary>
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

    [Benchmark]
    public int Build_100kParties_200kDesignations() => builder.Build().Parties.Length;
}
