using System.Text;
using System.Text.Json;
using NodaTime;
using Sanctions.Core.Compliance;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.World;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// Issue 16: FollowTheMoney referents use the same mechanism as merged sources, a same-as relation, where the referent is a party of
// the world; every referent also stays an identifier (what the file says). On the copied zala export (CC BY-NC, tests only) and the
// real SDN rows of KALASHNIKOV CONCERN (ofac 16911), which the zala entity NK-nR5AXM9AVPq4pQaSPSaVam names as its referent ofac-16911.
public sealed class FtmReferentsTests
{
    private const string Zala = "opensanctions/zala_entities.ftm.json";
    private static readonly PartyId Kalashnikov = new("os:NK-nR5AXM9AVPq4pQaSPSaVam");
    private static readonly PartyId Sdn16911 = new("ofac:16911");

    private static async Task<SanctionsWorld> ImportZala() =>
        (await ListImporter.ImportAsync(ImportFormat.Ftm, [Fixture.PathOf(Zala)], null, null, Fixture.Token)).World;

    private static async Task<SanctionsWorld> ImportKalashnikovSdn() =>
        (await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv,
            [.. new[] { "sdn.csv", "alt.csv", "add.csv" }.Select(f => Fixture.File("ofac_sdn_csv_2021_kalashnikov/" + f))],
            new ImportOptions { Published = Instant.FromUtc(2021, 7, 7, 0, 0) }, null, Fixture.Token)).World;

    [Fact]
    public async Task Merge_ReferentNamingAPartyOfAnotherImport_IsASameAsRelation()
    {
        var zala = await ImportZala();
        var merged = WorldMerge.Merge([zala, await ImportKalashnikovSdn()]);

        var tie = Assert.Single(merged.Relations, r => r.Kind == RelationKind.SameAs);
        Assert.Equal(Kalashnikov, tie.From);
        Assert.Equal(Sdn16911, tie.To);
        Assert.Contains("ofac-16911", tie.Source.Note, StringComparison.Ordinal);

        // Nothing dropped: every party keeps every referent the file gives as an identifier, tied or not.
        foreach (var party in zala.Parties)
        {
            Assert.Equal(party.Identifiers, merged.GetParty(party.Id).Identifiers);
        }

        var view = merged.AsOf(new LocalDate(2021, 7, 1));
        Assert.Equal([Sdn16911], view.SameAs(Kalashnikov).Select(a => a.Fact));
        Assert.Equal([Kalashnikov], view.SameAs(Sdn16911).Select(a => a.Fact));
    }

    [Fact]
    public async Task Merge_ReferentTie_ComplianceCheckOfTheFtmEntityCountsTheSdnDesignation()
    {
        var merged = WorldMerge.Merge([await ImportZala(), await ImportKalashnikovSdn()]);
        // After the SDN publication (2021-07-07): the CSV gives no listing date, so only then is the listing certain.
        var on = new LocalDate(2021, 7, 8);

        var result = new ComplianceEngine(merged).Check(new ComplianceRequest(Kalashnikov, on, ["US"]));

        Assert.Equal(Verdict.Blocked, result.Verdict);
        Assert.Contains(result.Findings, f => f.Path.SequenceEqual([Kalashnikov, Sdn16911]) && f.Rule == DirectDesignationRule.RuleName);
    }

    [Fact]
    public async Task Import_ReferentThatIsAnotherEntityOfTheFile_IsASameAsRelation()
    {
        // The zala export plus a record under the id of one of its referents (written here: the file itself holds none).
        var extra = """{"id": "ofac-16911", "caption": "KALASHNIKOV CONCERN", "schema": "Company", "properties": {"name": ["KALASHNIKOV CONCERN"]}, "referents": [], "datasets": ["us_ofac_sdn"]}""";
        var text = File.ReadAllText(Fixture.PathOf(Zala), Encoding.UTF8).TrimEnd('\n') + "\n" + extra + "\n";
        var world = (await ListImporter.ImportSourcesAsync(ImportFormat.Ftm, [Fixture.Text("entities.ftm.json", text)], null, null, Fixture.Token)).World;

        var tie = Assert.Single(world.Relations, r => r.Kind == RelationKind.SameAs);
        Assert.Equal(Kalashnikov, tie.From);
        Assert.Equal(new PartyId("os:ofac-16911"), tie.To);
        Assert.Contains(world.GetParty(Kalashnikov).Identifiers, i => i.Scheme == FtmFacts.ReferentScheme && i.Value == "ofac-16911");

        // Merged with itself, the tie is not made twice.
        Assert.Equal(world.Relations, WorldMerge.Merge([world, world]).Relations);
    }

    [Fact]
    public async Task Import_ReferentsNamingNoPartyOfTheFile_StayIdentifiersOnly()
    {
        var world = await ImportZala();
        var referents = File.ReadLines(Fixture.PathOf(Zala)).Sum(l => JsonDocument.Parse(l).RootElement.GetProperty("referents").GetArrayLength());

        Assert.DoesNotContain(world.Relations, r => r.Kind == RelationKind.SameAs);
        Assert.True(referents > 0);
        Assert.Equal(referents, world.Parties.Sum(p => p.Identifiers.Count(i => i.Scheme == FtmFacts.ReferentScheme))
            + File.ReadLines(Fixture.PathOf(Zala)).Select(l => JsonDocument.Parse(l).RootElement)
                .Where(e => !world.TryGetParty(new PartyId("os:" + e.GetProperty("id").GetString()), out _)).Sum(e => e.GetProperty("referents").GetArrayLength()));
    }
}
