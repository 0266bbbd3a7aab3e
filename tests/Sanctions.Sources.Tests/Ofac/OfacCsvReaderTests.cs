using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Ofac;

public sealed class OfacCsvReaderTests
{
    private static OfacCsvFiles Tiny() => OfacCsvFiles.Group(
        new[] { "sdn.csv", "add.csv", "alt.csv", "sdn_comments.csv" }.Select(f => Fixture.File("ofac_sdn_csv_tiny/" + f))).Single();

    private static List<ListEntry> ReadTiny(ImportDiagnostics? diagnostics = null) =>
        [.. OfacCsvReader.Read(Tiny(), diagnostics ?? Fixture.Strict())];

    [Fact]
    public void Read_TinySet_ReadsEverySdnRow()
    {
        var diagnostics = Fixture.Strict();
        var entries = ReadTiny(diagnostics);
        Assert.Equal(17, entries.Count);
        Assert.Equal(17, diagnostics.Read);
        Assert.Equal(4, entries.Count(e => e.Kind == EntryKind.Individual));
        Assert.Equal(4, entries.Count(e => e.Kind == EntryKind.Vessel));
        Assert.Equal(2, entries.Count(e => e.Kind == EntryKind.Aircraft));
    }

    [Fact]
    public void Read_Individual_ParsesNameProgramsAndRemarks()
    {
        var entry = ReadTiny().Single(e => e.RecordId == "10278");
        Assert.Equal("LOGAN MOREY, Elvis Angus", entry.PrimaryName);
        Assert.Equal(["SDNT"], entry.Programs);
        Assert.Equal(new SourceDate(1963, 7, 28), Assert.Single(entry.BirthDates).From);
        Assert.Contains(entry.Identifiers, i => i is { Type: "Passport", Number: "P0017003", Country: "Belize" });
        Assert.Contains(entry.Names, n => n is { Value: "BURTON BURGESS", Kind: EntryNameKind.WeakAlias });
        Assert.Equal(Fixture.LineOf("ofac_sdn_csv_tiny/sdn.csv", "10278,"), entry.Location.Line);
    }

    [Fact]
    public void Read_PackedPrograms_SplitsEveryTag()
    {
        var entry = ReadTiny().Single(e => e.RecordId == "11195");
        Assert.Equal(["NPWMD", "IFSR", "IRAN-CON-ARMS-EO"], entry.Programs);
        Assert.Contains(entry.Names, n => n is { Value: "HESA TRADE CENTER", Kind: EntryNameKind.Alias });
        Assert.Contains(entry.Names, n => n is { Value: "HESA", Kind: EntryNameKind.WeakAlias });
        Assert.Equal(["MINISTRY OF DEFENSE AND ARMED FORCES LOGISTICS", "ISLAMIC REVOLUTIONARY GUARD CORPS"], entry.LinkedTo);
        Assert.Contains(entry.Addresses, a => a is { City: "Esfahan", Country: "Iran" } && a.Street!.StartsWith("P.O. Box 83145-311", StringComparison.Ordinal));
    }

    [Fact]
    public void Read_RemarksOverflow_JoinsMidToken()
    {
        var entry = ReadTiny().Single(e => e.RecordId == "33151");
        Assert.Contains(entry.Identifiers, i => i is { Type: "Digital Currency Address - XBT", Number: "1B64QRxfaa35MVkf7sDjuGUYAP5izQt7Qi" });
        Assert.Contains(entry.Identifiers, i => i is { Type: "Legal Entity Number", Number: "5299007NTWCC3U23WM81", Country: "Czech Republic" });
        Assert.Contains(entry.Names, n => n is { Value: "SUCCESSFUL EXCHANGE", Kind: EntryNameKind.WeakAlias });
    }

    [Fact]
    public void Read_OrphanSideRows_AreWarnedAndNotAttached()
    {
        var diagnostics = Fixture.Strict();
        var entries = ReadTiny(diagnostics);
        Assert.DoesNotContain(entries.Single(e => e.RecordId == "29702").Names, n => n.Value.Contains("RUSSIAN HELICOPTERS", StringComparison.Ordinal));
        var orphanAliasLines = diagnostics.Issues
            .Where(i => i.Location.File.EndsWith("alt.csv", StringComparison.Ordinal))
            .Select(i => i.Location.Line).Order();
        Assert.Equal([1L, 6, 10, 11, 15], orphanAliasLines);
        Assert.Equal(4, diagnostics.Issues.Count(i => i.Location.File.EndsWith("add.csv", StringComparison.Ordinal)));
    }

    [Fact]
    public void Read_AllNullAddressRow_IsNotAnAddress()
    {
        Assert.Empty(ReadTiny().Single(e => e.RecordId == "10278").Addresses);
    }

