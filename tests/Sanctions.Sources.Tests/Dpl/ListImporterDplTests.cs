using System.Text;
using NodaTime;
using Sanctions.Core;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests.Dpl;

/// <summary><see cref="ListImporter"/> on the BIS Denied Persons List (<see cref="ImportFormat.BisDpl"/>).</summary>
public sealed class ListImporterDplTests
{
    private const string File = "us_bis_dpl/dpl.txt";

    private static Task<ImportResult> ImportSample(ImportOptions? options = null) =>
        ListImporter.ImportAsync(ImportFormat.BisDpl, [Fixture.PathOf(File)], options, null, Fixture.Token);

    private static Party Named(SanctionsWorld world, string name, int year) =>
        world.Parties.Single(p => p.Name == name && world.Designations.Any(d => d.Party == p.Id && d.Valid.From!.Value.Year == year));

    [Fact]
    public async Task ImportAsync_Sample_CountsRowsAndBuildsOnePartyPerOrder()
    {
        var result = await ImportSample();
        Assert.Equal((546, 546, 0), (result.Read, result.Imported, result.Skipped));
        Assert.Equal(417, result.World.Parties.Length);
        Assert.Equal(417, result.World.Designations.Length);
        Assert.Equal(ImportFormat.BisDpl, result.Format);
    }

    [Fact]
    public async Task ImportAsync_Sample_UsesTheListAndAuthorityOfTheCslDplRows()
    {
        var dpl = (await ImportSample()).World;
        var csl = (await ListImporter.ImportAsync(ImportFormat.UsCsl, [Fixture.PathOf("us_csl/consolidated.csv")], null, null, Fixture.Token)).World;
        var cslDenial = csl.Designations.Single(d => csl.GetParty(d.Party).Name == "I. ASH");
        var ash = Named(dpl, "I. ASH", 2002);
        var dplDenial = Assert.Single(dpl.Designations, d => d.Party == ash.Id);

        Assert.Equal(cslDenial.List, dplDenial.List);
        Assert.Equal(csl.AuthorityOf(cslDenial), dpl.AuthorityOf(dplDenial));
        Assert.Equal(new AuthorityId("US-BIS"), dpl.AuthorityOf(dplDenial));
        Assert.Equal(csl.FindList(cslDenial.List)!.Name, dpl.FindList(dplDenial.List)!.Name);
        Assert.Equal(cslDenial.Valid, dplDenial.Valid);
        Assert.Equal(cslDenial.Measures, dplDenial.Measures);
        Assert.Equal([MeasureKind.ExportRestriction], dplDenial.Measures);
    }

    [Fact]
    public async Task ImportAsync_Sample_CitesTheDenialOrdersProgramWithAnUnverifiedBasis()
    {
        var world = (await ImportSample()).World;
        var program = world.FindProgram(new ProgramId("us-bis:denial-orders"))!;
        Assert.All(world.Designations, d => Assert.Equal([program.Id], d.Programs));
        var instrument = world.FindInstrument(Assert.Single(program.Basis))!;
        Assert.False(instrument.Source.IsVerified);
        Assert.Equal(new AuthorityId("US-BIS"), instrument.Authority);
        Assert.All(world.Designations, d => Assert.Equal([instrument.Id], d.Basis));
    }

