using Sanctions.Cli.Data;
using Sanctions.Cli.Tests.Seed;
using Sanctions.Core.Serialization;

namespace Sanctions.Cli.Tests;

/// <summary>
/// <c>data/seed-world.json</c>, the world the CLI embeds, is exactly the output of <see cref="SeedWorldDefinition"/> in the JSON
/// format, and reads back to itself. Run with <c>SANCTIONS_WRITE_SEED_WORLD=1</c> to rewrite the file after changing the definition.
/// </summary>
public sealed class SeedWorldFileTests
{
    private static string Generated() =>
        WorldJson.Serialize(SeedWorldDefinition.Build(SeedFacts.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "facts.json")))));

    [Fact]
    public void SeedWorldFile_IsTheDefinitionsOutput()
    {
        var generated = Generated();
        if (Environment.GetEnvironmentVariable("SANCTIONS_WRITE_SEED_WORLD") == "1")
        {
            File.WriteAllText(Path.Combine(RepositoryRoot(), "data", "seed-world.json"), generated);
        }

        Assert.True(
            generated == WorldLoader.Resource(WorldLoader.SeedResource),
            "data/seed-world.json is not the output of SeedWorldDefinition: run the tests with SANCTIONS_WRITE_SEED_WORLD=1 and rebuild.");
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

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("The repository root (holding Sanctions.Core.sln) is not above the test assembly.");
    }
}
