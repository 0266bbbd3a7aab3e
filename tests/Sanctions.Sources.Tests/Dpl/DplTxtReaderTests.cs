using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Sanctions.Core.Parties;
using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Dpl;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Dpl;

public sealed class DplTxtReaderTests
{
    private const string File = "us_bis_dpl/dpl.txt";
    private const string Header = "\"Name\"\t\"Street_Address\"\t\"City\"\t\"State\"\t\"Country\"\t\"Postal_Code\"\t\"Effective_Date\"\t\"Expiration_Date\"\t\"Standard_Order\"\t\"Last_Update\"\t\"Action\"\t\"FR_Citation\"";

    private static List<DplParty> ReadSample(ImportDiagnostics? diagnostics = null) =>
        DplTxtReader.Read(Fixture.File(File), diagnostics ?? Fixture.Strict(), Fixture.Token).ToList();

    private static DplParty Named(string name, string? effective = null) =>
        ReadSample().Single(p => p.Entry.PrimaryName == name && (effective is null || p.Entry.ListedOn.ToString() == effective));

    /// <summary>A row as BIS writes it: every field quoted, inner quotes doubled, tab-separated.</summary>
    private static string Row(params string[] fields) => string.Join('\t', fields.Select(f => "\"" + f.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));

    private static string Row(string name, string effective = "01/02/2020", string expiry = "01/02/2030", string country = "US") =>
        Row(name, "1 MAIN ST", "TOWN", "TX", country, "75001", effective, expiry, "Y", "2020-01-03", "FR NOTICE ADDED", "85 F.R. 1 1/3/2020");

    private static SourceFile Text(params string[] rows) => Fixture.Text("dpl.txt", string.Join('\n', [Header, .. rows]));

    [Fact]
    public void Read_Sample_ReadsEveryRowIntoOnePartyPerNameAndEffectiveDate()
    {
        var diagnostics = Fixture.Strict();
        var parties = ReadSample(diagnostics);
        Assert.Equal(546, diagnostics.Read);
        Assert.Equal(546, parties.Sum(p => p.Lines.Count));
        Assert.Equal(417, parties.Count);
        Assert.Equal(parties.Count, parties.Select(p => p.Entry.RecordId).Distinct().Count());

        // Only the non-ISO country of line 481 is worth a warning.
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal(new SourceLocation(Fixture.PathOf(File), 481, "Country"), issue.Location);
    }

    [Fact]
    public void Read_FirstRow_TrimsStraySpacesAndKeepsValuesAsWritten()
    {
        var party = Named("ADRIAN MANUEL HERNANDEZ");
        Assert.Equal(2, party.Entry.Location.Line);
        Assert.Equal([2L], party.Lines);
        Assert.Equal(EntryKind.Individual, party.Entry.Kind);
        Assert.Equal(new EntryAddress("3037 S. 69TH DRIVE", "PHONEIX", "AZ", "85043", null), Assert.Single(party.Entry.Addresses));
        Assert.Equal(new SourceDate(2017, 10, 16), party.Entry.ListedOn);
        Assert.Equal(new SourceDate(2020, 10, 13), party.Entry.EndsOn);
        Assert.Equal("82 F.R. 48792 10/20/2017", party.Entry.ReferenceNumber);
        Assert.Equal([new SourceDate(2017, 10, 23)], party.Entry.LastUpdated);
        Assert.Contains(new EntryFact("Standard_Order", "Y"), party.Entry.Facts);
        Assert.Contains(new EntryFact("Action", "FR NOTICE ADDED"), party.Entry.Facts);
        Assert.Equal("adrian-manuel-hernandez-2017-10-16", party.Entry.RecordId);
    }

    [Fact]
    public void Read_SameNameAndEffectiveDate_IsOnePartyWithEveryAddress()
    {
        var first = Fixture.LineOf(File, "\"STEVEN NEAL GREENOE\"");
        var party = Named("STEVEN NEAL GREENOE");
        Assert.Equal([first, first + 1L], party.Lines);
        Assert.Equal(first, party.Entry.Location.Line);
        Assert.Equal(["8933 WINDJAMMER DRIVE", "CURRENTLY INCARCERATED AT:  INMATE # 54450-056, USP ATLANTA, U.S. PENITENTIARY, P.O. BOX 1150160"],
            party.Entry.Addresses.Select(a => a.Street));
        Assert.Equal(["RALEIGH", "ATLANTA"], party.Entry.Addresses.Select(a => a.City));
    }

    [Fact]
    public void Read_RowsOfOnePartyWithDifferentCitations_KeepEveryCitation()
    {
        // Lines 6 and 7: one party, two addresses, the second row's citation lacks the 2006 notice.
        var party = Named("ABDULAH AL NASSER");
        Assert.Equal([6L, 7L], party.Lines);
        Assert.Equal(2, party.Entry.Addresses.Count);
        Assert.Equal("67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02 71 F.R. 38843 7/10/06; 67 F.R. 56530 9/4/02 67 F.R. 10890 3/11/02", party.Entry.ReferenceNumber);
    }

