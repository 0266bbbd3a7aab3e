using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Diagnostics;

namespace Sanctions.Sources.Tests;

public sealed class ListImporterTests
{
    private static readonly string[] TinyFiles = ["sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv"];

    private static Task<ImportResult> Import(ImportFormat format, IEnumerable<string> files, ImportOptions? options = null) =>
        ListImporter.ImportAsync(format, [.. files.Select(Fixture.PathOf)], options, null, Fixture.Token);

    [Fact]
    public async Task ImportAsync_OfacCsvTiny_BuildsPartiesDesignationsAndPrograms()
    {
        var published = Instant.FromUtc(2025, 5, 16, 0, 0);
        var result = await Import(ImportFormat.OfacSdnCsv, TinyFiles.Select(f => "ofac_sdn_csv_tiny/" + f), new ImportOptions { Published = published });
        Assert.Equal(17, result.Read);
        Assert.Equal(17, result.Imported);
        Assert.Equal(0, result.Skipped);
        var world = result.World;
        var person = Assert.IsType<Person>(world.GetParty(new PartyId("ofac:10278")));
        Assert.Contains(new PartialDate(1963, 7, 28), person.BirthDates);
        Assert.Contains(person.Names, n => n is { Value: "BURTON BURGESS", Kind: NameKind.WeakAlias });
        var designation = Assert.Single(world.Designations, d => d.Party == person.Id);
        Assert.Equal(new ListId("us-ofac-sdn"), designation.List);
        Assert.Equal([new ProgramId("ofac:SDNT")], designation.Programs);
        // The CSV gives no listing date: the designation started on some day on or before the publication (issue 14).
        Assert.Equal(PeriodEnd.OnOrBefore(new LocalDate(2025, 5, 16)), designation.Valid.Start);
        Assert.Equal("10278", designation.Source.Record);
        Assert.Equal(published, designation.Source.Published);
        var program = world.FindProgram(new ProgramId("ofac:CYBER2"))!;
        Assert.Contains(new InstrumentId("us-eo-13694"), program.Basis);
        Assert.NotNull(world.FindInstrument(new InstrumentId("us-eo-13694")));
    }

