using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;
using Sanctions.Sources.Un;

namespace Sanctions.Sources.Tests.Un;

public sealed class UnXmlReaderTests
{
    private const string File = "un/un_consolidated_excerpt.xml";

    private static (List<ListEntry> Entries, PublicationHeader Header, ImportDiagnostics Diagnostics) ReadSample()
    {
        var header = new PublicationHeader();
        var diagnostics = Fixture.Strict();
        var entries = UnXmlReader.Read(Fixture.File(File), diagnostics, header, Fixture.Token).ToList();
        return (entries, header, diagnostics);
    }

    [Fact]
    public void Read_Sample_ReadsIndividualsAndEntities()
    {
        var (entries, header, diagnostics) = ReadSample();
        Assert.Equal(28, entries.Count(e => e.Kind == EntryKind.Individual));
        Assert.Equal(13, entries.Count(e => e.Kind == EntryKind.Entity));
        Assert.Equal(new DateTimeOffset(2026, 2, 27, 0, 0, 9, 554, TimeSpan.Zero), header.Published);
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Read_Individual_HasRegimeReferenceAndListingDate()
    {
        var entry = ReadSample().Entries.Single(e => e.RecordId == "6907993");
        Assert.Equal("ERIC BADEGE", entry.PrimaryName);
        Assert.Equal(["DRC"], entry.Programs);
        Assert.Equal("CDi.001", entry.ReferenceNumber);
        Assert.Equal(new SourceDate(2012, 12, 31), entry.ListedOn);
        Assert.Equal(new SourceDate(1971), Assert.Single(entry.BirthDates).From);
        Assert.Equal("Male", entry.Gender);
        Assert.Single(entry.Names);
        Assert.Equal("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]", entry.Location.Path);
    }

    [Fact]
    public void Read_AliasQuality_GivesStrongAndWeak()
    {
        var entry = ReadSample().Entries.Single(e => e.RecordId == "6907995");
        Assert.Contains(entry.Names, n => n is { Value: "Rumuli", Kind: EntryNameKind.WeakAlias });
        Assert.Contains(entry.Names, n => n is { Value: "Victor Rumuri", Kind: EntryNameKind.Alias });
        Assert.Equal(["FDLR Interim President", "FDLR-FOCA 1st Vice-President", "FDLR-FOCA Major General"], entry.Positions);
        Assert.Equal(2, entry.BirthPlaces.Count);
    }

    [Fact]
    public void Read_ListedOnWithZoneOffset_KeepsCalendarDate()
    {
        var entry = ReadSample().Entries.Single(e => e.ReferenceNumber == "SSi.001");
        Assert.Equal(new SourceDate(2015, 7, 1), entry.ListedOn);
        Assert.Equal(["SouthSudan"], entry.Programs);
    }

    [Fact]
    public void Read_BirthDateBetween_IsAnApproximateRange()
    {
        var ranges = ReadSample().Entries.SelectMany(e => e.BirthDates).Where(d => d.To is not null).ToList();
        Assert.Contains(ranges, d => d.From == new SourceDate(1955) && d.To == new SourceDate(1958) && d.Approximate);
        Assert.Contains(ReadSample().Entries.SelectMany(e => e.BirthDates), d => d.From == new SourceDate(1944) && d.To is null && d.Approximate);
    }

    [Fact]
    public void Read_TwoNamesInOneField_AreSplit()
    {
        var entries = ReadSample().Entries;
        var entity = entries.Single(e => e.RecordId == "6908026");
        Assert.Equal("COMPAGNIE AERIENNE DES GRANDS LACS (CAGL)", entity.PrimaryName);
        Assert.Contains(entity.Names, n => n is { Value: "GREAT LAKES BUSINESS COMPANY (GLBC)", Kind: EntryNameKind.Alias });
        Assert.Contains(entries.SelectMany(e => e.Names), n => n.Value == "Azim Agha-Jani");
        Assert.Contains(entries.SelectMany(e => e.Names), n => n is { Value: "NALU", Kind: EntryNameKind.FormerName });
    }

    [Fact]
    public void Read_Document_BecomesIdentifier()
    {
        var identifiers = ReadSample().Entries.SelectMany(e => e.Identifiers).ToList();
        var passport = identifiers.Single(i => i.Number == "AAID00437");
        Assert.Equal("Passport", passport.Type);
        Assert.Equal("Guinea-Bissau", passport.Country);
        Assert.Equal(new SourceDate(2010, 2, 18), passport.Issued!.From);
        Assert.Equal("Expiration date 18 Feb. 2013", passport.Note);
    }

    [Fact]
    public void Read_BadListingDateStrict_ThrowsWithElementPath()
    {
        var file = Fixture.Text("un.xml", "<CONSOLIDATED_LIST><INDIVIDUALS><INDIVIDUAL><DATAID>1</DATAID><FIRST_NAME>A</FIRST_NAME>\n<LISTED_ON>yesterday</LISTED_ON></INDIVIDUAL></INDIVIDUALS></CONSOLIDATED_LIST>");
        var error = Assert.Throws<ImportException>(() => UnXmlReader.Read(file, Fixture.Strict(), new PublicationHeader(), Fixture.Token).ToList());
        Assert.Equal("/CONSOLIDATED_LIST/INDIVIDUALS/INDIVIDUAL[1]/LISTED_ON", error.Location!.Value.Path);
        Assert.Equal(2, error.Location!.Value.Line);
    }
}
