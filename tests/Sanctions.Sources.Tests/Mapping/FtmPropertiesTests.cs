using System.Text;
using System.Text.Json;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;

namespace Sanctions.Sources.Tests.Mapping;

// Issue 16, "lenient mode never drops a value without an issue that quotes it": the FtM properties the mapping once left out are
// mapped where the model has a place (name parts, Unique Entity IDs, birth country, dissolution, shares, an Address's further
// texts, a document's holder), else kept in remarks or quoted in a warning. Read from the copied zala export (CC BY-NC, tests only).
public sealed class FtmPropertiesTests
{
    private const string File = "opensanctions/zala_entities.ftm.json";
    private const string Person = "NK-aU5ybkbRFJucf8YMwsJvDw";
    private const string Zala = "NK-abdzbEBkqyT29GyREbiURZ";

    private static async Task<ImportResult> Import() =>
        await ListImporter.ImportAsync(ImportFormat.Ftm, [Fixture.PathOf(File)], null, null, Fixture.Token);

    private static async Task<ImportResult> ImportLines(params string[] lines) =>
        await ListImporter.ImportSourcesAsync(ImportFormat.Ftm, [SourceFile.FromBytes("x.ftm.json", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"))],
            new ImportOptions { Lenient = true }, null, Fixture.Token);

    private static JsonElement Entity(string id) =>
        System.IO.File.ReadLines(Fixture.PathOf(File)).Select(l => JsonDocument.Parse(l).RootElement).Single(e => e.GetProperty("id").GetString() == id);

    private static string[] Values(string id, string property) =>
        Entity(id).GetProperty("properties").TryGetProperty(property, out var values) ? [.. values.EnumerateArray().Select(v => v.GetString()!)] : [];

    [Fact]
    public async Task NameParts_AreKeptInTheRemarks_OneLinePerPart()
    {
        var party = (await Import()).World.GetParty(new PartyId("os:" + Person));

        foreach (var (property, label) in new[] { ("firstName", "first name"), ("middleName", "middle name"), ("fatherName", "patronymic"), ("lastName", "last name") })
        {
            var values = Values(Person, property).Distinct(StringComparer.Ordinal).ToArray();
            Assert.NotEmpty(values);
            Assert.Contains($"{label}: {string.Join("; ", values)}", party.Remarks!.Split('\n'));
        }
    }

    [Fact]
    public async Task UniqueEntityIds_AreIdentifiers_AndBirthCountryAPlaceOfBirth()
    {
        var person = Assert.IsType<Person>((await Import()).World.GetParty(new PartyId("os:" + Person)));

        Assert.Equal(Values(Person, "uniqueEntityId").Order(), person.Identifiers.Where(i => i.Scheme == "UEI").Select(i => i.Value).Order());
        Assert.Contains(person.BirthPlaceFacts, p => p.Country == "RU" && p.Text == Values(Person, "birthCountry").Single());
    }

    [Fact]
    public async Task ProgramIds_NoSanctionCarries_AreKeptInTheRemarks_OthersAreTheDesignationsPrograms()
    {
        var world = (await Import()).World;
        var party = world.GetParty(new PartyId("os:" + Person));
        var designated = world.Designations.Where(d => d.Party == party.Id).SelectMany(d => d.Programs).Select(p => p.Value).ToList();

        Assert.All(Values(Person, "programId"), program =>
            Assert.True(designated.Any(d => d.EndsWith(":" + program, StringComparison.Ordinal)) || party.Remarks!.Split('\n').Contains("program: " + program), program));
    }

    [Fact]
    public async Task Company_DissolutionStatusSummaryAndAbbreviations_AreKept()
    {
        var world = (await Import()).World;
        const string dissolved = "NK-56Edov9bas9puzaChH5pBy";

        var registry = Assert.IsType<Organization>(world.GetParty(new PartyId("os:" + dissolved)));
        Assert.Equal(Values(dissolved, "dissolutionDate").Select(PartialDate.Parse).Max(), registry.Dissolved);
        Assert.All(Values(dissolved, "dissolutionDate"), d => Assert.Contains("dissolved: " + d, registry.Remarks, StringComparison.Ordinal));
        var zala = Assert.IsType<Organization>(world.GetParty(new PartyId("os:" + Zala)));
        Assert.Contains("status: " + Values(Zala, "status").Single(), zala.Remarks, StringComparison.Ordinal);
        Assert.Contains(Values(Zala, "summary").Single(), zala.Remarks, StringComparison.Ordinal);
        Assert.All(Values(Zala, "abbreviation"), a => Assert.Contains(zala.Names, n => n.Value == a));
    }

    [Fact]
    public async Task RelationEntities_SharesAndSummary_AreInTheRelationsNote()
    {
        var world = (await Import()).World;

        var stake = Assert.Single(world.Relations, r => r.Kind == RelationKind.Ownership && r.To.Value == "os:NK-cWSvGMvufNH5KwEV88FwTA");
        Assert.Equal("shares: 37000", stake.Source.Note);
        Assert.Contains(world.Relations, r => r.Kind == RelationKind.Directorship && r.Source.Note == "summary: Руководитель юридического лица");
    }

    [Fact]
    public async Task AddressEntity_EveryFullTextIsAnAddress()
    {
        var world = (await Import()).World;
        const string address = "NK-oPoYieLmcZgkCCnJGPRhBN";
        var holderId = System.IO.File.ReadLines(Fixture.PathOf(File)).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(e => e.GetProperty("properties").TryGetProperty("addressEntity", out var a) && a.EnumerateArray().Any(x => x.GetString() == address)).GetProperty("id").GetString();
        var holder = world.GetParty(new PartyId("os:" + holderId));

        Assert.All(Values(address, "full"), full => Assert.Contains(holder.Addresses, a => a.Full == full));
    }

    [Fact]
    public async Task AddressPart_InNoKeptText_IsAWarningThatQuotesIt()
    {
        var result = await ImportLines(
            """{"id": "p1", "schema": "Company", "properties": {"name": ["ACME"], "addressEntity": ["a1"]}}""",
            """{"id": "a1", "schema": "Address", "properties": {"full": ["1 Main St, Springfield"], "city": ["Springfield", "Shelbyville"], "postOfficeBox": ["PO Box 7"]}}""");

        Assert.Contains(result.Issues, i => i.Message.Contains("'Shelbyville'", StringComparison.Ordinal));
        Assert.Contains(result.Issues, i => i.Message.Contains("'PO Box 7'", StringComparison.Ordinal));
        Assert.DoesNotContain(result.Issues, i => i.Message.Contains("'Springfield'", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Document_WhoseHolderIsNoParty_IsAWarningThatQuotesTheHolder()
    {
        var result = await ImportLines(
            """{"id": "p1", "schema": "Person", "properties": {"name": ["A B"]}}""",
            """{"id": "d1", "schema": "Passport", "properties": {"holder": ["nobody"], "number": ["X123"]}}""",
            """{"id": "d2", "schema": "Passport", "properties": {"holder": ["p1"], "number": ["Y456"]}}""");

        Assert.Contains(result.Issues, i => i.Message.Contains("'nobody'", StringComparison.Ordinal) && i.Message.Contains("X123", StringComparison.Ordinal));
        Assert.Contains(result.World.GetParty(new PartyId("os:p1")).Identifiers, i => i.Value == "Y456");
    }

    [Fact]
    public async Task PropertiesTheMappingDoesNotRead_GoToTheRemarks()
    {
        var result = await ImportLines(
            """{"id": "p1", "schema": "Person", "properties": {"name": ["A B"], "gender": ["male", "female"], "wikidataId": ["Q42"], "createdAt": ["2024-01-01"]}}""");

        var remarks = result.World.GetParty(new PartyId("os:p1")).Remarks!.Split('\n');
        Assert.Contains("wikidataId: Q42", remarks);
        Assert.Contains("gender: female", remarks);
        Assert.DoesNotContain(remarks, r => r.StartsWith("createdAt", StringComparison.Ordinal));
    }

    // A property read for one kind of party only (a person's birth, an organization's legal form) is not dropped on an entity of
    // another schema: it goes to the remarks, or where the party has a field for it (a vessel's address and country) there.
    [Theory]
    [InlineData("Company", "birthDate", "1970-01-02")]
    [InlineData("Company", "birthPlace", "Minsk")]
    [InlineData("Company", "birthCountry", "Belarus")]
    [InlineData("Organization", "nationality", "by")]
    [InlineData("LegalEntity", "citizenship", "ru")]
    [InlineData("Company", "position", "Chairman")]
    [InlineData("Person", "legalForm", "OOO")]
    [InlineData("Person", "incorporationDate", "2001-02-03")]
    [InlineData("Vessel", "dissolutionDate", "2019-05-06")]
    [InlineData("Vessel", "birthDate", "1988")]
    [InlineData("Airplane", "legalForm", "LLC")]
    [InlineData("Vessel", "address", "Port Said")]
    [InlineData("Airplane", "country", "ir")]
    public async Task PropertyOfAnotherKindOfParty_IsKept(string schema, string property, string value)
    {
        var result = await ImportLines($$$"""{"id": "p1", "schema": "{{{schema}}}", "properties": {"name": ["ACME"], "{{{property}}}": ["{{{value}}}"]}}""");

        var party = result.World.GetParty(new PartyId("os:p1"));
        var kept = (party.Remarks ?? "").Split('\n').Contains($"{property}: {value}")
            || party.Addresses.Any(a => a.Full == value) || party.Countries.Contains(value.ToUpperInvariant())
            || result.Issues.Any(i => i.Message.Contains($"'{value}'", StringComparison.Ordinal));
        Assert.True(kept, $"{schema}.{property} = {value} is neither in the party ({party.Remarks}) nor in an issue");
    }

    [Fact]
    public async Task Organization_WithSeveralIncorporationDates_KeepsEachOnceInTheRemarks()
    {
        var result = await ImportLines(
            """{"id": "p1", "schema": "Company", "properties": {"name": ["ACME"], "incorporationDate": ["2001", "2002-03-04"]}}""");

        var remarks = result.World.GetParty(new PartyId("os:p1")).Remarks!.Split('\n');
        Assert.Equal(["incorporated: 2001", "incorporated: 2002-03-04"], remarks.Where(r => r.Contains("2001", StringComparison.Ordinal) || r.Contains("2002", StringComparison.Ordinal)));
    }
}
