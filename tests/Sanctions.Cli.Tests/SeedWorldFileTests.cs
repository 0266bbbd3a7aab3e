using Sanctions.Cli.Data;
using Sanctions.Core.Serialization;
using Sanctions.SeedWorld;

namespace Sanctions.Cli.Tests;

/// <summary>
/// <c>data/seed-world.json</c>, the world the CLI embeds, is exactly the output of <see cref="SeedWorldDefinition"/> (its generator,
/// <c>tools/Sanctions.SeedWorld</c>) in the JSON format, and reads back to itself. After changing the definition or the fact base,
/// rewrite the file with <c>dotnet run --project tools/Sanctions.SeedWorld</c>.
/// </summary>
public sealed class SeedWorldFileTests
{
    private static string Generated() =>
        WorldJson.Serialize(SeedWorldDefinition.Build(SeedFacts.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "facts.json")))));

    [Fact]
    public void SeedWorldFile_IsTheDefinitionsOutput()
    {
        Assert.True(
            Generated() == WorldLoader.Resource(WorldLoader.SeedResource),
            "data/seed-world.json is not the output of SeedWorldDefinition: run `dotnet run --project tools/Sanctions.SeedWorld` and rebuild.");
    }

    [Fact]
    public void SeedWorldFile_ReadsBackToTheSameBytes() =>
        Assert.Equal(WorldLoader.Resource(WorldLoader.SeedResource), WorldJson.Serialize(WorldLoader.Seed));

    [Fact]
    public void Validate_TheSeedWorldFile_IsValid()
    {
        var path = Path.Combine(Path.GetTempPath(), $"seed-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, WorldLoader.Resource(WorldLoader.SeedResource));
        try
        {
            var json = CliRunner.Run("validate", path, "--json").Json;
            Assert.True(json.GetProperty("valid").GetBoolean());
            Assert.Empty(json.GetProperty("problems").EnumerateArray());
        }
        finally
        {
            File.Delete(path);
        }
    }
}
