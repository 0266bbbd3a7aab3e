using Sanctions.Sources.Csl;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Csl;

public sealed class CslCsvReaderTests
{
    private const string File = "us_csl/consolidated.csv";

    private static List<ListEntry> ReadSample(ImportDiagnostics? diagnostics = null) =>
        CslCsvReader.Read(Fixture.File(File), diagnostics ?? Fixture.Strict(), Fixture.Token).ToList();

    [Fact]
    public void Read_Sample_ReadsEveryRowWithItsSource()
    {
        var diagnostics = Fixture.Strict();
        var entries = ReadSample(diagnostics);
        Assert.Equal(13, entries.Count);
        Assert.Equal(10, entries.Select(e => e.ListName).Distinct().Count());
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Read_NameWithSemicolonAnd_IsNotSplit()
    {
        var entry = ReadSample().Single(e => e.ListName!.StartsWith("Nonproliferation", StringComparison.Ordinal));
        Assert.Equal("Sinobright Import and Export Company; and any successor, sub-unit, or subsidiary thereof", entry.PrimaryName);
        Assert.Equal(["INKSNA"], entry.Programs);
        Assert.Equal(new SourceDate(2023, 7, 19), entry.ListedOn);
        Assert.Equal(2, entry.Location.Line);
    }

    [Fact]
    public void Read_TreasuryRow_ParsesIdsAndFacts()
    {
        var entry = ReadSample().Single(e => e.RecordId == "52291");
        Assert.Equal("RIM, Ryong Nam", entry.PrimaryName);
        Assert.Equal(EntryKind.Individual, entry.Kind);
        Assert.Contains(entry.Identifiers, i => i is { Type: "Passport", Number: "836238033", Country: "KP" });
        Assert.Equal("Male", entry.Gender);
        Assert.Contains(entry.Facts, f => f is { Key: "Secondary sanctions risk", Value: "North Korea Sanctions Regulations, sections 510.201 and 510.210" });
        Assert.Equal(new SourceDate(1978, 12, 5), Assert.Single(entry.BirthDates).From);
        Assert.Equal(["KP"], entry.Nationalities);
        Assert.Contains(entry.Addresses, a => a is { Street: "Shenyang", Country: "CN" });
    }

    [Fact]
    public void Read_DeniedPerson_HasStartAndEnd()
    {
        var entry = ReadSample().Single(e => e.PrimaryName == "I. ASH");
        Assert.Equal(new SourceDate(2002, 3, 4), entry.ListedOn);
        Assert.Equal(new SourceDate(2056, 6, 29), entry.EndsOn);
    }

    [Fact]
    public void Read_ProgramsSeparatedBySemicolon_AreSplit()
    {
        var entry = ReadSample().Single(e => e.Programs.Count > 1);
        Assert.Equal(["VENEZUELA-EO13850", "UKRAINE-EO13662"], entry.Programs);
    }

    [Fact]
    public void Read_UnknownHeader_Throws()
    {
        var error = Assert.Throws<ImportException>(() => CslCsvReader.Read(Fixture.Text("c.csv", "id,name\n1,x"), Fixture.Lenient(), Fixture.Token).ToList());
        Assert.Equal(1, error.Location!.Value.Line);
    }

    [Fact]
    public void SplitValues_SemicolonBeforeAnd_StaysInValue()
    {
        Assert.Equal(["A; and B", "C"], CslCsvReader.SplitValues("A; and B; C"));
    }
}