    [Fact]
    public async Task ImportAsync_Sample_MapsDatesCitationAndRemarks()
    {
        var published = Instant.FromUtc(2019, 6, 29, 0, 0);
        var world = (await ImportSample(new ImportOptions { Published = published })).World;
        var hernandez = world.GetParty(new PartyId("bis-dpl:adrian-manuel-hernandez-2017-10-16"));
        Assert.IsType<Person>(hernandez);
        var denial = Assert.Single(world.Designations, d => d.Party == hernandez.Id);
        Assert.Equal("us-bis-dpl/adrian-manuel-hernandez-2017-10-16", denial.Id);
        Assert.Equal(new ValidPeriod(new PartialDate(2017, 10, 16), new PartialDate(2020, 10, 13)), denial.Valid);
        Assert.Equal("82 F.R. 48792 10/20/2017", denial.ListReference);
        Assert.Equal(new Provenance("bis-dpl", "adrian-manuel-hernandez-2017-10-16", published.ToString(), published), denial.Source);
        Assert.Contains("Standard_Order: Y", hernandez.Remarks, StringComparison.Ordinal);
        Assert.Contains("Action: FR NOTICE ADDED", hernandez.Remarks, StringComparison.Ordinal);
        Assert.Contains("Last updated: 2017-10-23", hernandez.Remarks, StringComparison.Ordinal);
        Assert.Contains("Party kind: Person", hernandez.Remarks, StringComparison.Ordinal);

        // Open-ended denial (line 12) and a company.
        var adt = world.Parties.Single(p => p.Name == "ADT ANALOG AND DIGITAL TECHNIK");
        Assert.IsType<Organization>(adt);
        var open = Assert.Single(world.Designations, d => d.Party == adt.Id);
        Assert.Null(open.Valid.To);
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2050, 1, 1)).IsDesignated(adt.Id));
    }

    [Fact]
    public async Task ImportAsync_Sample_KeepsEveryAddressOfAMultiRowParty()
    {
        var world = (await ImportSample()).World;
        var greenoe = world.Parties.Single(p => p.Name == "STEVEN NEAL GREENOE");
        Assert.Equal(["RALEIGH", "ATLANTA"], greenoe.Addresses.Select(a => a.City));
        Assert.All(greenoe.Addresses, a => Assert.Equal("US", a.Country));
    }

    [Fact]
    public async Task ImportAsync_Sample_MapsPrcToChinaAndKeepsNmInTheAddressText()
    {
        var result = await ImportSample();
        var hu = result.World.Parties.Single(p => p.Name == "QIANG HU");
        Assert.Equal("CN", Assert.Single(hu.Addresses).Country);
        Assert.Contains("PRC", Assert.Single(hu.Addresses).Full, StringComparison.Ordinal);
        var smith = result.World.Parties.Single(p => p.Name == "STEPHEN EDWARD SMITH");
        var address = Assert.Single(smith.Addresses);
        Assert.Null(address.Country);
        Assert.Contains("country listed as NM", address.Full, StringComparison.Ordinal);
        Assert.Contains(result.Issues, i => i.Location.Line == 481 && i.Message.Contains("'NM'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportHistoryAsync_RowDisappears_IsDelistedAtTheLaterPublication()
    {
        var text = System.IO.File.ReadAllText(Fixture.PathOf(File), Encoding.ASCII);
        var henderson = text.Split('\n').Single(l => l.StartsWith("\"AARON ROBERT HENDERSON\"", StringComparison.Ordinal));
        var later = text.Replace(henderson + "\n", string.Empty, StringComparison.Ordinal);
        var first = Instant.FromUtc(2019, 6, 29, 0, 0);
        var second = Instant.FromUtc(2019, 7, 15, 0, 0);
        var result = await ListImporter.ImportHistoryAsync(
            ImportFormat.BisDpl,
            [new ImportPublication([Fixture.Text("dpl.txt", text)], first), new ImportPublication([Fixture.Text("dpl.txt", later)], second)],
            null,
            null,
            Fixture.Token);
        var world = result.World;
        var id = new PartyId("bis-dpl:aaron-robert-henderson-2010-05-28");

        Assert.Equal(Certainty.Possible, world.AsOf(new LocalDate(2019, 7, 1)).IsDesignated(id));
        Assert.Equal(Certainty.No, world.AsOf(new LocalDate(2019, 7, 16)).IsDesignated(id));

        // Before the second publication the list still showed the denial until its 2019-09-18 expiry.
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2019, 7, 16), first + Duration.FromDays(1)).IsDesignated(id));
        var delisted = Assert.Single(world.Designations, d => d.Party == id && d.Recorded.IsCurrent);
        Assert.Equal(PeriodEnd.Between(new LocalDate(2019, 6, 30), new LocalDate(2019, 7, 15)), delisted.Valid.End);

        // Everyone else keeps one open record: ids do not depend on line numbers.
        Assert.Equal(416, world.Designations.Count(d => d.Party != id && d.Recorded.IsCurrent));
        Assert.Equal(416, world.Designations.Count(d => d.Party != id));
    }

    [Fact]
    public async Task ImportHistoryAsync_RowGainsACitation_KeepsThePartyAndVersionsTheDesignation()
    {
        var text = System.IO.File.ReadAllText(Fixture.PathOf(File), Encoding.ASCII);
        const string before = "\"82 F.R. 48792 10/20/2017\"";
        var later = text.Replace(before, "\"82 F.R. 48792 10/20/2017, 83 F.R. 1 1/2/2018\"", StringComparison.Ordinal);
        Assert.NotEqual(text, later);
        var first = Instant.FromUtc(2019, 6, 29, 0, 0);
        var second = Instant.FromUtc(2019, 7, 15, 0, 0);
        var world = (await ListImporter.ImportHistoryAsync(
            ImportFormat.BisDpl,
            [new ImportPublication([Fixture.Text("dpl.txt", text)], first), new ImportPublication([Fixture.Text("dpl.txt", later)], second)],
            null,
            null,
            Fixture.Token)).World;
        var id = new PartyId("bis-dpl:adrian-manuel-hernandez-2017-10-16");
        var versions = world.Designations.Where(d => d.Party == id).OrderBy(d => d.Recorded.From).ToList();

        // Not a delisting: the old record closes at the second publication, the new one keeps the dates.
        Assert.Equal(2, versions.Count);
        Assert.Equal(second, versions[0].Recorded.To);
        Assert.Equal("82 F.R. 48792 10/20/2017, 83 F.R. 1 1/2/2018", versions[1].ListReference);
        Assert.Equal(versions[0].Valid, versions[1].Valid);
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2019, 8, 1)).IsDesignated(id));
    }

    [Fact]
    public async Task ImportSourcesAsync_StrictMalformedRow_ProducesNothingAndNamesTheLine()
    {
        var header = System.IO.File.ReadLines(Fixture.PathOf(File)).First();
        var file = Fixture.Text("dpl.txt", header + "\n\"ALPHA BETA\"\t\"1 MAIN ST\"\t\"TOWN\"\t\"TX\"\t\"US\"\t\"75001\"\t\"01/02/2020\"\t\"\"\t\"Y\"\t\"2020-01-03\"\t\"NEW\"\t\"85 F.R. 1\"\n\"GAMMA\"\t\"X\"");
        var error = await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportSourcesAsync(ImportFormat.BisDpl, [file], null, null, Fixture.Token));
        Assert.StartsWith("dpl.txt:3:", error.Message, StringComparison.Ordinal);

        var lenient = await ListImporter.ImportSourcesAsync(ImportFormat.BisDpl, [file], new ImportOptions { Lenient = true }, null, Fixture.Token);
        Assert.Equal((2, 1, 1), (lenient.Read, lenient.Imported, lenient.Skipped));
        Assert.Equal("ALPHA BETA", Assert.Single(lenient.World.Parties).Name);
    }

    [Fact]
    public void ImportFormatNames_BisDpl_IsKnownByItsCliName()
    {
        Assert.True(ImportFormatNames.TryParse("BIS-DPL", out var format));
        Assert.Equal(ImportFormat.BisDpl, format);
        Assert.Equal("bis-dpl", ImportFormatNames.NameOf(ImportFormat.BisDpl));
        Assert.Contains("bis-dpl", ImportFormatNames.All);
    }
}
