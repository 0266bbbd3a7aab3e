using System.Runtime.CompilerServices;
using Sanctions.Core.Serialization;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

// The golden files pin the exact bytes of the format. When the format changes on purpose, run the tests with
// SANCTIONS_UPDATE_GOLDEN=1 to rewrite them, and review the diff.
public sealed partial class WorldJsonTests
{
    [Fact]
    public void Serialize_SmallWorld_MatchesGoldenDocument() => Golden("small-world.json", WorldJson.Serialize(SerializationTestWorlds.Small()));

    [Fact]
    public void SerializeLines_SmallWorld_MatchesGoldenLines() => Golden("small-world.jsonl", WorldJson.SerializeLines(SerializationTestWorlds.Small()));

    [Fact]
    public void Serialize_FullWorld_MatchesGoldenDocument() => Golden("full-world.json", WorldJson.Serialize(SerializationTestWorlds.Full()));

    [Fact]
    public void SerializeLines_FullWorld_MatchesGoldenLines() => Golden("full-world.jsonl", WorldJson.SerializeLines(SerializationTestWorlds.Full()));

    [Theory]
    [InlineData("small-world.json")]
    [InlineData("full-world.json")]
    public void Deserialize_GoldenDocument_WritesBackTheSameBytes(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Golden", file));
        Assert.Equal(text, WorldJson.Serialize(WorldJson.Deserialize(text)));
    }

    [Theory]
    [InlineData("small-world.jsonl")]
    [InlineData("full-world.jsonl")]
    public void DeserializeLines_GoldenLines_WritesBackTheSameBytes(string file)
    {
        var text = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Golden", file));
        Assert.Equal(text, WorldJson.SerializeLines(WorldJson.DeserializeLines(text)));
    }

    private static void Golden(string file, string actual, [CallerFilePath] string here = "")
    {
        if (Environment.GetEnvironmentVariable("SANCTIONS_UPDATE_GOLDEN") == "1")
        {
            File.WriteAllText(Path.Combine(Path.GetDirectoryName(here)!, "Golden", file), actual);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Serialization", "Golden", file));
        Assert.Equal(expected, actual);
    }
}
