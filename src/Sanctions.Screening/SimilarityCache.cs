using System.Runtime.CompilerServices;

namespace Sanctions.Screening;

// Word-pair similarities of one query, by the two words' string instances and what else the similarity reads (roles, script): a
// screener gives its listed words one instance per text, so the pairs that many candidates share are computed once per query.
internal sealed class SimilarityCache
{
    private readonly Dictionary<Key, (double Sim, MatchKind Kind)> pairs = new(KeyComparer.Instance);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Clear() => pairs.Clear();

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Sim, MatchKind Kind) Get(NameToken q, NameToken l, ScreeningOptions o)
    {
        var key = new Key(q.Text, l.Text, ((int)q.Role * 16) + ((int)l.Role * 2) + (q.Transliterated ? 256 : 0) + (l.Transliterated ? 1 : 0));
        if (!pairs.TryGetValue(key, out var result))
        {
            pairs[key] = result = NameScorer.Similarity(q, l, o);
        }

        return result;
    }

    private readonly record struct Key(string Q, string L, int Flags);

    private sealed class KeyComparer : IEqualityComparer<Key>
    {
        public static readonly KeyComparer Instance = new();

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public bool Equals(Key x, Key y) => ReferenceEquals(x.Q, y.Q) && ReferenceEquals(x.L, y.L) && x.Flags == y.Flags;

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public int GetHashCode(Key k) => HashCode.Combine(RuntimeHelpers.GetHashCode(k.Q), RuntimeHelpers.GetHashCode(k.L), k.Flags);
    }
}
