using System.Text;
using Sanctions.Sources.Diagnostics;
using Sanctions.Testing.Fuzz;

namespace Sanctions.Sources.Tests.Fuzz;

/// <summary>
/// Every reader, fed broken copies of its sample files (<see cref="InputMutator"/>), ends in a result or in an
/// <see cref="ImportException"/> that says where; nothing else escapes, in strict or lenient mode. 300 mutants per reader by
/// default; <c>SANCTIONS_FUZZ_MUTANTS=100000</c> runs more, <c>SANCTIONS_FUZZ_SEED</c> another sequence (docs/testing.md).
/// </summary>
public sealed class ReaderFuzzTests
{
    // Errors about a publication as a whole, which no line or element stands for.
    private static readonly string[] WholePublication = ["No primary OFAC CSV file", "does not form a valid world"];

    public static TheoryData<string> Readers => ["ofac-sdn-csv", "ofac-xml", "un-xml", "us-csl", "bis-dpl", "ftm", "ftm-delta"];

    // The first frames of our own code, where the exception escaped.
    private static string Where(Exception e) =>
        string.Join(" < ", (e.StackTrace ?? string.Empty).Split('\n').Select(l => l.Trim()).Where(l => l.Contains("Sanctions.", StringComparison.Ordinal)).Take(3));

    [Theory]
    [MemberData(nameof(Readers))]
    public async Task Import_MutatedSample_EndsInAResultOrAnErrorWithALocation(string reader)
    {
        var (format, files, nesting) = Sample(reader);
        var failures = new List<string>();
        var seed = InputMutator.Seed;
        for (var index = 0; index < InputMutator.Count; index++)
        {
            // One file of the publication is broken; the others are as published.
            var target = index % files.Length;
            var (bytes, what) = InputMutator.Mutate(files[target].Content, seed, index, nesting);
            var sources = files.Select((f, i) => SourceFile.FromBytes(f.Name, i == target ? bytes : f.Content)).ToArray();
            var options = new ImportOptions { Lenient = index % 2 == 1, Published = NodaTime.Instant.FromUtc(2024, 5, 27, 19, 47) };
            try
            {
                var publication = new ImportPublication(sources, options.Published);
                await ListImporter.ImportHistoryAsync(format, [publication], options, null, Fixture.Token);
            }
            catch (ImportException e) when (e.Location is { File.Length: > 0 } || WholePublication.Any(w => e.Message.Contains(w, StringComparison.Ordinal)))
            {
                Assert.True(e.Message.Length <= 4000, $"a message of {e.Message.Length} characters");
            }
#pragma warning disable CA1031 // Every other exception is a finding, collected to report them all.
            catch (Exception e)
#pragma warning restore CA1031
            {
                var saved = Path.Combine(Path.GetTempPath(), $"sanctions-fuzz-{reader}-{seed}-{index}-{files[target].Name}");
                await File.WriteAllBytesAsync(saved, bytes, Fixture.Token);
                failures.Add($"seed {seed} mutant {index} ({files[target].Name}: {what}, {(options.Lenient ? "lenient" : "strict")}): "
                    + $"{e.GetType().Name}: {Cut(e.Message)} at {Where(e)}; mutant saved to {saved}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {InputMutator.Count} mutants escaped:\n" + string.Join("\n", failures.Take(10)));
    }

    private static string Cut(string text) => text.Length <= 300 ? text : text[..300] + "…";

    private static (ImportFormat Format, (string Name, byte[] Content)[] Files, (string Open, string Close) Nesting) Sample(string reader)
    {
        static (string, byte[]) File(string relative) => (Path.GetFileName(relative), System.IO.File.ReadAllBytes(Fixture.PathOf(relative)));
        static (string, byte[]) Head(string relative, int lines)
        {
            // The first lines only: enough for every code path, and quick to read 300 times.
            var text = System.IO.File.ReadAllLines(Fixture.PathOf(relative), Encoding.UTF8).Take(lines);
            return (Path.GetFileName(relative), Encoding.UTF8.GetBytes(string.Join("\r\n", text) + "\r\n"));
        }

        (string, string) xml = ("<a>", "</a>"), json = ("[", "]");
        return reader switch
        {
            "ofac-sdn-csv" => (ImportFormat.OfacSdnCsv,
                [File("ofac_sdn_csv_tiny/sdn.csv"), File("ofac_sdn_csv_tiny/add.csv"), File("ofac_sdn_csv_tiny/alt.csv"), File("ofac_sdn_csv_tiny/sdn_comments.csv")], ("\"", "\"")),
            "ofac-xml" => (ImportFormat.OfacXml, [File("ofac_xml/consolidated_sdnlist_format_excerpt.xml")], xml),
            "un-xml" => (ImportFormat.UnXml, [File("un/un_consolidated_excerpt.xml")], xml),
            "us-csl" => (ImportFormat.UsCsl, [File("us_csl/consolidated.csv")], ("\"", "\"")),
            "bis-dpl" => (ImportFormat.BisDpl, [Head("us_bis_dpl/dpl.txt", 60)], ("\"", "\"")),
            "ftm" => (ImportFormat.Ftm, [File("opensanctions/zala_entities.ftm.json")], json),
            _ => (ImportFormat.Ftm,
                [File("opensanctions/zala_entities.ftm.json"), File("opensanctions/t2_20240527194702-wnk_entities.delta.json"), File("opensanctions/t2_20240528014702-pfh_entities.delta.json")], json),
        };
    }
}
