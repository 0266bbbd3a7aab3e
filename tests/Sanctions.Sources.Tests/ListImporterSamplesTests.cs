using System.Text.RegularExpressions;
using Sanctions.Core.Serialization;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests;

/// <summary>Every sample file imports, and every warning it gives is one the importer documents.</summary>
public sealed partial class ListImporterSamplesTests
{
    /// <summary>The warnings docs/data-sources.md explains; anything else is unexplained.</summary>
    [GeneratedRegex(
        "^(address|alias|remarks continuation) row refers to ent_num \\d+, which is not in the primary file; not attached to any entry$"
        + "|^Linked To: '.+' names no entry of this publication; kept in remarks only$"
        + "|^no publication instant \\(the file states none and none was given\\)"
        + "|^addressEntity '[^']+' is not an Address in the file; not attached$"
        + "|^(Passport|Identification) without (holder|number) \\(holder '[^']*', number '[^']*'\\); not attached$"
        + "|^stated stakes in os:\\S+ add up to \\d+%; kept as ownership without percentages$"
        + "|^country '[^']+' is not an ISO 3166-1 alpha-2 code; kept in the address text$")]
    private static partial Regex Explained();

    public static TheoryData<ImportFormat, string[]> Samples => new()
    {
        { ImportFormat.OfacSdnCsv, ["ofac_sdn_csv_tiny/sdn.csv", "ofac_sdn_csv_tiny/add.csv", "ofac_sdn_csv_tiny/alt.csv", "ofac_sdn_csv_tiny/sdn_comments.csv"] },
        { ImportFormat.OfacSdnCsv, ["ofac_sdn_csv_2019_sample/sdn.csv", "ofac_sdn_csv_2019_sample/add.csv", "ofac_sdn_csv_2019_sample/alt.csv"] },
        { ImportFormat.OfacXml, ["ofac_xml/consolidated_sdnlist_format_excerpt.xml"] },
        { ImportFormat.UnXml, ["un/un_consolidated_excerpt.xml"] },
        { ImportFormat.UsCsl, ["us_csl/consolidated.csv"] },
        { ImportFormat.Ftm, ["opensanctions/zala_entities.ftm.json"] },
        { ImportFormat.BisDpl, ["us_bis_dpl/dpl.txt"] },
        {
            ImportFormat.Ftm,
            [
                "opensanctions/t2_20240527194702-wnk_entities.delta.json", "opensanctions/t2_20240528014702-pfh_entities.delta.json",
                "opensanctions/t2_20240528074703-npf_entities.delta.json", "opensanctions/t2_20240528134729-3iv_entities.delta.json",
            ]
        },
    };

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ImportAsync_Sample_StrictSucceedsWithOnlyExplainedWarnings(ImportFormat format, string[] files)
    {
        var result = await ListImporter.ImportAsync(format, [.. files.Select(Fixture.PathOf)], null, null, Fixture.Token);
        Assert.Equal(0, result.Skipped);
        Assert.NotEmpty(result.World.Parties);
        Assert.All(result.Issues, i =>
        {
            Assert.Equal(ImportIssueSeverity.Warning, i.Severity);
            Assert.Matches(Explained(), i.Message);
        });
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public async Task ImportAsync_Sample_WorldRoundTripsThroughJson(ImportFormat format, string[] files)
    {
        var options = new ImportOptions { Published = NodaTime.Instant.FromUtc(2026, 1, 2, 3, 4) };
        var world = (await ListImporter.ImportAsync(format, [.. files.Select(Fixture.PathOf)], options, null, Fixture.Token)).World;
        var json = WorldJson.Serialize(world);
        var back = WorldJson.Deserialize(json);
        Assert.Equal(json, WorldJson.Serialize(back));
        Assert.Equal(world.Parties.Length, back.Parties.Length);
        Assert.Equal(world.Designations.Length, back.Designations.Length);
        Assert.Equal(world.Relations.Length, back.Relations.Length);
        Assert.Equal(WorldJson.ComputeContentHash(world), WorldJson.ComputeContentHash(back));
    }
}