    [Fact]
    public void Read_SameNameUnderTwoOrders_IsTwoParties()
    {
        // " I. ASH" (line 3, effective 2003) and "I. ASH" (lines 213-214, effective 2002).
        var orders = ReadSample().Where(p => p.Entry.PrimaryName == "I. ASH").OrderBy(p => p.Entry.ListedOn!.Value.Year).ToList();
        Assert.Equal(2, orders.Count);
        Assert.Equal([213L, 214L], orders[0].Lines);
        Assert.Equal([3L], orders[1].Lines);
        Assert.Equal(new SourceDate(2003, 6, 19), orders[1].Entry.ListedOn);
        Assert.NotEqual(orders[0].Entry.RecordId, orders[1].Entry.RecordId);
    }

    [Fact]
    public void Read_DoubledQuotes_AreUnescaped()
    {
        var party = Named("IHSAN MEDHAT \"SAMMY\" ELASHI");
        Assert.Equal([219L, 220L], party.Lines);
        Assert.Equal([new SourceDate(2006, 7, 11), new SourceDate(2002, 8, 28)], party.Entry.LastUpdated);

        // The quotes make the name more than letters and spaces: the id carries a hash of it.
        Assert.Matches("^ihsan-medhat-sammy-elashi-2002-03-04-[0-9a-f]{8}$", party.Entry.RecordId);
    }

    [Fact]
    public void Read_EmptyExpiry_LeavesTheEndOpenAndSaysSo()
    {
        var party = Named("ADT ANALOG AND DIGITAL TECHNIK");
        Assert.Equal([12L], party.Lines);
        Assert.Null(party.Entry.EndsOn);
        Assert.Equal(new SourceDate(1981, 9, 10), party.Entry.ListedOn);
        Assert.Contains(new EntryFact("Expiration_Date", "empty (no expiry stated)"), party.Entry.Facts);
        Assert.DoesNotContain(party.Entry.Facts, f => f.Key == "Action");
        Assert.Equal(EntryKind.Entity, party.Entry.Kind);
    }

    [Fact]
    public void Read_CountryPrc_IsChinaWithTheListedTextInTheNote()
    {
        var party = Named("JOHNSON HU");
        Assert.Equal([272L], party.Lines);
        var address = Assert.Single(party.Entry.Addresses);
        Assert.Equal("CN", address.Country);
        Assert.Equal("country listed as PRC", address.Note);
    }

