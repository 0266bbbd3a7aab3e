using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Format;

// docs/world.schema.json names the properties of the format that Format/Fields.cs names, no more and no fewer, and each
// object of the schema has the properties the reader's shape of that object reads.
public sealed class FieldsTests
{
    private static readonly JsonObject Schema = (JsonObject)JsonNode.Parse(
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "world.schema.json")))!;

    private static IReadOnlyList<string> FieldNames() =>
        [.. typeof(Fields).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.FieldType == typeof(JsonEncodedText))
            .Select(f => ((JsonEncodedText)f.GetValue(null)!).Value)];

    // Every key of every "properties" object under a node (allOf and if/then branches included).
    private static SortedSet<string> Properties(JsonNode? node)
    {
        var names = new SortedSet<string>(StringComparer.Ordinal);
        void Walk(JsonNode? n)
        {
            switch (n)
            {
                case JsonObject o:
                    foreach (var (key, value) in o)
                    {
                        if (key == "properties" && value is JsonObject properties)
                        {
                            names.UnionWith(properties.Select(p => p.Key));
                        }

                        if (key != "$defs")
                        {
                            Walk(value);
                        }
                    }

                    break;
                case JsonArray a:
                    foreach (var item in a)
                    {
                        Walk(item);
                    }

                    break;
            }
        }

        Walk(node);
        return names;
    }

    [Fact]
    public void Fields_AreDistinct()
    {
        var names = FieldNames();

        Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
    }

    [Fact]
    public void Schema_NamesExactlyTheFieldsOfTheTable()
    {
        var inSchema = Properties(Schema);
        foreach (var (_, def) in Schema["$defs"]!.AsObject())
        {
            inSchema.UnionWith(Properties(def));
        }

        var inTable = new SortedSet<string>(FieldNames(), StringComparer.Ordinal);

        Assert.True(
            inSchema.SetEquals(inTable),
            $"only in the schema: [{string.Join(", ", inSchema.Except(inTable))}]; only in Fields: [{string.Join(", ", inTable.Except(inSchema))}]");
    }

    [Fact]
    public void Schema_Root_NamesTheHeaderThenEveryCollectionInOrder()
    {
        var expected = new[] { Fields.Format.Value, Fields.Version.Value, Fields.Dataset.Value }
            .Concat(Enum.GetValues<WorldCollection>().Select(c => Fields.Of(c).Value));

        Assert.Equal(expected, Schema["properties"]!.AsObject().Select(p => p.Key));
    }

    public static TheoryData<string, string[]> ObjectsAndShapes() => new()
    {
        { "dataset", [.. Shapes.Dataset.Names] },
        { "provenance", [.. Shapes.Provenance.Names] },
        { "validPeriod", [.. Shapes.Period.Names] },
        { "recordPeriod", [.. Shapes.Period.Names] },
        { "name", [.. Shapes.Name.Names] },
        { "identifier", [.. Shapes.Identifier.Names] },
        { "address", [.. Shapes.Address.Names] },
        { "headerLine", [.. Shapes.Header.Names] },
        { "partyFields", [.. Shapes.Party.Names.Skip(1)] },
        { "authorityFields", [.. Shapes.Authority.Names.Skip(1)] },
        { "instrumentFields", [.. Shapes.Instrument.Names.Skip(1)] },
        { "programFields", [.. Shapes.Program.Names.Skip(1)] },
        { "listFields", [.. Shapes.List.Names.Skip(1)] },
        { "designationFields", [.. Shapes.Designation.Names.Skip(1)] },
        { "countryMeasureFields", [.. Shapes.CountryMeasure.Names.Skip(1)] },
        { "treatyFields", [.. Shapes.Treaty.Names.Skip(1)] },
        { "treatyActionFields", [.. Shapes.TreatyAction.Names.Skip(1)] },
        { "membershipFields", [.. Shapes.Membership.Names.Skip(1)] },
        { "relationFields", [.. Shapes.Relation.Names.Skip(1)] },
        { "positionFields", [.. Shapes.Position.Names.Skip(1)] },
        { "birthDate", [.. Shapes.BirthDate.Names] },
        { "birthPlace", [.. Shapes.BirthPlace.Names] },
        { "contact", [.. Shapes.Contact.Names] },
    };

    // Records' shapes start with the JSON Lines "kind", which the schema puts in each "…Line" definition.
    [Theory]
    [MemberData(nameof(ObjectsAndShapes))]
    public void Schema_Object_HasThePropertiesItsShapeReads(string definition, string[] shape)
    {
        var inSchema = Properties(Schema["$defs"]![definition]);

        Assert.True(
            inSchema.SetEquals(shape),
            $"{definition}: the schema names [{string.Join(", ", inSchema)}], the reader reads [{string.Join(", ", shape.Order(StringComparer.Ordinal))}]");
    }

    [Fact]
    public void Shapes_OfRecords_StartWithTheRecordKind()
    {
        Assert.All(
            new[] { Shapes.Party.Names, Shapes.Designation.Names, Shapes.Relation.Names, Shapes.Position.Names, Shapes.Header.Names },
            names => Assert.Equal(Fields.Kind.Value, names[0]));
    }
}
