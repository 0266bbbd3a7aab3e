using NodaTime;
using Sanctions.Core.Serialization;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests.Robustness;

// Archives rename OFAC's files (sdn-2024-05-01.csv); such a file is told apart by the shape of its rows.
public sealed class OfacFilesByContentTests
{
    private static readonly Instant Published = Instant.FromUtc(2025, 5, 16, 0, 0);

    private static SourceFile Renamed(string file, string name) => SourceFile.FromBytes(name, File.ReadAllBytes(Fixture.PathOf("ofac_sdn_csv_tiny/" + file)));

    private static Task<ImportResult> Import(params SourceFile[] files) =>
        ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, files, new ImportOptions { Published = Published }, null, Fixture.Token);

    [Fact]
    public async Task Import_RenamedFiles_GiveTheSameWorldAsTheNamedOnes()
    {
        var named = await Import(Renamed("sdn.csv", "sdn.csv"), Renamed("add.csv", "add.csv"), Renamed("alt.csv", "alt.csv"), Renamed("sdn_comments.csv", "sdn_comments.csv"));
        var renamed = await Import(
            Renamed("alt.csv", "archive/2024-05-01-a.csv"),
            Renamed("sdn_comments.csv", "archive/2024-05-01-c.csv"),
            Renamed("sdn.csv", "archive/sdn-2024-05-01.csv"),
            Renamed("add.csv", "archive/2024-05-01-b.csv"));

        Assert.Equal(17, renamed.World.Parties.Length);
        Assert.Equal(
            WorldJson.Serialize(named.World).Replace("\"sdn.csv\"", "x", StringComparison.Ordinal),
            WorldJson.Serialize(renamed.World).Replace("\"archive/sdn-2024-05-01.csv\"", "x", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Import_RenamedConsolidatedFile_GoesToTheConsolidatedList()
    {
        var result = await Import(Renamed("sdn.csv", "cons-2024-05-01.csv"));

        Assert.All(result.World.Designations, d => Assert.Equal("us-ofac-cons", d.List.Value));
    }

    [Fact]
    public async Task Import_FileOfAnotherShape_IsAnErrorNamingIt()
    {
        var csl = SourceFile.FromBytes("export.csv", File.ReadAllBytes(Fixture.PathOf("us_csl/consolidated.csv")));

        var e = await Assert.ThrowsAsync<ImportException>(() => Import(Renamed("sdn.csv", "sdn.csv"), csl));

        Assert.Equal("export.csv", e.Location?.File);
        Assert.Contains("cannot tell which OFAC legacy CSV file this is", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_EmptyFileWithAnUnknownName_IsAnErrorNamingIt()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => Import(Renamed("sdn.csv", "sdn.csv"), SourceFile.FromBytes("2024.csv", [])));

        Assert.Equal("2024.csv", e.Location?.File);
        Assert.Contains("it is empty", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_TwoPrimaryFilesByContent_IsAnErrorNamingTheSecond()
    {
        var e = await Assert.ThrowsAsync<ImportException>(() => Import(Renamed("sdn.csv", "sdn-1.csv"), Renamed("sdn.csv", "sdn-2.csv")));

        Assert.Equal("sdn-2.csv", e.Location?.File);
        Assert.Contains("has the shape of sdn.csv", e.Message, StringComparison.Ordinal);
    }
}
