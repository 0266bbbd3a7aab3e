using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Sanctions.Benchmarks.Sources;

/// <summary>Names the generated input a benchmark method reads, so the throughput columns can size it.</summary>
[AttributeUsage(AttributeTargets.Method)]
internal sealed class InputAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// <summary>Adds MB/s and records/s, computed from the mean time and the size of the method's input.</summary>
internal sealed class SourcesConfig : ManualConfig
{
    public SourcesConfig()
    {
        AddColumn(new ThroughputColumn(megabytes: true), new ThroughputColumn(megabytes: false));
    }
}

internal sealed class ThroughputColumn(bool megabytes) : IColumn
{
    public string Id => megabytes ? "MBps" : "RecordsPerSecond";

    public string ColumnName => megabytes ? "MB/s" : "records/s";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => megabytes ? 0 : 1;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => megabytes ? "Input megabytes (2^20 bytes) read per second" : "Primary records (entries, rows, entities) read per second";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, SummaryStyle.Default);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var input = benchmarkCase.Descriptor.WorkloadMethod.GetCustomAttribute<InputAttribute>();
        var mean = summary[benchmarkCase]?.ResultStatistics?.Mean;
        if (input is null || mean is not { } nanoseconds || nanoseconds <= 0)
        {
            return "-";
        }

        var data = SourceInputs.Get(input.Name);
        var seconds = nanoseconds / 1e9;
        return megabytes
            ? (data.Bytes / 1048576.0 / seconds).ToString("N1", CultureInfo.InvariantCulture)
            : (data.Records / seconds).ToString("N0", CultureInfo.InvariantCulture);
    }
}