    [Fact]
    public void Read_TrailingEndOfFileByte_IsDropped()
    {
        var files = OfacCsvFiles.Group([Fixture.Text("SDN.CSV", "1,\"A CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \r\n\x1A")]).Single();
        var diagnostics = Fixture.Strict();
        var entry = Assert.Single(OfacCsvReader.Read(files, diagnostics, Fixture.Token));
        Assert.Equal(EntryKind.Entity, entry.Kind);
        Assert.Null(entry.Remarks);
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Read_NullInsideAValue_IsKept()
    {
        var files = OfacCsvFiles.Group([Fixture.Text("sdn.csv", "1,\"A -0- CO\",-0- ,\"SDGT\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n")]).Single();
        Assert.Equal("A -0- CO", Assert.Single(OfacCsvReader.Read(files, Fixture.Strict(), Fixture.Token)).PrimaryName);
    }

    [Fact]
    public void Read_MalformedRowStrict_ThrowsWithFileAndLine()
    {
        var files = OfacCsvFiles.Group([Fixture.Text("sdn.csv", "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \nabc,\"B\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n")]).Single();
        var error = Assert.Throws<ImportException>(() => OfacCsvReader.Read(files, Fixture.Strict(), Fixture.Token).ToList());
        Assert.Equal(new SourceLocation("sdn.csv", 2), error.Location);
        Assert.StartsWith("sdn.csv:2: ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_AddressRowsWithTheSameText_GiveOneAddressReadOnce()
    {
        // Rows 10 and 11 give the same address text (one object, read once); row 12 differs in its country, and row 13's
        // add_num holds a quote, so its columns are not taken from another row's text.
        const string Sdn = "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n2,\"B\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n";
        const string Add = "1,10,\"Street 1\",\"Havana\",\"Cuba\",-0- \n2,11,\"Street 1\",\"Havana\",\"Cuba\",-0- \n"
            + "2,12,\"Street 1\",\"Havana\",\"Spain\",-0- \n2,\"13\",\"Street 1\",\"Havana\",\"Cuba\",-0- \n";
        var files = OfacCsvFiles.Group([Fixture.Text("sdn.csv", Sdn), Fixture.Text("add.csv", Add)]).Single();
        var entries = OfacCsvReader.Read(files, Fixture.Strict(), Fixture.Token).ToList();

        var first = Assert.Single(entries[0].Addresses);
        Assert.Equal(new EntryAddress("Street 1", "Havana", null, null, "Cuba"), first);
        Assert.Equal(3, entries[1].Addresses.Count);
        Assert.Same(first, entries[1].Addresses[0]);
        Assert.Equal("Spain", entries[1].Addresses[1].Country);
        Assert.Equal(first, entries[1].Addresses[2]);
        Assert.NotSame(first, entries[1].Addresses[2]);
    }

    [Fact]
    public void Read_MalformedRowLenient_SkipsAndCounts()
    {
        var files = OfacCsvFiles.Group([Fixture.Text("sdn.csv", "1,\"A\",-0- ,\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n2,\"B\",\"robot\",\"X\",-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- ,-0- \n3,\"C\"\n")]).Single();
        var diagnostics = Fixture.Lenient();
        var entries = OfacCsvReader.Read(files, diagnostics, Fixture.Token).ToList();
        Assert.Equal("1", Assert.Single(entries).RecordId);
        Assert.Equal(3, diagnostics.Read);
        Assert.Equal(2, diagnostics.Skipped);
        Assert.All(diagnostics.Issues, i => Assert.Equal(ImportIssueSeverity.Skipped, i.Severity));
    }

    [Fact]
    public void Read_Sample2019_ReadsAllAndKeepsTonnageText()
    {
        var files = OfacCsvFiles.Group(new[] { "sdn.csv", "add.csv", "alt.csv" }.Select(f => Fixture.File("ofac_sdn_csv_2019_sample/" + f))).Single();
        var diagnostics = Fixture.Strict();
        var entries = OfacCsvReader.Read(files, diagnostics, Fixture.Token).ToList();
        Assert.Equal(500, entries.Count);
        var seaStar = entries.Single(e => e.RecordId == "15076");
        Assert.Equal("318,000", seaStar.Vessel.Tonnage);
        Assert.Equal("Panama", seaStar.Vessel.Flag);
        Assert.Contains(seaStar.Identifiers, i => i is { Type: "IMO", Number: "9569205" });
        Assert.Contains(entries.Single(e => e.RecordId == "10010").Names, n => n.Value == "'ABDUL-GHANI");
        Assert.DoesNotContain(diagnostics.Issues, i => i.Severity == ImportIssueSeverity.Skipped);
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Group_UnknownFileName_Throws()
    {
        var error = Assert.Throws<ImportException>(() => OfacCsvFiles.Group([Fixture.Text("names.csv", "")]));
        Assert.Contains("names.csv", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Group_ConsolidatedNames_AreTheNonSdnList()
    {
        var group = Assert.Single(OfacCsvFiles.Group([Fixture.Text("CONS_PRIM.CSV", ""), Fixture.Text("cons_alt.csv", "")]));
        Assert.Equal(OfacList.Consolidated, group.List);
        Assert.NotNull(group.Aliases);
    }
}
