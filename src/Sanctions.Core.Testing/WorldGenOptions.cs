namespace Sanctions.Core.Testing;

/// <summary>Options of the consistent-world generators (<see cref="SanctionsGen.WorldFacts(WorldGenOptions)"/>).</summary>
/// <remarks>The default makes partial dates and record-time history; a property that only holds for exact days
/// (such as replaying <c>Changes</c>) can ask for <see cref="ExactDates"/>.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record WorldGenOptions
{
    /// <summary>Partial dates and record history: the default.</summary>
    public static WorldGenOptions Default { get; } = new();

    /// <summary>Whether every period end and treaty action date is an exact day (or open). Default <see langword="false"/>.</summary>
    public bool ExactDates { get; init; }

    /// <summary>Whether facts carry record periods: some recorded since an instant, some retracted, some superseded by a later version. Default <see langword="true"/>.</summary>
    public bool RecordHistory { get; init; } = true;
}
