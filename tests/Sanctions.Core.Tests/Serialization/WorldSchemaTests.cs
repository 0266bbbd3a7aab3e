using System.Text.Json;
using Json.Schema;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

// docs/world.schema.json must accept what the writer writes (both forms) and reject what the reader rejects.
public sealed class WorldSchemaTests
{
    private static readonly (JsonSchema Document, JsonSchema Line) Schemas = Load();

    private static (JsonSchema, JsonSchema) Load()
    {
        var options = new BuildOptions { SchemaRegistry = new SchemaRegistry() };
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "world.schema.json"));
        var document = JsonSchema.FromText(text, options);
        var id = JsonDocument.Parse(text).RootElement.GetProperty("$id").GetString();
        var line = JsonSchema.FromText($$"""{"$schema": "https://json-schema.org/draft/2020-12/schema", "$ref": "{{id}}#/$defs/line"}""", options);
        return (document, line);
    }

    public static TheoryData<string> Worlds => ["empty", "small", "full", "uncertain", "facts"];

    private static bool Valid(JsonSchema schema, string json)
    {
        using var doc = JsonDocument.Parse(json);
        return schema.Evaluate(doc.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List }).IsValid;
    }

    private static Sanctions.Core.World.SanctionsWorld World(string name) => name switch
    {
        "empty" => SerializationTestWorlds.Empty(),
        "small" => SerializationTestWorlds.Small(),
        "uncertain" => WorldJsonTests.World(),
        "facts" => WorldJsonTests.FactsWorld(),
        _ => SerializationTestWorlds.Full(),
    };

    [Theory]
    [MemberData(nameof(Worlds))]
    public void Schema_AcceptsTheWritersDocument(string name) => Assert.True(Valid(Schemas.Document, WorldJson.Serialize(World(name))));

    [Theory]
    [MemberData(nameof(Worlds))]
    public void Schema_AcceptsEveryLineTheWriterWrites(string name)
    {
        foreach (var line in WorldJson.SerializeLines(World(name)).Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            Assert.True(Valid(Schemas.Line, line), line);
        }
    }

    [Theory]
    [InlineData("""{"format": "sanctions-world", "version": 2}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "parties": [{"id": "p1", "type": "robot", "names": [{"value": "X"}]}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "parties": [{"id": "p1", "type": "person", "names": [{"value": "X"}], "imo": "1"}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "parties": [{"id": "p1", "type": "person", "names": []}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "designations": [{"id": "d", "party": "p", "list": "l", "valid": {"from": "2014-13", "to": null}}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "designations": [{"id": "d", "party": "p", "list": "l", "measures": ["AssetFreeze"]}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "lists": [{"id": "l", "name": "L", "authority": "A", "kind": "list"}]}""")]
    [InlineData("""{"format": "sanctions-world", "version": 1, "extra": true}""")]
    public void Schema_RejectsWhatTheReaderRejects(string json)
    {
        Assert.False(Valid(Schemas.Document, json));
        Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));
    }

    [Theory]
    [InlineData("""{"kind": "party", "id": "p1", "type": "vessel", "names": [{"value": "X"}], "gender": "male"}""")]
    [InlineData("""{"kind": "widget", "id": "w"}""")]
    [InlineData("""{"id": "p1", "type": "person", "names": [{"value": "X"}]}""")]
    public void LineSchema_RejectsBadRecords(string line) => Assert.False(Valid(Schemas.Line, line));
}
