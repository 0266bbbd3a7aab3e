using BenchmarkDotNet.Attributes;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Testing;
using Sanctions.Core.World;

namespace Sanctions.Benchmarks.Testing;

/// <summary>
/// Time and memory of the synthetic world generator at 100k and 1M parties: the facts alone, and the facts built into
/// a validated, indexed world. The baseline samples the same number of parties (parties only) from the FsCheck
/// generators (<see cref="SanctionsGen.Party()"/>), which is what a load test would use without the synthetic generator.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class SyntheticWorldBenchmarks
{
    [Params(100_000, 1_000_000)]
    public int Parties { get; set; }

    [Benchmark(Baseline = true)]
    public int FsCheckPartiesOnly() => SanctionsGen.Party().Sample(Parties, Parties).Length;

    [Benchmark]
    public int GenerateFacts() => SyntheticWorld.GenerateFacts(new SyntheticWorldOptions { Parties = Parties, Seed = 42 }).Count;

    [Benchmark]
    public SanctionsWorld GenerateAndBuild() => SyntheticWorld.Generate(new SyntheticWorldOptions { Parties = Parties, Seed = 42 });
}
