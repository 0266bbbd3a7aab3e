using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: a name's bound over its word pairs, with the pairs' distances worked out as far as needed.
internal sealed partial class CandidateFilter
{
    // Decide with the bounds that need no distance, then with the distances of the pairs that may be fuzzy (cut off at the
    // budget), worked out one at a time, the pair of the greatest bound first, until the name fails or none is left: most names
    // that fail do so on their first pair or two, and a distance is the dearest thing here. A name that passes has every such
    // pair resolved, as the bound over all of them would have (Upper at level 1). The words' weights and roles are the memo's.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool DistanceBound(NameToken[] listed, ReadOnlySpan<int> ids, WordData words)
    {
        var m = Math.Min(listed.Length, NameScorer.MaxTokens);
        Span<double> u = stackalloc double[n * m];
        Span<bool> strong = stackalloc bool[n * m];
        Span<int> columns = stackalloc int[m];
        Span<double> listedWeights = stackalloc double[m];
        Span<byte> listedFlags = stackalloc byte[m];
        for (var j = 0; j < m; j++)
        {
            columns[j] = At(0, ids[j]);
            ref readonly var v = ref memo[ids[j]];
            listedWeights[j] = WeightOf(in v);
            listedFlags[j] = v.Flags;
        }

        FillPairBounds(listed, ids, words, 0, m, u, strong);
        var queryWeight = queryWeights.AsSpan(0, n);
        while (Decide(queryWeight, querySignificant, listedWeights, listedFlags, u, strong))
        {
            var next = -1;
            var bound = double.NegativeInfinity;
            for (var j = 0; j < m; j++)
            {
                var column = columns[j];
                for (var i = 0; i < n; i++)
                {
                    var k = (i * m) + j;
                    if (strong[k] && u[k] > bound && state[column + i] == 1)
                    {
                        next = k;
                        bound = u[k];
                    }
                }
            }

            if (next < 0)
            {
                return true;
            }

            var (qi, lj) = (next / m, next % m);
            (u[next], strong[next]) = Upper(columns[lj] + qi, qi, listed[lj], ids[lj], words, 1);
        }

        return false;
    }

    // Whether the name may reach the threshold by the bound above, with cheap pair bounds or exact similarities.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Bound(NameToken[] listed, ReadOnlySpan<int> ids, WordData words, int level)
    {
        var m = Math.Min(listed.Length, NameScorer.MaxTokens);
        Span<double> u = stackalloc double[n * m];
        Span<bool> strong = stackalloc bool[n * m];
        Span<double> listedWeights = stackalloc double[m];
        Span<byte> listedFlags = stackalloc byte[m];
        for (var j = 0; j < m; j++)
        {
            ref readonly var v = ref memo[ids[j]];
            listedWeights[j] = WeightOf(in v);
            listedFlags[j] = v.Flags;
        }

        FillPairBounds(listed, ids, words, level, m, u, strong);

        return Decide(queryWeights.AsSpan(0, n), querySignificant, listedWeights, listedFlags, u, strong);
    }

    // Each pair's bound at the level asked (0: without distance), row by query word, column by listed word. At level 0 the memo has
    // them all (MakeColumn made each variant's column when the variant was first met).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillPairBounds(NameToken[] listed, ReadOnlySpan<int> ids, WordData words, int level, int m, Span<double> u, Span<bool> strong)
    {
        for (var j = 0; j < m; j++)
        {
            var column = At(0, ids[j]);
            for (var i = 0; i < n; i++)
            {
                (u[(i * m) + j], strong[(i * m) + j]) = level == 0 && state[column + i] != 0
                    ? (upper[column + i], strongs[column + i])
                    : Upper(column + i, i, listed[j], ids[j], words, level);
            }
        }
    }
}
