using Sanctions.Core.Serialization;

namespace Sanctions.SeedWorld;

/// <summary>
/// Writes <c>data/seed-world.json</c> from the fact base: <c>dotnet run --project tools/Sanctions.SeedWorld [-- FACTS [OUT]]</c>.
/// FACTS defaults to the copy of the fact base the tests read (<c>tests/Sanctions.Cli.Tests/Fixtures/facts.json</c>), OUT to
/// <c>data/seed-world.json</c>, both under the repository root (the directory holding <c>Sanctions.Core.sln</c>).
/// </summary>
public static class Program
{
    /// <summary>Builds the seed world and writes it.</summary>
    /// <param name="args">Optionally the fact base's path, then the output's path.</param>
    /// <returns>0 when the file is written (or already current), 2 on bad arguments or a fact base that does not read.</returns>
    public static int Main(string[] args)
    {
        if (args.Length > 2 || args.Any(a => a is "-h" or "--help"))
        {
            Console.Error.WriteLine("usage: Sanctions.SeedWorld [FACTS [OUT]]  (defaults: tests/Sanctions.Cli.Tests/Fixtures/facts.json data/seed-world.json)");
            return 2;
        }

        var root = RepositoryRoot();
        var facts = args.Length > 0 ? args[0] : Path.Combine(root, "tests", "Sanctions.Cli.Tests", "Fixtures", "facts.json");
        var output = args.Length > 1 ? args[1] : Path.Combine(root, "data", "seed-world.json");
        string json;
        try
        {
            json = WorldJson.Serialize(SeedWorldDefinition.Build(SeedFacts.Parse(File.ReadAllText(facts))));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException or FormatException or KeyNotFoundException or ArgumentException)
        {
            Console.Error.WriteLine($"{facts}: {e.Message}");
            return 2;
        }

        if (File.Exists(output) && File.ReadAllText(output) == json)
        {
            Console.WriteLine($"{output}: already current");
            return 0;
        }

        File.WriteAllText(output, json);
        Console.WriteLine($"{output}: written from {facts}");
        return 0;
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Sanctions.Core.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}
