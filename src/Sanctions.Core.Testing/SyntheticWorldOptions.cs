namespace Sanctions.Core.Testing;

/// <summary>The size and shape of a world from <see cref="SyntheticWorld"/>.</summary>
/// <remarks>The same options (seed included) always give the same world, on every machine and runtime.</remarks>
/// <threadsafety>This type is immutable and safe to share between threads.</threadsafety>
public sealed record SyntheticWorldOptions
{
    private readonly int parties = 10_000;
    private readonly double designatedShare = 0.3;

    /// <summary>The number of parties, at least 10. Default 10,000.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is below 10.</exception>
    public int Parties
    {
        get => parties;
        init
        {
            ArgumentOutOfRangeException.ThrowIfLessThan(value, 10);
            parties = value;
        }
    }

    /// <summary>The seed; the same seed gives the same world. Default 1.</summary>
    public long Seed { get; init; } = 1;

    /// <summary>The share of persons, organisations, vessels and aircraft that are ever designated, from 0 to 1. Default 0.3.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is outside 0..1.</exception>
    public double DesignatedShare
    {
        get => designatedShare;
        init
        {
            ArgumentOutOfRangeException.ThrowIfNegative(value);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(value, 1.0);
            designatedShare = value;
        }
    }

    /// <summary>Whether some dates are partial (a year or a month) and some facts carry record-time history. Default <see langword="true"/>.</summary>
    public bool Realistic { get; init; } = true;
}
