namespace Sanctions.Core.Testing;

// A small, fast, seedable generator (SplitMix64), so that generated worlds are the same on every runtime
// and machine for the same seed. Not for cryptography.
internal sealed class Rng(ulong seed)
{
    private ulong state = seed;

    public ulong NextUInt64()
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    // A value in [0, max).
    public int Next(int max) => max <= 1 ? 0 : (int)((NextUInt64() >> 33) % (ulong)max);

    // A value in [min, max] (inclusive).
    public int Between(int min, int max) => min >= max ? min : min + Next(max - min + 1);

    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public bool Chance(double p) => NextDouble() < p;

    public T Pick<T>(IReadOnlyList<T> items) => items[Next(items.Count)];
}
