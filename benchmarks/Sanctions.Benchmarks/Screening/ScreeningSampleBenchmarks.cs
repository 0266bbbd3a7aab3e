using System.Collections.Immutable;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.World;
using Sanctions.Screening;

namespace Sanctions.Benchmarks.Screening;

/// <summary>
/// The p50 of one-thread queries on the SDN of 2024-05-01: 25 names drawn with a fixed seed from <c>screen --batch</c>'s mix (a
/// quarter listed persons' names as written, a quarter with a typo, half common given and family names; ScreeningBenchmarks'
/// batch), each benchmarked alone (<see cref="Sample"/> is its index); the <c>P50 of names</c> column is the median of the 25 means,
/// the same on every row. Query_Screener's five named queries are the others' view.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SampleConfig))]
public class ScreeningSampleBenchmarks
{
    /// <summary>How many names the sample holds.</summary>
    public const int SampleSize = 25;

    private const int Seed = 20261206;
    private static readonly LocalDate On = new(2024, 5, 1);
    private Screener screener = null!;
    private ScreeningQuery query = null!;

    /// <summary>The sample's name screened (its index; the setup prints the name and its candidates).</summary>
    [ParamsSource(nameof(Indices))]
    public int Sample { get; set; }

    /// <summary>Every index of the sample.</summary>
    public static IEnumerable<int> Indices => Enumerable.Range(0, SampleSize);

    /// <summary>The sample's names for a world: the batch's mix drawn with the sample's own seed.</summary>
    internal static ImmutableArray<string> Names(SanctionsWorld world)
    {
        var listed = world.Parties.OfType<Person>().Select(p => p.Name).ToArray();
        var random = new Random(Seed);
        return [.. Enumerable.Range(0, SampleSize).Select(i => ScreeningBenchmarks.MixedName(random, listed, i))];
    }

    [GlobalSetup]
    public void Setup()
    {
        var world = ScreeningBenchmarks.LoadWorld();
        screener = Screener.Build(world);
        var name = Names(world)[Sample];
        query = new ScreeningQuery(name, On);
        var matches = screener.Screen(query);
        Console.WriteLine($"// sample {Sample}: '{name}': {Screener.LastCandidates} candidates, {matches.Length} matches; world: {ScreeningBenchmarks.WorldSource}");
    }

    /// <summary>The sample's name screened on this thread (the index, the filter, scoring, evidence and designations).</summary>
    [Benchmark]
    public int Screen() => screener.Screen(query).Length;

    private sealed class SampleConfig : ManualConfig
    {
        public SampleConfig() => AddColumn(new P50Column());
    }

    // The median of the rows' means (every row of the summary: the sample's names), in microseconds.
    private sealed class P50Column : IColumn
    {
        public string Id => nameof(P50Column);

        public string ColumnName => "P50 of names";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "The median of the sample's means (each name's mean), µs";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var means = summary.Reports.Where(r => r.ResultStatistics is not null).Select(r => r.ResultStatistics!.Mean / 1000.0).Order().ToArray();
            return means.Length == 0 ? "-" : $"{(means.Length % 2 == 1 ? means[means.Length / 2] : (means[(means.Length / 2) - 1] + means[means.Length / 2]) / 2):0.00} µs";
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
