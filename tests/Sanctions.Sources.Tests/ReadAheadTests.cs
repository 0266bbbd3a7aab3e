using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Core.Serialization;
using Sanctions.Sources.Diagnostics;
using Sanctions.Testing.Fuzz;

namespace Sanctions.Sources.Tests;

/// <summary>
/// The OFAC sources read on a second thread while they map (<see cref="ReadAhead{T}"/>): an import must come out the same,
/// byte for byte, as when one thread does both: the world, the counts, the issues in their order, the progress reports, and
/// for bad input the same first error.
/// </summary>
public sealed class ReadAheadTests
{
    // Format, files (separated by '|'), whether lenient, and how many copies of the entries (XML: uids renumbered).
    public static TheoryData<ImportFormat, string, bool, int> Fixtures() => new()
    {
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_2019_sample/sdn.csv|ofac_sdn_csv_2019_sample/add.csv|ofac_sdn_csv_2019_sample/alt.csv", false, 1 },
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_2019_sample/sdn.csv|ofac_sdn_csv_2019_sample/add.csv|ofac_sdn_csv_2019_sample/alt.csv", true, 1 },
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_tiny/sdn.csv|ofac_sdn_csv_tiny/add.csv|ofac_sdn_csv_tiny/alt.csv|ofac_sdn_csv_tiny/sdn_comments.csv", true, 1 },
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_tiny/sdn.csv|ofac_sdn_csv_tiny/add.csv|ofac_sdn_csv_tiny/alt.csv|ofac_sdn_csv_tiny/sdn_comments.csv", false, 1 },
        { ImportFormat.OfacXml, "ofac_xml/consolidated_sdnlist_format_excerpt.xml", false, 1 },
        { ImportFormat.OfacXml, "ofac_xml/consolidated_sdnlist_format_excerpt.xml", true, 12 },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Import_ReadAhead_GivesWhatOneThreadGives(ImportFormat format, string files, bool lenient, int copies)
    {
        var sources = files.Split('|').Select(f => SourceFile.FromBytes(Path.GetFileName(f), Repeat(File.ReadAllBytes(Fixture.PathOf(f)), copies))).ToArray();
        foreach (var published in new NodaTime.Instant?[] { null, NodaTime.Instant.FromUtc(2024, 5, 1, 18, 43) })
        {
            var options = new ImportOptions { Lenient = lenient, Published = published };
            var (ahead, alone) = await Both(format, sources, options);

            Assert.Equal(alone, ahead);
            Assert.DoesNotContain("error:", ahead, StringComparison.Ordinal);
        }
    }

    // Broken copies of the OFAC samples (the fuzz suite's mutations, a seed of their own), strict and lenient: the same
    // outcome, world or first error, whether the reading runs ahead on another thread or not.
    [Theory]
    [InlineData(ImportFormat.OfacSdnCsv)]
    [InlineData(ImportFormat.OfacXml)]
    public async Task Import_MutatedSample_ReadAheadGivesWhatOneThreadGives(ImportFormat format)
    {
        var files = format == ImportFormat.OfacXml
            ? new[] { ("sdn.xml", Repeat(File.ReadAllBytes(Fixture.PathOf("ofac_xml/consolidated_sdnlist_format_excerpt.xml")), 4)) }
            : [.. new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => (f, File.ReadAllBytes(Fixture.PathOf("ofac_sdn_csv_2019_sample/" + f))))];
        var errors = 0;
        for (var index = 0; index < 80; index++)
        {
            var target = index % files.Length;
            var (bytes, what) = InputMutator.Mutate(files[target].Item2, 16_2026, index, format == ImportFormat.OfacXml ? ("<a>", "</a>") : ("\"", "\""));
            var sources = files.Select((f, i) => SourceFile.FromBytes(f.Item1, i == target ? bytes : f.Item2)).ToArray();
            var options = new ImportOptions { Lenient = index % 2 == 1 };
            var (ahead, alone) = await Both(format, sources, options);

            Assert.True(alone == ahead, $"mutant {index} ({what}, {(options.Lenient ? "lenient" : "strict")}):\n{First(alone, ahead)}");
            errors += alone.StartsWith("error:", StringComparison.Ordinal) ? 1 : 0;
        }

        // The mutants include inputs that fail and inputs that import: both outcomes are compared.
        Assert.InRange(errors, 1, 79);
    }

    [Property(MaxTest = 200)]
    public Property ReadAhead_GivesTheItemsInOrder_ThenTheReadersError_AndStopsTheReaderWhenTheCallerStops() =>
        Prop.ForAll(Gen.Choose(0, 300).ToArbitrary(), Gen.Choose(-1, 300).ToArbitrary(), Gen.Choose(-1, 300).ToArbitrary(), (count, failAt, stopAt) =>
        {
            var ended = 0;
            IEnumerable<int> Source(CancellationToken token)
            {
                try
                {
                    for (var i = 0; i < count; i++)
                    {
                        if (i == failAt)
                        {
                            throw new InvalidDataException("item " + i);
                        }

                        token.ThrowIfCancellationRequested();
                        yield return i;
                    }
                }
                finally
                {
                    Interlocked.Increment(ref ended);
                }
            }

            var seen = new List<int>();
            string? error = null;
            try
            {
                foreach (var item in ReadAhead<int>.Run(Source, parallel: true, CancellationToken.None))
                {
                    if (seen.Count == stopAt)
                    {
                        break;
                    }

                    seen.Add(item);
                }
            }
            catch (InvalidDataException e)
            {
                error = e.Message;
            }

            // One thread: the reader gives the items before its error (or all), and the caller takes them up to its stop, if it
            // gets that far; the reader's error comes only to a caller that did not stop first.
            var given = failAt >= 0 && failAt < count ? failAt : count;
            var stops = stopAt >= 0 && stopAt < given;
            var expectedError = !stops && given < count ? "item " + failAt : null;
            return seen.SequenceEqual(Enumerable.Range(0, stops ? stopAt : given)) && error == expectedError && Volatile.Read(ref ended) == 1;
        });

