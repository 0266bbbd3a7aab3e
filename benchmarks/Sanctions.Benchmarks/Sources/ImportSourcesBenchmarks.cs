using BenchmarkDotNet.Attributes;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// A whole import of an SDN-sized list (about 18,000 entries, the 2019 OFAC sample repeated):
/// read, map, link and build the validated world. Target: under a second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(SourcesConfig))]
public class ImportSourcesBenchmarks
{
    private SourceFile[] csv = null!;
    private SourceFile[] xml = null!;

    [GlobalSetup]
    public virtual void Setup()
    {
        csv = [.. SourceInputs.Get("ofac-csv-sdn").Files.Select(f => SourceFile.FromBytes(f.Name, f.Bytes))];
        xml = [.. SourceInputs.Get("ofac-xml-sdn").Files.Select(f => SourceFile.FromBytes("sdn.xml", f.Bytes))];
    }

    // Reading only, for comparison: what the mapping and the world build add on top.
    [Benchmark(Baseline = true)]
    [Input("ofac-csv-sdn")]
    public int Baseline_ReadOnly_OfacCsv18k() => OfacCsvReader.Read(OfacCsvFiles.Group(csv).Single(), new ImportDiagnostics(false)).Count();

    [Benchmark]
    [Input("ofac-csv-sdn")]
    public int Import_OfacCsv18k() => ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, csv).GetAwaiter().GetResult().World.Parties.Length;

    [Benchmark]
    [Input("ofac-xml-sdn")]
    public int Import_OfacXml18k() => ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, xml).GetAwaiter().GetResult().World.Parties.Length;
}
