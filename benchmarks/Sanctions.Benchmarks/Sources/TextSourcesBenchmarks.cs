using BenchmarkDotNet.Attributes;
using Sanctions.Sources;
using Sanctions.Sources.Csl;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ftm;

namespace Sanctions.Benchmarks.Sources;

/// <summary>Reading the US CSL CSV and OpenSanctions FtM JSON lines, about 100 MB each, sample records repeated with new ids.</summary>
[MemoryDiagnoser]
[Config(typeof(SourcesConfig))]
public class TextSourcesBenchmarks
{
    private SourceFile csl = null!;
    private SourceFile ftm = null!;
    private byte[] ftmBytes = null!;

    [GlobalSetup]
    public void Setup()
    {
        var c = SourceInputs.Get("csl-100mb").Files[0];
        csl = SourceFile.FromBytes(c.Name, c.Bytes);
        var f = SourceInputs.Get("ftm-100mb").Files[0];
        ftm = SourceFile.FromBytes(f.Name, f.Bytes);
        ftmBytes = f.Bytes;
    }

    [Benchmark(Baseline = true)]
    [Input("csl-100mb")]
    public int Baseline_CslCountLines() => BaselineReaders.CountLines(((MemoryStream)csl.Open()).ToArray());

    [Benchmark]
    [Input("csl-100mb")]
    public int Read_CslRows() => CslCsvReader.Read(csl, new ImportDiagnostics(false)).Sum(e => e.Names.Count);

    // The naive way to read JSON lines: a JsonDocument per line.
    [Benchmark]
    [Input("ftm-100mb")]
    public int Baseline_FtmJsonDocumentPerLine() => BaselineReaders.JsonDocumentPerLine(ftmBytes);

    [Benchmark]
    [Input("ftm-100mb")]
    public int Read_FtmEntities() => FtmReader.ReadEntities(ftm, new ImportDiagnostics(false)).Sum(e => e.Properties.Count);
}
