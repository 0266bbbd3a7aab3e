using System.Xml.Linq;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Sources.Mapping;

namespace Sanctions.Sources.Tests.Mapping;

// Keep what the list says (issue 16 item 1): birth dates and places with their kind and words, citizenships apart,
// countries as ISO codes with the text kept when none fits, contacts apart from identifiers, alias notes, CSL fixes,
// Linked To by primary name first. Read from copies of real records (Fixtures/PROVENANCE.md).
public sealed class PartyFactsTests
{
    private const string UnFile = "un/un_birth_facts_excerpt.xml";
    private static readonly string[] OfacFiles = ["sdn.csv", "alt.csv", "add.csv"];

    private static async Task<ImportResult> Un(bool lenient = false) =>
        await ListImporter.ImportAsync(ImportFormat.UnXml, [Fixture.PathOf(UnFile)], new ImportOptions { Lenient = lenient }, null, Fixture.Token);

    private static async Task<ImportResult> Ofac() =>
        await ListImporter.ImportAsync(ImportFormat.OfacSdnCsv, [.. OfacFiles.Select(f => Fixture.PathOf("ofac_sdn_csv_2021_excerpt/" + f))], null, null, Fixture.Token);

    private static Person PersonOf(ImportResult result, string id) => Assert.IsType<Person>(result.World.GetParty(new PartyId(id)));

    [Fact]
    public async Task Un_NoteOnlyBirthDates_ImportStrictlyAndKeepTheirWords()
    {
        var result = await Un();

        Assert.Equal([new BirthDate(new PartialDate(1973, 11), text: "Nov. 1973")], PersonOf(result, "un:6907996").BirthDateFacts);
        Assert.Contains(new BirthDate(new PartialDate(1961, 8), text: "August 1961"), PersonOf(result, "un:6908538").BirthDateFacts);
        Assert.Contains(new BirthDate(new PartialDate(1963, 4), text: "April 1963"), PersonOf(result, "un:6908538").BirthDateFacts);
        Assert.Equal([new BirthDate(null, approximate: true, text: "30-35 years old")], PersonOf(result, "un:6908703").BirthDateFacts);
        Assert.Contains(new BirthDate(null, text: "24/06/1402 (Hijri Calendar)"), PersonOf(result, "un:2962519").BirthDateFacts);
        var between = Assert.Single(PersonOf(result, "un:2983746").BirthDateFacts, d => d.Kind == BirthDateKind.Range);
        Assert.Equal((new PartialDate(1977, 8), new PartialDate(1977, 9), "Between Aug. and Sep. 1977"), (between.From, between.To, between.Text));
    }

    [Fact]
    public async Task Un_EveryNoteOnlyAndApproximateDate_SurvivesIntoTheWorldJson()
    {
        var xml = XDocument.Load(Fixture.PathOf(UnFile));
        var dates = xml.Descendants("INDIVIDUAL").SelectMany(i => i.Elements("INDIVIDUAL_DATE_OF_BIRTH").Select(d => (Id: (string)i.Element("DATAID")!, Date: d))).ToList();
        var noteOnly = dates.Where(d => d.Date.Elements().All(e => e.Name.LocalName is "TYPE_OF_DATE" or "NOTE" || e.Value.Length == 0) && (string?)d.Date.Element("NOTE") is { Length: > 0 }).ToList();
        var approximate = dates.Where(d => (string?)d.Date.Element("TYPE_OF_DATE") == "APPROXIMATELY" || (string?)d.Date.Element("NOTE") == "Approximately").ToList();
        var world = WorldJson.Deserialize(WorldJson.Serialize((await Un()).World));

        Assert.Equal(7, noteOnly.Count);
        Assert.All(noteOnly, d => Assert.Contains(((Person)world.GetParty(new PartyId("un:" + d.Id))).BirthDateFacts, f => f.Text == ((string)d.Date.Element("NOTE")!).Trim()));
        foreach (var group in approximate.GroupBy(d => d.Id))
        {
            Assert.Equal(group.Count(), ((Person)world.GetParty(new PartyId("un:" + group.Key))).BirthDateFacts.Count(f => f.Approximate));
        }
    }