    [Fact]
    public async Task ImportAsync_OfacCsvTiny_LinksResolvableNamesAndWarnsOthers()
    {
        var result = await Import(ImportFormat.OfacSdnCsv, TinyFiles.Select(f => "ofac_sdn_csv_tiny/" + f));
        Assert.Contains(result.Issues, i => i.RecordId == "19709" && i.Message.Contains("MAHAN AIR", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("no publication instant", StringComparison.Ordinal));
        Assert.All(result.Issues, i => Assert.Equal(ImportIssueSeverity.Warning, i.Severity));
    }

    [Fact]
    public async Task ImportAsync_UnknownProgramTag_IsKeptWithWarning()
    {
        var file = Fixture.Text("sdn.csv", "1,\"A CO\",-0- ,\"SDGT] [NEW-TAG\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        var result = await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [file], null, null, Fixture.Token);
        var designation = Assert.Single(result.World.Designations);
        Assert.Contains(new ProgramId("ofac:NEW-TAG"), designation.Programs);
        Assert.Empty(result.World.FindProgram(new ProgramId("ofac:NEW-TAG"))!.Basis);
        Assert.Contains(result.Issues, i => i.Message.Contains("'NEW-TAG'", StringComparison.Ordinal) && i.Location.Line == 1);
    }

    [Fact]
    public async Task ImportAsync_UnXml_UsesListingDateAndRegimeResolutions()
    {
        var result = await Import(ImportFormat.UnXml, ["un/un_consolidated_excerpt.xml"]);
        Assert.Equal(41, result.Imported);
        Assert.Equal(Instant.FromUtc(2026, 2, 27, 0, 0, 9) + Duration.FromMilliseconds(554), result.Published);
        var designation = Assert.Single(result.World.Designations, d => d.Party == new PartyId("un:6907993"));
        Assert.Equal(new PartialDate(2012, 12, 31), designation.Valid.From);
        Assert.Equal("CDi.001", designation.ListReference);
        Assert.Equal([new ProgramId("unsc-1533")], designation.Programs);
        Assert.Contains(new InstrumentId("unscr-1533"), designation.Basis);
        Assert.Equal(Certainty.Certain, result.World.AsOf(new LocalDate(2013, 1, 1)).IsDesignated(designation.Party));
        Assert.Equal(Certainty.No, result.World.AsOf(new LocalDate(2012, 12, 30)).IsDesignated(designation.Party));
        Assert.Empty(result.Issues.Where(i => i.Message.Contains("not a known regime", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task ImportAsync_OfacXml_TakesPublishDateFromFile()
    {
        var result = await Import(ImportFormat.OfacXml, ["ofac_xml/consolidated_sdnlist_format_excerpt.xml"]);
        Assert.Equal(40, result.Imported);
        Assert.Equal(Instant.FromUtc(2018, 4, 6, 0, 0), result.Published);
        Assert.All(result.World.Designations, d => Assert.Equal(new ListId("us-ofac-cons"), d.List));
        Assert.Contains(result.World.Designations, d => d.Measures.Contains(MeasureKind.SectoralRestriction));
        Assert.DoesNotContain(result.Issues, i => i.Message.Contains("not in the importer's table", StringComparison.Ordinal));
    }

    private static string OfacXml(params string[] children) =>
        "<?xml version=\"1.0\"?>\n<sdnList>\n" + string.Join("\n", children) + "\n</sdnList>\n";

    private static string Header(string date) => $"<publshInformation><Publish_Date>{date}</Publish_Date></publshInformation>";

    private static string SdnEntry(string uid, string? lastName, string program) =>
        $"<sdnEntry><uid>{uid}</uid>{(lastName is null ? string.Empty : $"<lastName>{lastName}</lastName>")}<sdnType>Entity</sdnType>"
        + $"<programList><program>{program}</program></programList></sdnEntry>";

    [Fact]
    public async Task ImportSourcesAsync_OfacXmlHeaderRepeatedAfterEntries_LastHeaderDatesEveryFactAndWarnsOnce()
    {
        var file = Fixture.Text("sdn.xml", OfacXml(Header("04/06/2018"), SdnEntry("1", "A CO", "NEW-TAG"), Header("05/07/2019"), SdnEntry("2", "B CO", "SDGT")));
        var result = await ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [file], null, null, Fixture.Token);
        var published = Instant.FromUtc(2019, 5, 7, 0, 0);
        Assert.Equal(published, result.Published);
        Assert.All(result.World.Parties, p => Assert.Equal(published, p.Source.Published));
        Assert.All(result.World.Designations, d => Assert.Equal(PeriodEnd.OnOrBefore(new LocalDate(2019, 5, 7)), d.Valid.Start));
        Assert.Single(result.Issues, i => i.Message.Contains("'NEW-TAG'", StringComparison.Ordinal));
        Assert.Equal(2, result.Read);
    }

    [Fact]
    public async Task ImportSourcesAsync_OfacXmlMappingIssue_FollowsEveryReadingIssue()
    {
        // The unknown tag is a mapping warning of entry 1; the unparsed birth date a reading warning of entry 2.
        var dob = "<sdnEntry><uid>2</uid><lastName>B</lastName><sdnType>Individual</sdnType><programList><program>SDGT</program></programList>"
            + "<dateOfBirthList><dateOfBirthItem><dateOfBirth>sometime</dateOfBirth></dateOfBirthItem></dateOfBirthList></sdnEntry>";
        var file = Fixture.Text("sdn.xml", OfacXml(Header("04/06/2018"), SdnEntry("1", "A CO", "NEW-TAG"), dob));
        var result = await ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [file], null, null, Fixture.Token);
        var reading = result.Issues.ToList().FindIndex(i => i.Message.Contains("'sometime'", StringComparison.Ordinal));
        var mapping = result.Issues.ToList().FindIndex(i => i.Message.Contains("'NEW-TAG'", StringComparison.Ordinal));
        Assert.InRange(reading, 0, mapping - 1);
    }

    [Fact]
    public async Task ImportSourcesAsync_StrictOfacXmlMappingErrorThenMalformedEntry_ThrowsForTheMalformedEntry()
    {
        // Entry 1 twice is a mapping error; entry 3 without a name a reading error, found first when reading precedes mapping.
        var file = Fixture.Text("sdn.xml", OfacXml(Header("04/06/2018"), SdnEntry("1", "A CO", "SDGT"), SdnEntry("1", "A CO", "SDGT"), SdnEntry("3", null, "SDGT")));
        var e = await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [file], null, null, Fixture.Token));
        Assert.Contains("no <lastName>", e.Message, StringComparison.Ordinal);

        var mappingOnly = Fixture.Text("sdn.xml", OfacXml(Header("04/06/2018"), SdnEntry("1", "A CO", "SDGT"), SdnEntry("1", "A CO", "SDGT")));
        var twice = await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportSourcesAsync(ImportFormat.OfacXml, [mappingOnly], null, null, Fixture.Token));
        Assert.Contains("appears twice", twice.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_UsCsl_MapsSourcesToListsAndAuthorities()
    {
        var result = await Import(ImportFormat.UsCsl, ["us_csl/consolidated.csv"]);
        Assert.Equal(13, result.Imported);
        var world = result.World;
        var ash = world.Parties.Single(p => p.Name == "I. ASH");
        var denial = Assert.Single(world.Designations, d => d.Party == ash.Id);
        Assert.Equal(new ListId("us-bis-dpl"), denial.List);
        Assert.Equal(new ValidPeriod(new PartialDate(2002, 3, 4), new PartialDate(2056, 6, 29)), denial.Valid);
        Assert.Equal(new AuthorityId("US-BIS"), world.AuthorityOf(denial));
        Assert.NotNull(world.TryGetParty(new PartyId("ofac:52291"), out _) ? world.GetParty(new PartyId("ofac:52291")) : null);
    }

    [Fact]
    public async Task ImportAsync_FtmZala_MapsSanctionsAndOwnership()
    {
        var result = await Import(ImportFormat.Ftm, ["opensanctions/zala_entities.ftm.json"], new ImportOptions { Published = Instant.FromUtc(2026, 4, 29, 12, 53) });
        var world = result.World;
        Assert.Equal(91, result.Read);
        var zakharov = world.GetParty(new PartyId("os:NK-aU5ybkbRFJucf8YMwsJvDw"));
        Assert.IsType<Person>(zakharov);
        Assert.NotEmpty(world.Designations.Where(d => d.Party == zakharov.Id));
        Assert.Contains(world.Relations, r => r.Kind == Sanctions.Core.Relations.RelationKind.Ownership && r.Percent is not null);
        Assert.Contains(result.Issues, i => i.Message.Contains("addressEntity", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ImportSourcesAsync_FtmDeltas_AppliesAddModDel()
    {
        var files = new[]
        {
            "t2_20240527194702-wnk_entities.delta.json", "t2_20240528014702-pfh_entities.delta.json",
            "t2_20240528074703-npf_entities.delta.json", "t2_20240528134729-3iv_entities.delta.json",
        }.Select(f => Fixture.File("opensanctions/" + f)).ToList();
        var result = await ListImporter.ImportSourcesAsync(ImportFormat.Ftm, files, null, null, Fixture.Token);
        // The test entity, added then deleted: its topic 'sanction' designated it while it was listed (issue 14), and the
        // deletion ended that designation; no version of it is both current and open-ended.
        Assert.DoesNotContain(
            result.World.Designations,
            d => d.Party == new PartyId("os:NK-500Poltergeist") && d.Recorded.To is null && d.Valid.End.Kind == PeriodEndKind.Open);
        Assert.True(result.World.TryGetParty(new PartyId("os:Q4365364"), out _));
        Assert.Equal("Foobar Foobargroup", result.World.GetParty(new PartyId("os:NK-2T3S8Hu29ktYnKSTgQp2wL")).Name);
        Assert.Equal(Instant.FromUtc(2024, 5, 28, 13, 47, 29), result.Published);
    }

    [Fact]
    public async Task ImportHistoryAsync_EntryDisappears_IsDelistedAtLaterPublication()
    {
        const string row1 = "1,\"ALPHA CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        const string row2 = "2,\"BETA CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        const string row2Changed = "2,\"BETA CO\",-0- ,\"SDGT] [IRAN\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var first = Instant.FromUtc(2024, 1, 10, 12, 0);
        var second = Instant.FromUtc(2024, 3, 5, 12, 0);
        var result = await ListImporter.ImportHistoryAsync(
            ImportFormat.OfacSdnCsv,
            [new ImportPublication([Fixture.Text("sdn.csv", row1 + row2)], first), new ImportPublication([Fixture.Text("sdn.csv", row2Changed)], second)],
            null,
            null,
            Fixture.Token);
        var world = result.World;
        var alpha = new PartyId("ofac:1");

        // What we know now: listed on or before the first publication, delisted after it and by the second (issue 14: unknown is
        // not no, and not yes either).
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2024, 1, 10)).IsDesignated(alpha));
        Assert.Equal(Certainty.Possible, world.AsOf(new LocalDate(2024, 2, 1)).IsDesignated(alpha));
        Assert.Equal(Certainty.No, world.AsOf(new LocalDate(2024, 3, 6)).IsDesignated(alpha));
        Assert.Equal(Certainty.Possible, world.AsOf(new LocalDate(2024, 1, 9)).IsDesignated(alpha));

        // What the list said then: before the second publication, no end was known.
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2024, 3, 6), first + Duration.FromDays(1)).IsDesignated(alpha));
        var delisted = Assert.Single(world.Designations, d => d.Party == alpha && d.Recorded.IsCurrent);
        Assert.Equal(PeriodEnd.Between(new LocalDate(2024, 1, 11), new LocalDate(2024, 3, 5)), delisted.Valid.End);

        // A changed entry: the old record is closed at the second publication, the new one keeps the start.
        var beta = world.Designations.Where(d => d.Party == new PartyId("ofac:2")).OrderBy(d => d.Recorded.From).ToList();
        Assert.Equal(2, beta.Count);
        Assert.Equal(second, beta[0].Recorded.To);
        Assert.Equal([new ProgramId("ofac:SDGT"), new ProgramId("ofac:IRAN")], beta[1].Programs);
        Assert.Equal(PeriodEnd.OnOrBefore(new LocalDate(2024, 1, 10)), beta[1].Valid.Start);
    }

