using Sanctions.Core.Serialization;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing;

/// <summary>
/// The Sanctions.Core seed world, embedded for users' tests: the real facts around the Russia–Iran arms talks of
/// August 2017, the SCO and CAATSA that the <c>sanctions</c> command line answers from, each with its source.
/// </summary>
/// <remarks>
/// <para>The embedded copy is the repository's <c>data/seed-world.json</c>, the same file the CLI embeds (see
/// <c>docs/seed-world.md</c> for what it holds and where each fact comes from).</para>
/// <para>Use it for example-based tests against known facts ("Iran is an SCO member on 2024-01-01"); use
/// <see cref="SanctionsGen"/> for properties over any world. The world is read once and then shared: it is immutable.</para>
/// </remarks>
/// <threadsafety>All members are thread safe.</threadsafety>
public static class SeedWorld
{
    /// <summary>The name of the embedded resource holding the world JSON.</summary>
    public const string ResourceName = "Sanctions.Core.Testing.seed-world.json";

    private static readonly Lazy<SanctionsWorld> World = new(Read, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The seed world, read from the embedded copy on first use.</summary>
    /// <returns>The seed world (the same instance on every call).</returns>
    /// <exception cref="WorldFormatException">The embedded copy is not a valid world document (a packaging error).</exception>
    public static SanctionsWorld Load() => World.Value;

    /// <summary>The embedded world document itself, for tests of readers and writers.</summary>
    /// <returns>A new stream over the UTF-8 JSON; dispose it.</returns>
    /// <exception cref="InvalidOperationException">The resource is missing (a packaging error).</exception>
    public static Stream OpenJson() =>
        typeof(SeedWorld).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded resource '{ResourceName}' is missing from {typeof(SeedWorld).Assembly.GetName().Name}.");

    private static SanctionsWorld Read()
    {
        using var reader = new StreamReader(OpenJson());
        return WorldJson.Deserialize(reader.ReadToEnd());
    }
}