    [Fact]
    public async Task Un_Notes_KeptOnDatesPlacesAndNames()
    {
        var result = await Un();

        Assert.Contains(new BirthDate(new PartialDate(1958), text: "1958 (Sep.)"), PersonOf(result, "un:6908545").BirthDateFacts);
        Assert.Contains(new BirthDate(new PartialDate(1979, 3, 3), text: "1979-03-03 (from false passport)"), PersonOf(result, "un:2972739").BirthDateFacts);
        Assert.Contains(result.World.Parties.OfType<Person>().SelectMany(p => p.BirthPlaceFacts), p => p.Text == "possibly Sabratha, Talil neighbourhood");
        Assert.Contains(result.World.Parties.SelectMany(p => p.Names), n => n.Note is not null);
        Assert.All(result.World.Parties.OfType<Person>().SelectMany(p => p.Nationalities), n => Assert.Matches("^[A-Z]{2}$|^former Soviet Union$", n));
    }

    // Found by LenientKeepsOrQuotesTests: an alias's own DATE_OF_BIRTH (a false passport's) was dropped; it stays with the alias.
    [Fact]
    public async Task Un_AliasDateOfBirth_KeptInTheAliasNote()
    {
        var result = await Un();

        var alias = Assert.Single(result.World.Parties.SelectMany(p => p.Names), n => n.Value == "Muhamad Ricky Ardhan");
        Assert.Equal("appears in false Indonesian passport number S335026; date of birth 1980-08-08", alias.Note);
    }

    [Fact]
    public async Task Ofac_CircaAndRanges_AreFactsWithTheirWords()
    {
        var result = await Ofac();

        Assert.Equal([new BirthDate(new PartialDate(1951), approximate: true, text: "circa 1951")], PersonOf(result, "ofac:7782").BirthDateFacts);
        var range = Assert.Single(PersonOf(result, "ofac:15496").BirthDateFacts);
        Assert.Equal((BirthDateKind.Range, new PartialDate(1929), new PartialDate(1930), "1929 to 1930"), (range.Kind, range.From, range.To, range.Text));
        Assert.Equal([new PartialDate(1929), new PartialDate(1930)], PersonOf(result, "ofac:15496").BirthDates);
        Assert.Equal(new BirthPlace("Foca, Bosnia-Herzegovina", country: "BA"), Assert.Single(PersonOf(result, "ofac:7782").BirthPlaceFacts));
    }

