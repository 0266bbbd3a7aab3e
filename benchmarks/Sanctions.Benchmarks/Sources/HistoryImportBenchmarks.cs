using System.Globalization;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using NodaTime;
using Sanctions.Sources;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;

namespace Sanctions.Benchmarks.Sources;

/// <summary>
/// The 34 monthly SDN publications of 2021-08 → 2024-05 imported as one history (issue 16: target ≤ 3 s, ≤ 400 MB peak).
/// The files are not in the repository: unpack <c>shared/data/official/ofac_sdn_history/sdn-monthly-2021-08_2024-05.tar.xz</c>
/// and name the folder in <c>SANCTIONS_SDN_HISTORY</c>. The baseline reads the same files without mapping or merging.
/// </summary>
[MemoryDiagnoser]
public partial class HistoryImportBenchmarks
{
    private ImportPublication[] publications = null!;

    [GlobalSetup]
    public void Setup()
    {
        var folder = Environment.GetEnvironmentVariable("SANCTIONS_SDN_HISTORY")
            ?? throw new InvalidOperationException("Set SANCTIONS_SDN_HISTORY to the folder of the unpacked sdn-scraped-*.csv files.");
        publications = [.. Directory.GetFiles(folder, "sdn-scraped-*.csv").Order(StringComparer.Ordinal).Select(Publication)];
        if (publications.Length == 0)
        {
            throw new InvalidOperationException($"No sdn-scraped-*.csv in {folder}.");
        }
    }

    // Held in memory, so that the disk is not measured.
    private static ImportPublication Publication(string path)
    {
        var stamp = Stamp().Match(Path.GetFileName(path));
        var at = Instant.FromDateTimeOffset(DateTimeOffset.ParseExact(stamp.Groups[1].Value, "yyyy-MM-dd'T'HH-mm", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal));
        return new ImportPublication([SourceFile.FromBytes(Path.GetFileName(path), File.ReadAllBytes(path))], at);
    }

    [Benchmark(Baseline = true)]
    public int ReadOnly_34Publications()
    {
        var read = 0;
        foreach (var publication in publications)
        {
            read += OfacCsvReader.Read(OfacCsvFiles.Group(publication.Files).Single(), new ImportDiagnostics(false)).Count();
        }

        return read;
    }

    [Benchmark]
    public int ImportHistory_34Publications() =>
        ListImporter.ImportHistoryAsync(ImportFormat.OfacSdnCsv, publications).GetAwaiter().GetResult().World.Designations.Length;

    [GeneratedRegex(@"sdn-scraped-(\d{4}-\d\d-\d\dT\d\d-\d\d)Z\.csv")]
    private static partial Regex Stamp();
}
