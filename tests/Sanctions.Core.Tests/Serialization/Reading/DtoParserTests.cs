using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Sanctions.Core.Serialization;

namespace Sanctions.Core.Tests.Serialization.Reading;

/// <summary>
/// The hand-written DTO parser reads the contract the DTOs declare: every shape names the same properties, in the same order,
/// as the source-generated metadata of its DTO; and it reads what the source-generated deserializer reads.
/// </summary>
public sealed class DtoParserTests
{
    public static TheoryData<string, IReadOnlyList<string>, JsonTypeInfo> ShapesAndContracts() => new()
    {
        { "header", Shapes.Header.Names, WorldJsonContext.Default.HeaderDto },
        { "dataset", Shapes.Dataset.Names, WorldJsonContext.Default.DatasetDto },
        { "provenance", Shapes.Provenance.Names, WorldJsonContext.Default.ProvenanceDto },
        { "period", Shapes.Period.Names, WorldJsonContext.Default.PeriodDto },
        { "name", Shapes.Name.Names, WorldJsonContext.Default.NameDto },
        { "identifier", Shapes.Identifier.Names, WorldJsonContext.Default.IdentifierDto },
        { "address", Shapes.Address.Names, WorldJsonContext.Default.AddressDto },
        { "party", Shapes.Party.Names, WorldJsonContext.Default.PartyDto },
        { "authority", Shapes.Authority.Names, WorldJsonContext.Default.AuthorityDto },
        { "instrument", Shapes.Instrument.Names, WorldJsonContext.Default.InstrumentDto },
        { "program", Shapes.Program.Names, WorldJsonContext.Default.ProgramDto },
        { "list", Shapes.List.Names, WorldJsonContext.Default.ListDto },
        { "designation", Shapes.Designation.Names, WorldJsonContext.Default.DesignationDto },
        { "countryMeasure", Shapes.CountryMeasure.Names, WorldJsonContext.Default.CountryMeasureDto },
        { "treaty", Shapes.Treaty.Names, WorldJsonContext.Default.TreatyDto },
        { "treatyAction", Shapes.TreatyAction.Names, WorldJsonContext.Default.TreatyActionDto },
        { "membership", Shapes.Membership.Names, WorldJsonContext.Default.MembershipDto },
        { "relation", Shapes.Relation.Names, WorldJsonContext.Default.RelationDto },
        { "position", Shapes.Position.Names, WorldJsonContext.Default.PositionDto },
        { "birthDate", Shapes.BirthDate.Names, WorldJsonContext.Default.BirthDateDto },
        { "birthPlace", Shapes.BirthPlace.Names, WorldJsonContext.Default.BirthPlaceDto },
        { "contact", Shapes.Contact.Names, WorldJsonContext.Default.ContactDto },
    };

    [Theory]
    [MemberData(nameof(ShapesAndContracts))]
    public void Shape_NamesTheDtosPropertiesInOrder(string shape, IReadOnlyList<string> names, JsonTypeInfo contract)
    {
        var declared = contract.Properties.Where(p => !p.IsExtensionData).Select(p => p.Name).ToList();

        Assert.True(declared.SequenceEqual(names), $"{shape}: the shape reads [{string.Join(", ", names)}], the DTO declares [{string.Join(", ", declared)}]");
    }

    [Theory]
    [InlineData("""{"id":"p1","type":"person","names":[{"value":"X","kind":"alias"},null],"birthDates":["1950",null],"isRegion":null,"zzz":{"a":[1]},"remarks":"r\u00e9"}""")]
    [InlineData("""{"names":null,"countries":[],"source":{"verified":false,"published":"2020-01-01T00:00:00Z"},"id":"last"}""")]
    [InlineData("""{}""")]
    public void Record_ReadsWhatTheSerializerReads(string json)
    {
        var utf8 = System.Text.Encoding.UTF8.GetBytes(json);

        var parsed = DtoParser.Record(utf8, Shapes.Party);
        var expected = JsonSerializer.Deserialize(utf8, WorldJsonContext.Default.PartyDto)!;

        Assert.Equal(JsonSerializer.Serialize(expected, WorldJsonContext.Default.PartyDto), JsonSerializer.Serialize(parsed, WorldJsonContext.Default.PartyDto));
    }

    [Theory]
    [InlineData("""{"id":7}""", "$.id", "a string")]
    [InlineData("""{"names":{"value":"X"}}""", "$.names", "an array")]
    [InlineData("""{"names":[{"value":"X"},{"value":true}]}""", "$.names[1].value", "a string")]
    [InlineData("""{"birthDates":["1950",3]}""", "$.birthDates[1]", "a string")]
    [InlineData("""{"isRegion":"yes"}""", "$.isRegion", "true or false")]
    [InlineData("""{"source":[]}""", "$.source", "an object")]
    public void Record_WrongJsonType_IsAJsonExceptionWithItsPath(string json, string path, string expected)
    {
        var e = Assert.Throws<JsonException>(() => DtoParser.Record(System.Text.Encoding.UTF8.GetBytes(json), Shapes.Party));

        Assert.Equal(path, e.Path);
        Assert.Contains(expected, e.Message, StringComparison.Ordinal);
        Assert.Equal(0, e.LineNumber);
        Assert.True(e.BytePositionInLine > 0, "the column of the offending value");
    }

    [Fact]
    public void Record_SyntaxError_GivesTheReadersColumnAndThePathReached()
    {
        var json = """{"id":"p","names":[{"value":"X"} {"value":"Y"}]}""";

        var e = Assert.Throws<JsonException>(() => DtoParser.Record(System.Text.Encoding.UTF8.GetBytes(json), Shapes.Party));

        Assert.Equal("$.names[1]", e.Path);
        Assert.Equal(json.IndexOf("{\"value\":\"Y", StringComparison.Ordinal), e.BytePositionInLine);
        Assert.DoesNotContain("LineNumber", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Record_TrailingContent_IsASyntaxError()
    {
        var e = Assert.Throws<JsonException>(() => DtoParser.Record("{\"id\": \"x\"} {}"u8, Shapes.Party));

        Assert.Equal("$", e.Path);
    }
}
