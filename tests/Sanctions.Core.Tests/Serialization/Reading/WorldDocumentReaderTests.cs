using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization.Reading;

// The document's records are mapped in batches side by side: how they are batched must change nothing, not the world, not
// the problems, their order or their paths.
public sealed class WorldDocumentReaderTests
{
    private const int OneBatch = 1 << 20;

    // Records that are wrong on their own, by collection; the last ones stop the walk (a value of the wrong JSON type).
    private static readonly (string Collection, string Json)[] BadRecords =
    [
        ("parties", "null"),
        ("parties", """{"id": "bad-1", "type": "robot", "names": [{"value": "X"}]}"""),
        ("parties", """{"type": "person", "names": [{"value": "No Id"}]}"""),
        ("parties", """{"id": "bad-3", "type": "person", "names": [{"value": "X"}], "birthDates": ["1999-13"], "shoeSize": 44}"""),
        ("designations", """{"id": "bad-4", "party": "nobody", "list": "nowhere"}"""),
        ("relations", """{"type": "ownership", "from": "nobody", "to": "no-one", "percent": 120}"""),
        ("memberships", "null"),
        ("parties", """{"id": "bad-7", "type": "person", "names": 5}"""),
    ];

    private static readonly SanctionsWorld World = SerializationTestWorlds.Full();

    private static readonly string Document = WorldJson.Serialize(World);

    private static (SanctionsWorld? World, WorldFormatException? Error) Outcome(string json, int batchSize)
    {
        try
        {
            return (WorldDocumentReader.Read(Encoding.UTF8.GetBytes(json), null, batchSize), null);
        }
        catch (WorldFormatException e)
        {
            return (null, e);
        }
    }

    [FsCheck.Xunit.Property(MaxTest = 40)]
    public Property Read_AnyBatchSize_ReadsTheSameWorld() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), batchSize =>
        {
            var (world, error) = Outcome(Document, batchSize);
            Assert.Null(error);
            WorldRoundTrip.AssertEqual(World, world!);
        });

    // Bad records put anywhere in their collections: mapped in batches of any size, the read reports exactly what a read in
    // one batch reports, in the same order.
    [FsCheck.Xunit.Property(MaxTest = 80)]
    public Property Read_BadRecordsAnywhere_SameProblemsWhateverTheBatches() =>
        Prop.ForAll(
            Gen.Choose(1, 12).ToArbitrary(),
            Gen.Choose(1, 5).SelectMany(n => Gen.ArrayOf(Gen.Zip(Gen.Choose(0, BadRecords.Length - 1), Gen.Choose(0, 1000)), n)).ToArbitrary(),
            (batchSize, changes) =>
            {
                var root = JsonNode.Parse(Document)!.AsObject();
                foreach (var (which, where) in changes)
                {
                    var (collection, json) = BadRecords[which];
                    var array = root[collection]?.AsArray() ?? [];
                    root[collection] = array;
                    array.Insert(where % (array.Count + 1), JsonNode.Parse(json));
                }

                var text = root.ToJsonString();
                var (_, single) = Outcome(text, OneBatch);
                var (_, batches) = Outcome(text, batchSize);
                Assert.NotNull(single);
                Assert.NotNull(batches);
                Assert.Equal(single.Problems, batches.Problems);
                return true;
            });

    // A record of the wrong JSON type stops the walk: the problems of the records before it come first, then the error.
    [Fact]
    public void Read_WrongTypeAfterBadRecords_ReportsTheRecordsBeforeItFirst()
    {
        var root = JsonNode.Parse(Document)!.AsObject();
        var parties = root["parties"]!.AsArray();
        parties.Insert(0, JsonNode.Parse("""{"id": "bad-1", "type": "robot", "names": [{"value": "X"}]}"""));
        parties.Insert(parties.Count, JsonNode.Parse("""{"id": "bad-7", "type": "person", "names": 5}"""));
        var (_, error) = Outcome(root.ToJsonString(), 2);
        Assert.NotNull(error);
        Assert.Equal(2, error.Problems.Length);
        Assert.Equal("$.parties[0].type", error.Problems[0].Path);
        Assert.StartsWith("$.parties[" + (parties.Count - 1) + "]", error.Problems[1].Path, StringComparison.Ordinal);
        Assert.StartsWith("Invalid JSON", error.Problems[1].Message, StringComparison.Ordinal);
    }

    // A record of the wrong JSON type stops the read whatever the batches: nothing after it is reported, not the problems
    // of the records after it, not an unknown property, not a syntax error further on.
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(OneBatch)]
    public void Read_WrongTypeBeforeMoreBadRecords_ReportsNothingAfterIt(int batchSize)
    {
        const string Robot = """{"id": "bad-1", "type": "robot", "names": [{"value": "X"}]}""";
        var root = JsonNode.Parse(Document)!.AsObject();
        var parties = root["parties"]!.AsArray();
        parties.Insert(0, JsonNode.Parse(Robot));
        parties.Insert(1, JsonNode.Parse("""{"id": "bad-7", "type": "person", "names": 5}"""));
        for (var i = 0; i < 6; i++)
        {
            parties.Add(JsonNode.Parse(Robot));
        }

        root["shoeSize"] = 44;
        var text = root.ToJsonString()[..^1] + ", \"broken\": }";
        var (_, error) = Outcome(text, batchSize);
        Assert.NotNull(error);
        Assert.Equal(["$.parties[0].type", "$.parties[1].names"], error.Problems.Select(p => p.Path));
        Assert.StartsWith("Invalid JSON", error.Problems[1].Message, StringComparison.Ordinal);
        Assert.Equal(1, error.Problems[1].Line);
    }
}
