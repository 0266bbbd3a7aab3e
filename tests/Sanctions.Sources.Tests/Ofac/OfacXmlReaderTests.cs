using Sanctions.Sources.Diagnostics;
using Sanctions.Sources.Ofac;
using Sanctions.Sources.Raw;

namespace Sanctions.Sources.Tests.Ofac;

public sealed class OfacXmlReaderTests
{
    private const string File = "ofac_xml/consolidated_sdnlist_format_excerpt.xml";

    private static (List<ListEntry> Entries, PublicationHeader Header, ImportDiagnostics Diagnostics) ReadSample()
    {
        var header = new PublicationHeader();
        var diagnostics = Fixture.Strict();
        var entries = OfacXmlReader.Read(Fixture.File(File), diagnostics, header, Fixture.Token).ToList();
        return (entries, header, diagnostics);
    }

    [Fact]
    public void Read_Sample_ReadsEveryEntryAndTheHeader()
    {
        var (entries, header, diagnostics) = ReadSample();
        Assert.Equal(40, entries.Count);
        Assert.Equal(new DateTimeOffset(2018, 4, 6, 0, 0, 0, TimeSpan.Zero), header.Published);
        Assert.Equal(639, header.DeclaredCount);
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Read_Entity_HasProgramsAliasesAndAddresses()
    {
        var entry = ReadSample().Entries.Single(e => e.RecordId == "4632");
        Assert.Equal("BANK MARKAZI JOMHOURI ISLAMI IRAN", entry.PrimaryName);
        Assert.Equal(EntryKind.Entity, entry.Kind);
        Assert.Equal(["IRAN"], entry.Programs);
        Assert.Contains(entry.Names, n => n is { Value: "CENTRAL BANK OF IRAN", Kind: EntryNameKind.Alias });
        Assert.Contains(entry.Addresses, a => a is { Street: "213 Ferdowsi Avenue", City: "Tehran", PostalCode: "11365", Country: "Iran" });
        Assert.Contains(entry.Facts, f => f.Key == "For more information, please see");
        Assert.DoesNotContain(entry.Identifiers, i => i.Type.StartsWith("For more", StringComparison.Ordinal));
        Assert.Equal(Fixture.LineOf(File, "<sdnEntry>"), entry.Location.Line);
        Assert.Equal("/sdnList/sdnEntry[1]", entry.Location.Path);
    }

    [Fact]
    public void Read_Individual_JoinsNamesLikeTheCsv()
    {
        var entry = ReadSample().Entries.Single(e => e.RecordId == "9648");
        Assert.Equal("HASAN DUKHAN, Abdul Fattah", entry.PrimaryName);
        Assert.Equal(EntryKind.Individual, entry.Kind);
        Assert.Contains(entry.Names, n => n.Value == "HASAN DOUKHAN, Abdul Fattah");
    }

    [Fact]
    public void Read_EscapedAmpersand_IsDecoded()
    {
        Assert.Contains(ReadSample().Entries.SelectMany(e => e.Names), n => n.Value == "IRAN DEVELOPMENT & RENOVATION ORGANIZATION COMPANY");
    }

    [Fact]
    public void Read_Vessel_KeepsTonnageAndLinkInParentheses()
    {
        var entries = ReadSample().Entries;
        var damavand = entries.Single(e => e.RecordId == "15042");
        Assert.Equal(EntryKind.Vessel, damavand.Kind);
        Assert.Equal(["NATIONAL IRANIAN TANKER COMPANY"], damavand.LinkedTo);
        Assert.Contains(entries, e => e.Vessel is { Tonnage: "318000", GrossRegisteredTonnage: "165000" });
    }

    [Fact]
    public void Read_BirthDates_AreParsed()
    {
        Assert.Contains(ReadSample().Entries.SelectMany(e => e.BirthDates), d => d.From == new SourceDate(1936));
    }

    [Fact]
    public void Read_NotWellFormed_ThrowsWithLine()
    {
        var file = Fixture.Text("sdn.xml", "<sdnList>\n<sdnEntry><uid>1</uid>\n<lastName>X</lastName></sdnEntry>\n<sdnEntry><uid>2</uid></sdnEntr>\n</sdnList>");
        var error = Assert.Throws<ImportException>(() => OfacXmlReader.Read(file, Fixture.Lenient(), new PublicationHeader(), Fixture.Token).ToList());
        Assert.Equal(4, error.Location!.Value.Line);
    }

    [Fact]
    public void Read_EntryWithoutTypeLenient_IsSkippedWithItsPath()
    {
        var file = Fixture.Text("sdn.xml", "<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Entity</sdnType></sdnEntry>\n<sdnEntry><uid>2</uid><lastName>Y</lastName></sdnEntry></sdnList>");
        var diagnostics = Fixture.Lenient();
        var entries = OfacXmlReader.Read(file, diagnostics, new PublicationHeader(), Fixture.Token).ToList();
        Assert.Equal("1", Assert.Single(entries).RecordId);
        var issue = Assert.Single(diagnostics.Issues);
        Assert.Equal("/sdnList/sdnEntry[2]", issue.Location.Path);
        Assert.Equal(2, issue.Location.Line);
        Assert.Equal("2", issue.RecordId);
    }

    [Fact]
    public void Read_WrongRoot_Throws()
    {
        var file = Fixture.Text("x.xml", "<CONSOLIDATED_LIST/>");
        Assert.Throws<ImportException>(() => OfacXmlReader.Read(file, Fixture.Lenient(), new PublicationHeader(), Fixture.Token).ToList());
    }

    // Issue 16: mainEntry says which nationality, citizenship and date of birth is the main one; the order kept says it.
    [Fact]
    public void Read_MainEntry_PutsTheMainItemFirst()
    {
        var file = Fixture.Text("sdn.xml", "<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Individual</sdnType>"
            + "<nationalityList><nationality><uid>2</uid><country>Iraq</country><mainEntry>false</mainEntry></nationality>"
            + "<nationality><uid>3</uid><country>Iran</country><mainEntry>true</mainEntry></nationality></nationalityList>"
            + "<citizenshipList><citizenship><uid>4</uid><country>Syria</country><mainEntry>false</mainEntry></citizenship>"
            + "<citizenship><uid>5</uid><country>Iran</country><mainEntry>true</mainEntry></citizenship></citizenshipList>"
            + "<dateOfBirthList><dateOfBirthItem><uid>6</uid><dateOfBirth>1950</dateOfBirth><mainEntry>false</mainEntry></dateOfBirthItem>"
            + "<dateOfBirthItem><uid>7</uid><dateOfBirth>1951</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList>"
            + "</sdnEntry></sdnList>");
        var diagnostics = Fixture.Strict();

        var entry = Assert.Single(OfacXmlReader.Read(file, diagnostics, new PublicationHeader(), Fixture.Token).ToList());

        Assert.Equal(["Iran", "Iraq"], entry.Nationalities);
        Assert.Equal(["Iran", "Syria"], entry.Citizenships);
        Assert.Equal([new SourceDate(1951), new SourceDate(1950)], entry.BirthDates.Select(d => d.From));
        Assert.Empty(diagnostics.Issues);
    }

    [Fact]
    public void Read_MainEntryNotTrueOrFalse_IsAWarningThatQuotesIt()
    {
        var file = Fixture.Text("sdn.xml", "<sdnList><sdnEntry><uid>1</uid><lastName>X</lastName><sdnType>Individual</sdnType>"
            + "<nationalityList><nationality><uid>2</uid><country>Iraq</country><mainEntry>maybe</mainEntry></nationality></nationalityList>"
            + "</sdnEntry></sdnList>");
        var diagnostics = Fixture.Strict();

        var entry = Assert.Single(OfacXmlReader.Read(file, diagnostics, new PublicationHeader(), Fixture.Token).ToList());

        Assert.Equal(["Iraq"], entry.Nationalities);
        Assert.Contains("'maybe'", Assert.Single(diagnostics.Issues).Message, StringComparison.Ordinal);
    }
}
