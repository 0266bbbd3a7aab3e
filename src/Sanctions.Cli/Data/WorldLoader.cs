using System.Reflection;
using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Cli.Data;

/// <summary>Loads the world a command answers from: the files of <c>--data</c>, merged, or the embedded seed world.</summary>
internal static class WorldLoader
{
    private static readonly Lazy<SanctionsWorld> SeedWorld = new(LoadSeed);

    /// <summary>The embedded seed world.</summary>
    public static SanctionsWorld Seed => SeedWorld.Value;

    /// <summary>Loads and merges <paramref name="paths"/>, or returns the seed world when there are none.</summary>
    /// <param name="paths">The files, in order.</param>
    /// <param name="asSources">
    /// Merge them as imports of different sources (<see cref="WorldMerge.Merge"/>: a party or designation two files state otherwise is kept
    /// once per file, tied by same-as) rather than as parts of one world (<see cref="WorldBuilder.AddWorld"/>: such a conflict is an error).
    /// </param>
    /// <exception cref="CliException">A file is missing, unreadable or invalid, or the merged world is invalid.</exception>
    public static SanctionsWorld Load(IReadOnlyList<string> paths, bool asSources = false)
    {
        if (paths.Count == 0)
        {
            return Seed;
        }

        var worlds = paths.Select(WorldFiles.Read).ToList();
        if (worlds.Count == 1)
        {
            return worlds[0];
        }

        if (asSources)
        {
            try
            {
                return WorldMerge.Merge(worlds);
            }
            catch (WorldValidationException e)
            {
                throw new CliException(
                    $"--data --merge-sources: the merged world of {string.Join(", ", paths)} is invalid: {(e.Problems.IsEmpty ? e.Message : $"{e.Problems.Length} problem(s); first: {e.Problems[0]}")}");
            }
        }

        var builder = new WorldBuilder { Dataset = worlds[0].Dataset };
        foreach (var w in worlds)
        {
            builder.AddWorld(w);
        }

        if (!builder.TryBuild(out var merged, out var problems))
        {
            throw new CliException(
                $"--data: the merged world of {string.Join(", ", paths)} is invalid: {problems.Length} problem(s); first: {problems[0]}" +
                (problems.Any(p => p.Message.Contains("Duplicate id", StringComparison.Ordinal)) ? " (imports of different sources merge with --merge-sources)" : string.Empty));
        }

        return merged!;
    }

    /// <summary>The text of a resource embedded in this assembly.</summary>
    public static string Resource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded resource '{name}' is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>The name of the embedded seed world resource.</summary>
    public const string SeedResource = "Sanctions.Cli.seed-world.json";

    private static SanctionsWorld LoadSeed() => WorldJson.Deserialize(Resource(SeedResource), new WorldReadOptions { SourceName = "the embedded seed world" });
}