    // Issue 14: monthly publications without listing dates. An entry absent on 2022-02-01 and present on 2022-03-01 was listed on
    // some day between: possible on 2022-02-25 (VTB was in fact listed on 2022-02-24), certain from the first publication listing it.
    [Fact]
    public async Task ImportHistoryAsync_EntryAppearsBetweenPublications_IsPossibleBetweenAndCertainFromTheFirstListingIt()
    {
        const string other = "1,\"ALPHA LTD\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        const string bank = "2,\"BANK VTB PAO\",-0- ,\"RUSSIA-EO14024\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var result = await ListImporter.ImportHistoryAsync(
            ImportFormat.OfacSdnCsv,
            [
                new ImportPublication([Fixture.Text("sdn.csv", other)], Instant.FromUtc(2022, 2, 1, 9, 0)),
                new ImportPublication([Fixture.Text("sdn.csv", other + bank)], Instant.FromUtc(2022, 3, 1, 9, 0)),
            ],
            null,
            null,
            Fixture.Token);
        var world = result.World;
        var vtb = new PartyId("ofac:2");

        Assert.Equal(Certainty.No, world.AsOf(new LocalDate(2022, 1, 31)).IsDesignated(vtb));
        Assert.Equal(Certainty.Possible, world.AsOf(new LocalDate(2022, 2, 25)).IsDesignated(vtb));
        Assert.Equal(Certainty.Certain, world.AsOf(new LocalDate(2022, 3, 1)).IsDesignated(vtb));
        Assert.Equal(PeriodEnd.Between(new LocalDate(2022, 2, 1), new LocalDate(2022, 3, 1)), Assert.Single(world.Designations, d => d.Party == vtb).Valid.Start);
    }

    // Issue 16: names in history. A renamed entry keeps its old name for the period the list gave it, and as a former name
    // from then on; a name given again is not repeated.
    [Fact]
    public async Task ImportHistoryAsync_EntryRenamed_KeepsTheOldNameForItsPeriodAndAsFormerName()
    {
        static string Row(string name) => "2,\"" + name + "\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n";
        var result = await ListImporter.ImportHistoryAsync(
            ImportFormat.OfacSdnCsv,
            [
                new ImportPublication([Fixture.Text("sdn.csv", Row("BETA CO"))], Instant.FromUtc(2024, 1, 10, 12, 0)),
                new ImportPublication([Fixture.Text("sdn.csv", Row("BETA NEW CO"))], Instant.FromUtc(2024, 2, 10, 12, 0)),
                new ImportPublication([Fixture.Text("sdn.csv", Row("BETA NEWER CO"))], Instant.FromUtc(2024, 3, 10, 12, 0)),
                new ImportPublication([Fixture.Text("sdn.csv", Row("BETA NEWER CO"))], Instant.FromUtc(2024, 4, 10, 12, 0)),
            ],
            null,
            null,
            Fixture.Token);

        var party = Assert.Single(result.World.Parties);
        Instant jan = Instant.FromUtc(2024, 1, 10, 12, 0), feb = Instant.FromUtc(2024, 2, 10, 12, 0), mar = Instant.FromUtc(2024, 3, 10, 12, 0);
        const string Kept = "no longer given by the list; kept from an earlier publication";
        Assert.Equal(
            [
                new PartyName("BETA NEWER CO") { Recorded = RecordPeriod.Since(mar) },
                new PartyName("BETA CO", NameKind.FormerName) { Note = Kept, Recorded = RecordPeriod.Since(feb) },
                new PartyName("BETA NEW CO", NameKind.FormerName) { Note = Kept, Recorded = RecordPeriod.Since(mar) },
                new PartyName("BETA CO") { Recorded = new RecordPeriod(jan, feb) },
                new PartyName("BETA NEW CO") { Recorded = new RecordPeriod(feb, mar) },
            ],
            party.Names);
        Assert.Equal("BETA CO", party.NameKnownAt(jan));
        Assert.Equal("BETA NEW CO", party.NameKnownAt(feb));
        Assert.Equal("BETA NEWER CO", party.Name);
    }

    [Fact]
    public async Task ImportHistoryAsync_PublicationWithoutInstant_Throws()
    {
        var file = Fixture.Text("sdn.csv", "1,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n");
        await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportHistoryAsync(
            ImportFormat.OfacSdnCsv, [new ImportPublication([file]), new ImportPublication([file])], null, null, Fixture.Token));
    }

    [Fact]
    public async Task ImportAsync_StrictMalformedRow_ProducesNothingAndNamesTheLine()
    {
        var file = Fixture.Text("sdn.csv", "1,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\"\r\n");
        var error = await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [file], null, null, Fixture.Token));
        Assert.StartsWith("sdn.csv:2:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_LenientMalformedRow_SkipsAndCounts()
    {
        var file = Fixture.Text("sdn.csv", "1,\"A\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n2,\"B\"\r\n");
        var result = await ListImporter.ImportSourcesAsync(ImportFormat.OfacSdnCsv, [file], new ImportOptions { Lenient = true }, null, Fixture.Token);
        Assert.Equal((2, 1, 1), (result.Read, result.Imported, result.Skipped));
        Assert.Single(result.World.Parties);
    }

    [Fact]
    public async Task ImportAsync_MissingFile_ThrowsWithPath()
    {
        var error = await Assert.ThrowsAsync<ImportException>(() => ListImporter.ImportAsync(ImportFormat.UnXml, ["/nonexistent/un.xml"], null, null, Fixture.Token));
        Assert.Contains("/nonexistent/un.xml", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ImportAsync_Progress_ReportsRecords()
    {
        var reports = new List<ImportProgress>();
        var progress = new SynchronousProgress(reports.Add);
        await ListImporter.ImportAsync(ImportFormat.UnXml, [Fixture.PathOf("un/un_consolidated_excerpt.xml")], null, progress, Fixture.Token);
        Assert.Equal(41, reports[^1].RecordsRead);
    }

    [Theory]
    [InlineData("ofac-sdn-csv", ImportFormat.OfacSdnCsv)]
    [InlineData("UN-XML", ImportFormat.UnXml)]
    [InlineData("ftm", ImportFormat.Ftm)]
    public void ImportFormatNames_TryParse_KnowsCliNames(string name, ImportFormat expected)
    {
        Assert.True(ImportFormatNames.TryParse(name, out var format));
        Assert.Equal(expected, format);
        Assert.Equal(name.ToLowerInvariant(), ImportFormatNames.NameOf(format));
    }

    private sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
    {
        public void Report(ImportProgress value) => report(value);
    }
}
