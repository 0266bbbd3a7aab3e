using NodaTime;

namespace Sanctions.Core.World;

/// <summary>What a world's data is: its name, version and publication, so that an answer can say which data it used.</summary>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
/// <param name="Name">The dataset's name, e.g. <c>sanctions-core-seed</c>.</param>
/// <param name="Version">Its version, if any.</param>
/// <param name="Published">When it was published or last updated, if known.</param>
/// <param name="Description">What it holds, if given.</param>
public sealed record DatasetInfo(string Name, string? Version = null, Instant? Published = null, string? Description = null)
{
    /// <summary>The dataset of a world built without one.</summary>
    public static DatasetInfo Unnamed { get; } = new("unnamed");

    /// <summary>The name and version.</summary>
    /// <returns>E.g. <c>sanctions-core-seed 2026-11-27</c>.</returns>
    public override string ToString() => Version is null ? Name : $"{Name} {Version}";
}
