using NodaTime;
using NodaTime.Text;
using Sanctions.Core.Parties;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Tests;

/// <summary>
/// Issue 16, "names are versioned": a renamed entry keeps its old name for the period the list carried it, so "what did the
/// list say on D" answers the name the list had then. On real rows: SDN 8237 (CARRILLO FUENTES ORGANIZATION, renamed JUAREZ
/// CARTEL at the publication of 2022-01-05, its alias CFO dropped) and 16692 (SECHIN, Igor, renamed SECHIN, Igor Ivanovich
/// at 2022-03-01), copied from four monthly publications (Fixtures/PROVENANCE.md).
/// </summary>
public sealed class HistoryNamesTests
{
    private static readonly string[] Files =
        ["sdn-scraped-2021-12-02T01-41Z.csv", "sdn-scraped-2022-01-05T18-51Z.csv", "sdn-scraped-2022-02-03T18-46Z.csv", "sdn-scraped-2022-03-01T18-47Z.csv"];

    private static readonly PartyId Cartel = new("ofac:8237");

    private static Instant PublishedOf(string file) =>
        InstantPattern.CreateWithInvariantCulture("uuuu-MM-dd'T'HH-mm'Z'").Parse(file["sdn-scraped-".Length..^".csv".Length]).Value;

    private static async Task<Sanctions.Core.World.SanctionsWorld> Import() =>
        (await ListImporter.ImportHistoryAsync(
            ImportFormat.OfacSdnCsv,
            [.. Files.Select(f => new ImportPublication([Fixture.File("ofac_sdn_history_renamed/" + f)], PublishedOf(f)))],
            null,
            null,
            Fixture.Token)).World;

    // The name column of each row of each raw file, by uid.
    private static Dictionary<string, string> RawNames(string file) =>
        File.ReadAllLines(Fixture.PathOf("ofac_sdn_history_renamed/" + file))
            .ToDictionary(l => "ofac:" + l[..l.IndexOf(',', StringComparison.Ordinal)], l => l.Split('"')[1], StringComparer.Ordinal);

    [Fact]
    public async Task ImportHistory_RealRename_TheNameAtEachPublicationIsTheRawFilesName()
    {
        var world = await Import();

        foreach (var file in Files)
        {
            var at = PublishedOf(file);
            foreach (var (id, name) in RawNames(file))
            {
                Assert.True(world.TryGetParty(new PartyId(id), out var party));
                Assert.Equal(name, party.NameKnownAt(at));
                Assert.Equal(name, party.NameKnownAt(at + Duration.FromDays(1)));
                Assert.Contains(party.NamesKnownAt(at), n => n.Kind == NameKind.Primary && n.Value == name);
            }
        }

        Assert.True(world.TryGetParty(Cartel, out var cartel));
        Assert.Equal("JUAREZ CARTEL", cartel.Name);
        Assert.Equal("JUAREZ CARTEL", cartel.NameKnownAt(null));
    }

    [Fact]
    public async Task ImportHistory_RealRename_OldNameAndDroppedAliasKeepTheirPeriod()
    {
        var world = await Import();
        Assert.True(world.TryGetParty(Cartel, out var cartel));
        var first = PublishedOf(Files[0]);
        var renamed = PublishedOf(Files[1]);

        var old = Assert.Single(cartel.Names, n => n.Value == "CARRILLO FUENTES ORGANIZATION" && n.Kind == NameKind.Primary);
        Assert.Equal(new RecordPeriod(first, renamed), old.Recorded);
        var cfo = Assert.Single(cartel.Names, n => n.Value == "CFO");
        Assert.Equal(new RecordPeriod(first, renamed), cfo.Recorded);
        Assert.Equal(NameKind.WeakAlias, cfo.Kind);
        Assert.DoesNotContain(cartel.Names, n => n.Value == "CFO" && n.Kind == NameKind.FormerName);

        // The new name and the aliases that came with it are recorded from the rename; the old name is kept as a former name from then on.
        Assert.Equal(RecordPeriod.Since(renamed), Assert.Single(cartel.Names, n => n.Value == "JUAREZ CARTEL").Recorded);
        Assert.Equal(RecordPeriod.Since(renamed), Assert.Single(cartel.Names, n => n.Value == "LA LINEA").Recorded);
        var former = Assert.Single(cartel.Names, n => n.Value == "CARRILLO FUENTES ORGANIZATION" && n.Kind == NameKind.FormerName);
        Assert.Equal(RecordPeriod.Since(renamed), former.Recorded);

        // Known before the rename: the old names and not the new; now: the new ones and the former name, not the dropped alias.
        Assert.Equal(["CARRILLO FUENTES ORGANIZATION", "CFO"], cartel.NamesKnownAt(first).Select(n => n.Value));
        var now = cartel.NamesKnownAt(null).Select(n => n.Value).ToList();
        Assert.Contains("CARRILLO FUENTES ORGANIZATION", now);
        Assert.DoesNotContain("CFO", now);
        Assert.Contains("VCFO", now);

        // A name unchanged since the entry was first given carries no record (written as before).
        Assert.True(world.TryGetParty(new PartyId("ofac:16692"), out var sechin));
        Assert.Equal(RecordPeriod.Since(PublishedOf(Files[3])), Assert.Single(sechin.Names, n => n.Value == "SECHIN, Igor Ivanovich").Recorded);
        Assert.Equal(new RecordPeriod(first, PublishedOf(Files[3])), Assert.Single(sechin.Names, n => n.Value == "SECHIN, Igor" && n.Kind == NameKind.Primary).Recorded);
    }

    [Fact]
    public async Task ImportHistory_RealRename_DatedNamesSurviveTheJsonFormat()
    {
        var world = await Import();
        var json = WorldJson.Serialize(world);
        var again = WorldJson.Deserialize(json);

        Assert.Equal(world.Parties.OrderBy(p => p.Id.Value, StringComparer.Ordinal), again.Parties.OrderBy(p => p.Id.Value, StringComparer.Ordinal));
        Assert.Contains("\"recorded\"", json, StringComparison.Ordinal);
        Assert.Equal(json, WorldJson.Serialize(again));
    }
}