    // Large inputs, and small ones that the reader has read to the end before the mapping sees the cancellation.
    [Theory]
    [InlineData(ImportFormat.OfacSdnCsv, true, false)]
    [InlineData(ImportFormat.OfacSdnCsv, false, false)]
    [InlineData(ImportFormat.OfacXml, true, false)]
    [InlineData(ImportFormat.OfacXml, false, false)]
    [InlineData(ImportFormat.OfacSdnCsv, true, true)]
    [InlineData(ImportFormat.OfacSdnCsv, false, true)]
    [InlineData(ImportFormat.OfacXml, true, true)]
    [InlineData(ImportFormat.OfacXml, false, true)]
    public async Task Import_Cancelled_EndsInCancellation_WithNoResult(ImportFormat format, bool readAhead, bool small)
    {
        var csv = small ? "ofac_sdn_csv_tiny/" : "ofac_sdn_csv_2019_sample/";
        var sources = format == ImportFormat.OfacXml
            ? new[] { SourceFile.FromBytes("sdn.xml", Repeat(File.ReadAllBytes(Fixture.PathOf("ofac_xml/consolidated_sdnlist_format_excerpt.xml")), small ? 1 : 20)) }
            : [.. new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => SourceFile.FromBytes(f, File.ReadAllBytes(Fixture.PathOf(csv + f))))];
        using var cancel = new CancellationTokenSource();
        var reports = 0;

        // Cancelled at the first entry's progress report, long before the last entry is read.
        var progress = new Reports(_ =>
        {
            reports++;
            cancel.Cancel();
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => Task.Run(() => ListImporter.Import(
            format, [new ImportPublication(sources)], ImportOptions.Default, progress, cancel.Token, readAhead: readAhead)));
        Assert.Equal(1, reports);
    }

    private static async Task<(string Ahead, string Alone)> Both(ImportFormat format, SourceFile[] sources, ImportOptions options)
    {
        var ahead = await Task.Run(() => Describe(format, sources, options, readAhead: true));
        var alone = await Task.Run(() => Describe(format, sources, options, readAhead: false));
        return (ahead, alone);
    }

    // Everything an import gives: counts, issues, progress reports and the world; or the exception, with its location.
    private static string Describe(ImportFormat format, SourceFile[] sources, ImportOptions options, bool readAhead)
    {
        var reports = new StringBuilder();
        var progress = new Reports(p => reports.Append(p.File).Append(' ').Append(p.RecordsRead).Append(' ').Append(p.Publication).Append('\n'));
        try
        {
            var result = ListImporter.Import(format, [new ImportPublication(sources)], options, progress, Fixture.Token, readAhead: readAhead);
            return $"{result.Read} {result.Imported} {result.Skipped}\n{string.Join('\n', result.Issues.Select(i => i.Severity + " " + i))}\n{reports}\n{WorldJson.Serialize(result.World)}";
        }
        catch (ImportException e)
        {
            return $"error: {e.Location} {e.RecordId}: {e.Message}";
        }
#pragma warning disable CA1031 // Any other exception is compared too: the same one must escape either way.
        catch (Exception e)
#pragma warning restore CA1031
        {
            return $"error: {e.GetType().Name}: {e.Message}";
        }
    }

    // The first line where two descriptions differ.
    private static string First(string alone, string ahead)
    {
        var (a, b) = (alone.Split('\n'), ahead.Split('\n'));
        for (var i = 0; i < Math.Min(a.Length, b.Length); i++)
        {
            if (a[i] != b[i])
            {
                return $"line {i + 1}:\n one thread: {a[i]}\n read ahead: {b[i]}";
            }
        }

        return $"{a.Length} lines against {b.Length}";
    }

    // The entries of an OFAC XML file repeated, uids renumbered: entries enough for many of the read-ahead's batches.
    private static byte[] Repeat(byte[] file, int copies)
    {
        if (copies == 1)
        {
            return file;
        }

        var text = Encoding.UTF8.GetString(file);
        var start = text.LastIndexOf('\n', text.IndexOf("<sdnEntry>", StringComparison.Ordinal)) + 1;
        var end = text.LastIndexOf("</sdnEntry>", StringComparison.Ordinal) + "</sdnEntry>".Length;
        var body = text[start..end] + "\n";
        var output = new StringBuilder(text[..start]);
        for (var k = 0; k < copies; k++)
        {
            output.Append(System.Text.RegularExpressions.Regex.Replace(body, @"(?<=<sdnEntry>\s*<uid>)(\d+)(?=</uid>)",
                m => (long.Parse(m.Value, System.Globalization.CultureInfo.InvariantCulture) + (k * 100_000L)).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        }

        return Encoding.UTF8.GetBytes(output.Append(text[end..]).ToString());
    }

    // Progress reported on the reporting thread, in order (Progress<T> would post them elsewhere).
    private sealed class Reports(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
