using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;

namespace Sanctions.Sources.Tests.Mapping;

/// <summary>
/// One publication is imported without the history merge's bookkeeping (issue 16, speed): the world, the issues and the
/// counts must be what the whole merge gives for that publication alone.
/// </summary>
public sealed class SinglePublicationTests
{
    // Format, files (separated by '|') and whether lenient.
    public static TheoryData<ImportFormat, string, bool> Fixtures() => new()
    {
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_2019_sample/sdn.csv|ofac_sdn_csv_2019_sample/add.csv|ofac_sdn_csv_2019_sample/alt.csv", false },
        { ImportFormat.OfacSdnCsv, "ofac_sdn_csv_tiny/sdn.csv|ofac_sdn_csv_tiny/add.csv|ofac_sdn_csv_tiny/alt.csv|ofac_sdn_csv_tiny/sdn_comments.csv", true },
        { ImportFormat.OfacXml, "ofac_xml/consolidated_sdnlist_format_excerpt.xml", false },
        { ImportFormat.UnXml, "un/un_consolidated_excerpt.xml", false },
        { ImportFormat.UnXml, "un/un_birth_facts_excerpt.xml", false },
        { ImportFormat.UsCsl, "us_csl/consolidated.csv", true },
        { ImportFormat.BisDpl, "us_bis_dpl/dpl.txt", true },
        { ImportFormat.Ftm, "opensanctions/zala_entities.ftm.json", true },
    };

    [Theory]
    [MemberData(nameof(Fixtures))]
    public async Task Import_OnePublication_GivesWhatTheHistoryMergeGives(ImportFormat format, string files, bool lenient)
    {
        var publication = new ImportPublication([.. files.Split('|').Select(Fixture.File)]);
        foreach (var published in new Instant?[] { null, Instant.FromUtc(2024, 5, 1, 18, 43) })
        {
            var (alone, merged) = await Both(format, publication, new ImportOptions { Lenient = lenient, Published = published });

            Assert.Equal(merged, alone);
            Assert.DoesNotContain("error:", alone, StringComparison.Ordinal);
        }
    }

    [Property(MaxTest = 25)]
    public Property Import_OneEditedPublication_GivesWhatTheHistoryMergeGives() =>
        Prop.ForAll(Gen.Choose(0, 10_000).ArrayOf().ToArbitrary(), Gen.Elements(true, false).ToArbitrary(), (edits, dated) =>
        {
            var files = new[] { "sdn.csv", "add.csv", "alt.csv" }
                .Select(f => (Name: f, Lines: File.ReadAllText(Fixture.PathOf("ofac_sdn_csv_2019_sample/" + f), Encoding.UTF8).Split('\n').Where(l => l.Length > 0).ToList()))
                .ToArray();
            var sdn = files[0].Lines;
            foreach (var edit in edits.Take(12))
            {
                // A row given twice (skipped with an issue), a row gone, or a link to another entry's primary name.
                var i = edit % sdn.Count;
                switch (edit % 3)
                {
                    case 0:
                        sdn.Insert(i, sdn[i]);
                        break;
                    case 1 when sdn.Count > 1:
                        sdn.RemoveAt(i);
                        break;
                    default:
                        var name = sdn[(edit / 3) % sdn.Count].Split(',')[1].Trim('"');
                        sdn[i] = sdn[i][..sdn[i].LastIndexOf(',')] + ",\"Linked To: " + name + ".\"\r";
                        break;
                }
            }

            var publication = new ImportPublication([.. files.Select(f => Fixture.Text(f.Name, string.Join('\n', f.Lines) + "\n"))]);
            var options = new ImportOptions { Lenient = true, Published = dated ? Instant.FromUtc(2019, 1, 15, 0, 0) : null };
            var (alone, merged) = Both(ImportFormat.OfacSdnCsv, publication, options).GetAwaiter().GetResult();
            return alone == merged;
        });

    private static async Task<(string Alone, string Merged)> Both(ImportFormat format, ImportPublication publication, ImportOptions options)
    {
        var alone = await Task.Run(() => UnchangedRecordsTests.Describe(() => ListImporter.Import(format, [publication], options, null, Fixture.Token, alone: true)));
        var merged = await Task.Run(() => UnchangedRecordsTests.Describe(() => ListImporter.Import(format, [publication], options, null, Fixture.Token, alone: false)));
        return (alone, merged);
    }
}