    [Fact]
    public void Read_CountryNotIso_IsKeptInTheNoteWithAWarning()
    {
        var diagnostics = Fixture.Strict();
        var party = ReadSample(diagnostics).Single(p => p.Entry.PrimaryName == "STEPHEN EDWARD SMITH");
        var address = Assert.Single(party.Entry.Addresses);
        Assert.Null(address.Country);
        Assert.Equal("country listed as NM", address.Note);
        var warning = Assert.Single(diagnostics.Issues);
        Assert.Equal(party.Entry.RecordId, warning.RecordId);
        Assert.Contains("'NM'", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCountStrict_ThrowsNamingFileAndLine()
    {
        var file = Text(Row("ALPHA BETA"), "\"GAMMA\"\t\"1 MAIN ST\"");
        var error = Assert.Throws<ImportException>(() => DplTxtReader.Read(file, Fixture.Strict(), Fixture.Token).ToList());
        Assert.Equal(new SourceLocation("dpl.txt", 3), error.Location);
        Assert.Contains("expected 12", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_WrongFieldCountLenient_SkipsAndCounts()
    {
        var diagnostics = Fixture.Lenient();
        var parties = DplTxtReader.Read(Text(Row("ALPHA BETA"), "\"GAMMA\"\t\"1 MAIN ST\"", Row("DELTA CO")), diagnostics, Fixture.Token).ToList();
        Assert.Equal(["ALPHA BETA", "DELTA CO"], parties.Select(p => p.Entry.PrimaryName));
        Assert.Equal((3, 1), (diagnostics.Read, diagnostics.Skipped));
        Assert.Equal(3, Assert.Single(diagnostics.Issues).Location.Line);
    }

    [Fact]
    public void Read_BadEffectiveDateStrict_ThrowsNamingTheColumn()
    {
        var error = Assert.Throws<ImportException>(() => DplTxtReader.Read(Text(Row("ALPHA BETA", effective: "2020-01-02")), Fixture.Strict(), Fixture.Token).ToList());
        Assert.Equal(new SourceLocation("dpl.txt", 2, "Effective_Date"), error.Location);
        Assert.Contains("MM/DD/YYYY", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_BadExpiryLenient_KeepsThePartyWithoutTheEnd()
    {
        var diagnostics = Fixture.Lenient();
        var party = Assert.Single(DplTxtReader.Read(Text(Row("ALPHA BETA", expiry: "13/45/2030")), diagnostics, Fixture.Token));
        Assert.Null(party.Entry.EndsOn);
        Assert.Equal(ImportIssueSeverity.Skipped, Assert.Single(diagnostics.Issues).Severity);
        Assert.Equal(0, diagnostics.Skipped);
    }

    [Fact]
    public void Read_HeaderWithoutACommonColumn_Throws()
    {
        var file = Fixture.Text("dpl.txt", Header.Replace("\"FR_Citation\"", "\"Notice\"", StringComparison.Ordinal) + "\n" + Row("ALPHA BETA"));
        var error = Assert.Throws<ImportException>(() => DplTxtReader.Read(file, Fixture.Lenient(), Fixture.Token).ToList());
        Assert.Equal(1, error.Location!.Value.Line);
        Assert.Contains("FR_Citation", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("AIR FREIGHT LTD", true)]
    [InlineData("COTRICOM S.A.", true)]
    [InlineData("AQUA-LOOP COOLING TOWERS, CO.", true)]
    [InlineData("YARRA ANSTALT A.G.", true)]
    [InlineData("SYNAPTIX.NET", true)]
    [InlineData("SKY BLUE BIRD AVIATION", true)]
    [InlineData("JORGE SANTANA, JR.", false)]
    [InlineData("PROFESSOR MOJTABA ATARODI", false)]
    [InlineData("FUYI SUN A/K/A FRANK SUN", false)]
    public void KindOf_Name_GuessesFromCompanyWords(string name, bool organization)
    {
        var (kind, reason) = DplTxtReader.KindOf(name);
        Assert.Equal(organization ? EntryKind.Entity : EntryKind.Individual, kind);
        Assert.Contains("the list states no type", reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("10/16/2017", 2017, 10, 16)]
    [InlineData("6/9/2010", 2010, 6, 9)]
    public void TryParseUsDate_MonthDayYear_Parses(string text, int year, int month, int day)
    {
        Assert.True(DplTxtReader.TryParseUsDate(text, out var date));
        Assert.Equal(new SourceDate(year, month, day), date);
    }

    [Theory]
    [InlineData("2017-10-16")]
    [InlineData("02/30/2017")]
    [InlineData("10/16/17")]
    [InlineData("10/16")]
    public void TryParseUsDate_OtherText_Fails(string text) => Assert.False(DplTxtReader.TryParseUsDate(text, out _));

    private static readonly char[] NameChars = [.. "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 -.,()\"'&/éß"];

    /// <summary>Names as the list might write them: a letter first, then letters, digits, spaces and punctuation.</summary>
    private static Arbitrary<string> Names() =>
        (from first in Gen.Elements(NameChars[..26])
         from rest in Gen.Elements(NameChars).ArrayOf()
         select first + new string(rest)).ToArbitrary();

    [Property(MaxTest = 300)]
    public Property RecordIdOf_SameNameKey_SameIdAndDifferentKeys_DifferentIds()
    {
        var date = new SourceDate(2019, 6, 5);
        return Prop.ForAll(Names(), Names(), (a, b) =>
        {
            var id = DplTxtReader.RecordIdOf(DplTxtReader.NameKey(a), date);
            var respaced = DplTxtReader.RecordIdOf(DplTxtReader.NameKey("  " + a.ToLowerInvariant().Replace(" ", "  \t", StringComparison.Ordinal) + " "), date);
            var other = DplTxtReader.RecordIdOf(DplTxtReader.NameKey(b), date);
            var sameKey = DplTxtReader.NameKey(a) == DplTxtReader.NameKey(b);
            return id == respaced && (id == other) == sameKey && new PartyId(DplTxtReader.PartyIdPrefix + id).Value.EndsWith(id, StringComparison.Ordinal);
        });
    }

    [Property(MaxTest = 200)]
    public Property Read_QuotedRow_GivesBackEveryValueTrimmed()
    {
        return Prop.ForAll(Names(), Names(), (name, street) =>
        {
            var diagnostics = Fixture.Strict();
            var file = Fixture.Text("dpl.txt", Header + "\n" + Row(name, street, "CITY", "", "DE", "", "02/29/2024", "", "N", "2024-03-01", "NEW", "89 F.R. 1 3/1/2024"));
            var party = DplTxtReader.Read(file, diagnostics, Fixture.Token).Single();
            var address = party.Entry.Addresses.Single();
            return party.Entry.PrimaryName == name.Trim() && address.Street == street.Trim()
                && address.Country == "DE" && party.Entry.EndsOn is null && party.Entry.ListedOn == new SourceDate(2024, 2, 29);
        });
    }

    [Fact]
    public void Read_SampleBytes_AreAsciiWithoutFinalNewline()
    {
        // The fixture is the published file byte for byte: the reader must cope with its last line.
        var bytes = System.IO.File.ReadAllBytes(Fixture.PathOf(File));
        Assert.All(bytes, b => Assert.True(b < 0x80));
        Assert.NotEqual((byte)'\n', bytes[^1]);
        Assert.Equal("ZHONGDA JIN", ReadSample()[^1].Entry.PrimaryName);
        Assert.Equal(Encoding.ASCII.GetString(bytes).Count(c => c == '\n') + 1, ReadSample().Max(p => p.Lines.Max()));
    }
}
