using BenchmarkDotNet.Attributes;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Un;

namespace Sanctions.Benchmarks.Sources;

/// <summary>Reading the XML lists of about 100 MB each: OFAC sdnList and UN consolidated, sample entries repeated with new ids.</summary>
[MemoryDiagnoser]
[Config(typeof(SourcesConfig))]
public class XmlSourcesBenchmarks
{
    private SourceFile ofac = null!;
    private SourceFile un = null!;

    [GlobalSetup]
    public void Setup()
    {
        var o = SourceInputs.Get("ofac-xml-100mb").Files[0];
        ofac = SourceFile.FromBytes(o.Name, o.Bytes);
        var u = SourceInputs.Get("un-xml-100mb").Files[0];
        un = SourceFile.FromBytes(u.Name, u.Bytes);
    }

    // The floor: every node of the OFAC file through XmlReader, nothing kept.
    [Benchmark(Baseline = true)]
    [Input("ofac-xml-100mb")]
    public int Baseline_OfacXmlReaderNodes() => BaselineReaders.CountXmlNodes(ofac);

    [Benchmark]
    [Input("ofac-xml-100mb")]
    public int Read_OfacXmlEntries() => OfacXmlReader.Read(ofac, new ImportDiagnostics(false), new PublicationHeader()).Sum(e => e.Names.Count);

    [Benchmark]
    [Input("un-xml-100mb")]
    public int Baseline_UnXmlReaderNodes() => BaselineReaders.CountXmlNodes(un);

    [Benchmark]
    [Input("un-xml-100mb")]
    public int Read_UnXmlEntries() => UnXmlReader.Read(un, new ImportDiagnostics(false), new PublicationHeader()).Sum(e => e.Names.Count);
}
