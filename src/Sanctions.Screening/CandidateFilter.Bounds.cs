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

        // Pairs that scoring never assigns (Dominated: one of their words is taken by an equal word first) are no pairs here: the
        // bound is over the assignments scoring can make, and their distances are never worked out (neither Bound nor Compare needs them).
        var anyOne = false;
        foreach (var flags in listedFlags)
        {
            anyOne |= (flags & OnePair) != 0;
        }

        Span<int> partner = stackalloc int[n];
        if (anyOne && Dominated(ids, m, partner, out var coveredQ, out var coveredL))
        {
            NoPairs(u, strong, m, partner, coveredQ, coveredL);
        }

        // Decide's rows and columns, made once and then again only for the row and column of the pair resolved (PairRows).
        Span<double> rowBests = stackalloc double[n];
        Span<bool> rowAny = stackalloc bool[n];
        Span<double> columnBest = stackalloc double[m];
        Span<byte> columnFlags = stackalloc byte[m];
        Span<double> gains = stackalloc double[n * m];
        var rows = new PairRows(queryWeight, listedWeights, listedFlags, u, strong, gains, rowBests, rowAny, columnBest, columnFlags) { Lambda = lambda };
        rows.All(options);
        var baseline = Baseline(queryWeight, listedWeights);
        while (Decide(in rows, querySignificant, baseline))
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
            rows.Pair(qi, lj, options);
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

        // Pairs that scoring never assigns (Dominated) are no pairs: their similarities are never worked out.
        Span<int> partner = stackalloc int[n];
        if (level == 2 && Dominated(ids, m, partner, out var coveredQ, out var coveredL))
        {
            for (var j = 0; j < m; j++)
            {
                var column = At(0, ids[j]);
                for (var i = 0; i < n; i++)
                {
                    var skip = (((coveredQ >> i) | (coveredL >> j)) & 1) != 0 && partner[i] != j;
                    (u[(i * m) + j], strong[(i * m) + j]) = skip ? (0, false) : Upper(column + i, i, listed[j], ids[j], words, level);
                }
            }
        }
        else
        {
            FillPairBounds(listed, ids, words, level, m, u, strong);
        }

        return Decide(queryWeights.AsSpan(0, n), querySignificant, listedWeights, listedFlags, u, strong);
    }

    // Makes the pairs Dominated found that scoring never assigns (a covered word's pairs but with its partner) no pairs: a bound of 0.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void NoPairs(Span<double> u, Span<bool> strong, int m, ReadOnlySpan<int> partner, ulong coveredQ, ulong coveredL)
    {
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if ((((coveredQ >> i) | (coveredL >> j)) & 1) != 0 && partner[i] != j)
                {
                    u[(i * m) + j] = 0;
                    strong[(i * m) + j] = false;
                }
            }
        }
    }

    // The pairs of the query name and a listed name (its first m word variants) that NameScorer.Compare certainly never assigns, from
    // what the memo holds (nothing is worked out here). Compare sorts the pairs by similarity, greatest first, and takes each whose
    // two words are both free. A pair known to have similarity 1 (equal words) whose two words have no other such pair is taken
    // (the "partner" of its query word); when every other pair that has one of those words is certainly under 1 (its similarity,
    // or a bound of it, under 1), each such pair comes after them and is never taken. Then those pairs' similarities change
    // nothing, and neither the filter (Bound) nor Compare needs them. False when no word is so covered, or a pair may tie.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool Dominated(ReadOnlySpan<int> ids, int m, Span<int> partner, out ulong coveredQ, out ulong coveredL)
    {
        coveredQ = 0;
        coveredL = 0;
        if (n > 64 || m > 64)
        {
            return false;
        }

        // Each listed word's row of the pair memo (its slot), or -1 when it has none for the query name, read a column at a time. An
        // equal pair is known (state 3) with similarity 1.
        Span<int> slots = stackalloc int[m];
        Span<int> countQ = stackalloc int[n];
        Span<int> countL = stackalloc int[m];
        countQ.Clear();
        countL.Clear();
        partner.Fill(-1);
        var states = state;
        var values = upper;
        var any = false;
        for (var j = 0; j < m; j++)
        {
            ref readonly var v = ref memo[ids[j]];
            var at = v.SlotMark == mark ? v.Slot * n : -1;
            slots[j] = at;
            if (at < 0)
            {
                continue;
            }

            for (var i = 0; i < n; i++)
            {
                if (states[at + i] == 3 && values[at + i] == 1.0)
                {
                    countQ[i]++;
                    countL[j]++;
                    partner[i] = j;
                    any = true;
                }
            }
        }

        if (!any)
        {
            return false;
        }

        for (var i = 0; i < n; i++)
        {
            if (countQ[i] == 1 && countL[partner[i]] == 1)
            {
                coveredQ |= 1UL << i;
                coveredL |= 1UL << partner[i];
            }
            else
            {
                partner[i] = -1;
            }
        }

        if (coveredQ == 0)
        {
            return false;
        }

        // Every other pair of a covered word certainly under 1: its value (a bound or the similarity) kept and under 1.
        for (var j = 0; j < m; j++)
        {
            var at = slots[j];
            var columnCovered = ((coveredL >> j) & 1) != 0;
            for (var i = 0; i < n; i++)
            {
                if ((columnCovered || ((coveredQ >> i) & 1) != 0) && partner[i] != j && (at < 0 || states[at + i] == 0 || !(values[at + i] < 1.0)))
                {
                    return false;
                }
            }
        }

        return true;
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

    // An upper bound of a fuzzy pair's similarity, max(0, 1 - penalty × distance ÷ longer) as NameScorer.Graded computes it, with a
    // multiplication by the length's inverse (a table) in place of the division, and 1e-12 more: the product and the quotient differ
    // by a few units in the last place (under 1e-15 where the similarity is over 0), so the bound is never under the similarity.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static double FuzzyBound(double penalty, double distance, int longer) =>
        double.MaxNative(0, 1 - (penalty * distance * ((uint)longer < (uint)Inverses.Length ? Inverses[longer] : 1.0 / longer)) + 1e-12);

    private static readonly double[] Inverses = [.. Enumerable.Range(0, 64).Select(k => 1.0 / k)];
}
