using BenchmarkDotNet.Attributes;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;

namespace Sanctions.Benchmarks.Sources;

/// <summary>Reading OFAC legacy CSV (sdn, add, alt) of about 100 MB: the 2019 sample repeated with new ent_nums.</summary>
[MemoryDiagnoser]
[Config(typeof(SourcesConfig))]
public class OfacCsvSourcesBenchmarks
{
    private SourceInputs.Input input = null!;
    private OfacCsvFiles files = null!;

    [GlobalSetup]
    public void Setup()
    {
        input = SourceInputs.Get("ofac-csv-100mb");
        files = OfacCsvFiles.Group(input.Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))).Single();
    }

    // The floor: decode and split the same bytes into lines, nothing else.
    [Benchmark(Baseline = true)]
    [Input("ofac-csv-100mb")]
    public int Baseline_CountLines() => input.Files.Sum(f => BaselineReaders.CountLines(f.Bytes));

    [Benchmark]
    [Input("ofac-csv-100mb")]
    public int Read_EntriesWithRemarksAddressesAliases() =>
        OfacCsvReader.Read(files, new ImportDiagnostics(lenient: false)).Sum(e => e.Names.Count);
}