    [Fact]
    public async Task Ofac_PhonesFaxesMailsAndWebsites_AreContactsNotIdentifiers()
    {
        var result = await Ofac();
        var tv = result.World.GetParty(new PartyId("ofac:11911"));

        Assert.Equal(
            [new Contact(ContactKind.Website, "www.aqsatv.ps"), new Contact(ContactKind.Email, "info@aqsatv.ps"), new Contact(ContactKind.Phone, "0097282851500"),
                new Contact(ContactKind.Fax, "0097282858208")],
            tv.Contacts);
        Assert.DoesNotContain(result.World.Parties.SelectMany(p => p.Identifiers), i => i.Scheme.Contains("Telephone", StringComparison.Ordinal) || i.Scheme.Contains("Fax", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Ofac_LinkedTo_ResolvesByPrimaryNameBeforeAnAliasOfAnotherEntry()
    {
        var result = await Ofac();

        Assert.Contains(result.World.Parties.Single(p => p.Id.Value == "ofac:15119").Names, n => n.Value == "NATIONAL IRANIAN TANKER COMPANY");
        foreach (var vessel in new[] { "ofac:15036", "ofac:15037" })
        {
            var relation = Assert.Single(result.World.Relations, r => r.From.Value == vessel);
            Assert.Equal((RelationKind.Associate, "ofac:15117"), (relation.Kind, relation.To.Value));
        }
    }

    [Fact]
    public async Task Csl_AndLists_SplitAndEmptyTypedPeople_AreRecognised()
    {
        var result = await ListImporter.ImportAsync(ImportFormat.UsCsl, [Fixture.PathOf("us_csl/consolidated.csv")], null, null, Fixture.Token);
        var cetc = result.World.Parties.Single(p => p.Name.StartsWith("China Electronics Technology Group", StringComparison.Ordinal));

        Assert.Contains(cetc.Names, n => n.Value == "CETC Research Institute 13");
        Assert.DoesNotContain(cetc.Names, n => n.Value.Contains("; and", StringComparison.Ordinal));
        Assert.Equal(3, cetc.Addresses.Length);
        Assert.Contains(result.World.Parties.Single(p => p.Name.StartsWith("Sinobright", StringComparison.Ordinal)).Names, n => n.Value.EndsWith("subsidiary thereof", StringComparison.Ordinal));
        Assert.IsType<Person>(result.World.Parties.Single(p => p.Name == "I. ASH"));
        Assert.IsType<Person>(result.World.Parties.Single(p => p.Name == "Cesareo Estanislao Benitez"));
        Assert.IsType<Organization>(result.World.Parties.Single(p => p.Name == "Atlas Sanatgaran"));
        Assert.Equal([new Contact(ContactKind.Email, "hrm@rosneft-sh.com.cy")], result.World.GetParty(new PartyId("ofac:18300")).Contacts);
    }

    [Fact]
    public void CsvOldLayoutSanctionsText_IsAFactNotAnIdentifier()
    {
        const string csv = "source,entity_number,type,programs,name,title,addresses,federal_register_notice,start_date,end_date,standard_order,license_requirement,license_policy,call_sign,vessel_type,gross_tonnage,gross_registered_tonnage,vessel_flag,vessel_owner,remarks,source_list_url,alt_names,citizenships,nationalities,dates_of_birth,places_of_birth,source_information_url,ids\n"
            + "Sectoral Sanctions Identifications List (SSI) - Treasury Department,18300,Entity,UKRAINE-EO13662,X LTD,,,,,,,,,,,,,,,,,,,,,,,\"CY, C122790, Registration ID; , Subject to Directive 2, Executive Order 13662 Directive Determination -; , hrm@x.cy, Email Address\"\n";
        var entry = Assert.Single(Sanctions.Sources.Csl.CslCsvReader.Read(Fixture.Text("consolidated.csv", csv), Fixture.Strict(), Fixture.Token));

        Assert.Equal("Registration ID", Assert.Single(entry.Identifiers).Type);
        Assert.Contains(entry.Facts, f => f is { Key: "Executive Order 13662 Directive Determination", Value: "Subject to Directive 2" });
        Assert.Equal(ContactKind.Email, Assert.Single(entry.Contacts).Kind);
    }

    // A country is a code where one fits and the list's own text otherwise: never lost, never a wrong code.
    [Fact]
    public void CountryNames_GiveACodeOrKeepTheText() =>
        Prop.ForAll(Gen.Elements("Russia", "Russian Federation", "Iran (Islamic Republic of)", "Korea, North", "TR", "Türkiye", "Bahamas, The",
                "Region: Crimea", "Palestinian", "ru", "former Soviet Union", "Cote d Ivoire", "Burma", "Man, Isle of", "XK", "na").ToArbitrary(), text =>
        {
            var result = Sanctions.Sources.Raw.CountryNames.CodeOrText(text)!;
            return result == text.Trim() || (result.Length == 2 && result.All(char.IsAsciiLetterUpper) && result != "XK");
        }).QuickCheckThrowOnFailure();

    [Theory]
    [InlineData("Russia", "RU")]
    [InlineData("Iran (Islamic Republic of)", "IR")]
    [InlineData("Korea, North", "KP")]
    [InlineData("Democratic People's Republic of Korea", "KP")]
    [InlineData("Türkiye", "TR")]
    [InlineData("Viet Nam", "VN")]
    [InlineData("Bahamas, The", "BS")]
    [InlineData("United Kingdom of Great Britain and Northern Ireland", "GB")]
    [InlineData("Region: Crimea", null)]
    [InlineData("na", null)]
    public void CountryNames_KnownNames(string text, string? code) => Assert.Equal(code, Sanctions.Sources.Raw.CountryNames.CodeOf(text));
}
