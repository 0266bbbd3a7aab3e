using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: whether a name may reach the threshold, from its word pairs' bounds.
internal sealed partial class CandidateFilter
{
    // A listed word that counts as matched when it has a pair (not a stopword or legal form), for Decide.
    private const byte Counts = 8;

    // Whether a name may reach the threshold, from an upper bound of each word pair's similarity (u, row by query word) and whether
    // the pair may be a literal, transliterated, fuzzy or skeleton one: for words given as tokens (a name whose words Compare joins).
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decide(ReadOnlySpan<NameToken> q, ReadOnlySpan<NameToken> listed, ReadOnlySpan<double> u, ReadOnlySpan<bool> strong)
    {
        var o = options;
        Span<double> queryWeight = stackalloc double[q.Length];
        Span<double> listedWeights = stackalloc double[listed.Length];
        Span<byte> listedFlags = stackalloc byte[listed.Length];
        var significant = 0;
        for (var i = 0; i < q.Length; i++)
        {
            queryWeight[i] = o.WeightOf(q[i].Role);
            significant += q[i].IsSignificant ? 1 : 0;
        }

        for (var j = 0; j < listed.Length; j++)
        {
            listedWeights[j] = o.WeightOf(listed[j].Role);
            listedFlags[j] = ListedFlags(listed[j]);
        }

        return Decide(queryWeight, significant, listedWeights, listedFlags, u, strong);
    }

    // What Decide reads of a listed word's role: whether it counts as matched, whether it is significant.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static byte ListedFlags(NameToken t) =>
        (byte)((t.Role is not (TokenRole.Stopword or TokenRole.LegalForm) ? Counts : 0) | (t.IsSignificant ? Significant : 0));

    // The same from the words' weights and flags (ListedFlags): the query name's own words (queryWeights, querySignificant) and a
    // candidate's by variant (the memo's), read without their tokens.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decide(
        ReadOnlySpan<double> queryWeight, int querySignificant, ReadOnlySpan<double> listedWeights, ReadOnlySpan<byte> listedFlags, ReadOnlySpan<double> u,
        ReadOnlySpan<bool> strong)
    {
        var n = queryWeight.Length;
        var m = listedWeights.Length;
        Span<double> rowBests = stackalloc double[n];
        Span<bool> rowAny = stackalloc bool[n];
        Span<double> columnBest = stackalloc double[m];
        Span<byte> columnFlags = stackalloc byte[m];
        Span<double> gains = stackalloc double[n * m];
        var rows = new PairRows(queryWeight, listedWeights, listedFlags, u, strong, gains, rowBests, rowAny, columnBest, columnFlags) { Lambda = lambda };
        rows.All(options);
        return Decide(in rows, querySignificant, Baseline(queryWeight, listedWeights));
    }

    // −λ·f·(the weights of both names' words): the margin of a name with every word left over (summed as Decide always has).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Baseline(ReadOnlySpan<double> queryWeight, ReadOnlySpan<double> listedWeights)
    {
        var f = Math.Min(options.MissingFactor, options.MismatchFactor);
        double baseline = 0;
        foreach (var w in listedWeights)
        {
            baseline -= lambda * f * w;
        }

        foreach (var w in queryWeight)
        {
            baseline -= lambda * f * w;
        }

        return baseline;
    }

    // A column's flags in PairRows: some pair has a bound over 0 (and the listed word counts as matched); some such pair may be a
    // literal, transliterated, fuzzy or skeleton one (and the listed word is significant).
    private const byte AnyPair = 1;
    private const byte StrongPair = 2;

    // What Decide reads of a name's pair bounds (u, row by query word): each pair's gain (−∞ for a pair whose bound is 0), each row's
    // and each column's best gain and flags. Made whole (All), or again for one pair and its row and column after that pair's bound
    // changed (Pair: DistanceBound resolves pairs one at a time), with the same arithmetic, so Decide answers as if it had read u again.
    private readonly ref struct PairRows(
        ReadOnlySpan<double> queryWeight, ReadOnlySpan<double> listedWeights, ReadOnlySpan<byte> listedFlags, ReadOnlySpan<double> u, ReadOnlySpan<bool> strong,
        Span<double> gains, Span<double> rowBests, Span<bool> rowAny, Span<double> columnBest, Span<byte> columnFlags)
    {
        public readonly ReadOnlySpan<byte> ListedFlags = listedFlags;
        public readonly Span<double> RowBests = rowBests;
        public readonly Span<bool> RowAny = rowAny;
        public readonly Span<double> ColumnBest = columnBest;
        public readonly Span<byte> ColumnFlags = columnFlags;
        private readonly ReadOnlySpan<double> weights = queryWeight;
        private readonly ReadOnlySpan<double> listed = listedWeights;
        private readonly ReadOnlySpan<double> pairs = u;
        private readonly ReadOnlySpan<bool> strongs = strong;
        private readonly Span<double> gainsOf = gains;

        // The threshold the gains are taken at (the filter's).
        public double Lambda { get; init; }

        // Every pair's gain, then each row's and column's best and flags (as Row and Column make them). The spans are read into
        // locals first: the loops then keep them in registers.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void All(ScreeningOptions o)
        {
            var f = Math.Min(o.MissingFactor, o.MismatchFactor);
            var lambda = Lambda;
            var u = pairs;
            var gain = gainsOf;
            var strong = strongs;
            var queryWeight = weights;
            var listedWeights = listed;
            var flags = ListedFlags;
            var rowBests = RowBests;
            var rowAny = RowAny;
            var columnBest = ColumnBest;
            var columnFlags = ColumnFlags;
            var m = columnBest.Length;
            columnBest.Fill(double.NegativeInfinity);
            columnFlags.Clear();
            for (var i = 0; i < rowBests.Length; i++)
            {
                var wi = queryWeight[i];
                var best = double.NegativeInfinity;
                var any = false;
                var row = u.Slice(i * m, m);
                var rowGains = gain.Slice(i * m, m);
                var rowStrong = strong.Slice(i * m, m);
                for (var j = 0; j < m; j++)
                {
                    var pair = row[j];
                    if (pair <= 0)
                    {
                        rowGains[j] = double.NegativeInfinity;
                        continue;
                    }

                    var g = CandidateFilter.Gain(wi + listedWeights[j], pair, lambda, f);
                    rowGains[j] = g;
                    any |= (flags[j] & Counts) != 0;
                    best = Math.Max(best, g);
                    columnBest[j] = Math.Max(columnBest[j], g);
                    columnFlags[j] |= (byte)(AnyPair | (rowStrong[j] ? StrongPair : 0));
                }

                rowBests[i] = best;
                rowAny[i] = any;
            }

            // AnyPair for a listed word that counts as matched, StrongPair for a significant one (as Column).
            for (var j = 0; j < m; j++)
            {
                columnFlags[j] = (byte)(((columnFlags[j] & AnyPair) != 0 && (flags[j] & Counts) != 0 ? AnyPair : 0)
                    | ((columnFlags[j] & StrongPair) != 0 && (flags[j] & Significant) != 0 ? StrongPair : 0));
            }
        }

        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public void Pair(int i, int j, ScreeningOptions o)
        {
            var m = ColumnBest.Length;
            var pair = pairs[(i * m) + j];
            gainsOf[(i * m) + j] = pair > 0
                ? CandidateFilter.Gain(weights[i] + listed[j], pair, Lambda, Math.Min(o.MissingFactor, o.MismatchFactor))
                : double.NegativeInfinity;
            Row(i);
            Column(j);
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Row(int i)
        {
            var m = ColumnBest.Length;
            var best = double.NegativeInfinity;
            var any = false;
            for (var j = 0; j < m; j++)
            {
                var gain = gainsOf[(i * m) + j];
                if (double.IsNegativeInfinity(gain))
                {
                    continue;
                }

                any |= (ListedFlags[j] & Counts) != 0;
                best = Math.Max(best, gain);
            }

            RowBests[i] = best;
            RowAny[i] = any;
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        private void Column(int j)
        {
            var m = ColumnBest.Length;
            var best = double.NegativeInfinity;
            var any = false;
            var strongPair = false;
            for (var i = 0; i < RowBests.Length; i++)
            {
                var gain = gainsOf[(i * m) + j];
                if (double.IsNegativeInfinity(gain))
                {
                    continue;
                }

                any = true;
                strongPair |= strongs[(i * m) + j];
                best = Math.Max(best, gain);
            }

            ColumnBest[j] = best;
            ColumnFlags[j] = (byte)((any && (ListedFlags[j] & Counts) != 0 ? AnyPair : 0) | (strongPair && (ListedFlags[j] & Significant) != 0 ? StrongPair : 0));
        }
    }

    // Decide from a name's rows and columns (PairRows) and its baseline.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool Decide(in PairRows p, int querySignificant, double baseline)
    {
        var o = options;
        var n = p.RowBests.Length;
        var m = p.ColumnBest.Length;
        int strongWords = 0, queryMatched = 0, listedSignificant = 0, listedMatched = 0;
        for (var i = 0; i < n; i++)
        {
            queryMatched += p.RowAny[i] ? 1 : 0;
        }

        for (var j = 0; j < m; j++)
        {
            listedSignificant += (p.ListedFlags[j] & Significant) != 0 ? 1 : 0;
            listedMatched += (p.ColumnFlags[j] & AnyPair) != 0 ? 1 : 0;
            strongWords += (p.ColumnFlags[j] & StrongPair) != 0 ? 1 : 0;
        }

        if (listedSignificant >= 2 && (strongWords == 0 || Math.Min(queryMatched, listedMatched) < 2) && o.SingleTokenCap < lambda - 1e-9)
        {
            return false;
        }

        // No k pairs add more than all the rows' (or columns') positive gains: when even that leaves the name under, it is (the
        // sorting below not needed; a margin for the sums' order).
        double positiveRows = 0, positiveColumns = 0;
        foreach (var r in p.RowBests)
        {
            positiveRows += Math.Max(0, r);
        }

        foreach (var c in p.ColumnBest)
        {
            positiveColumns += Math.Max(0, c);
        }

        if (baseline + Math.Min(positiveRows, positiveColumns) < -1e-9 - 1e-12)
        {
            return false;
        }

        // k pairs add at most the k best rows' (and columns') gains; and leave at least min(significant words) − k significant words
        // of each side standing in each other's place, which cost the mismatch factor rather than the missing one.
        Span<double> rowBests = stackalloc double[n];
        Span<double> columnBest = stackalloc double[m];
        p.RowBests.CopyTo(rowBests);
        p.ColumnBest.CopyTo(columnBest);
        SortDescending(rowBests);
        SortDescending(columnBest);
        var conflictCost = o.MismatchFactor > o.MissingFactor ? lambda * (o.MismatchFactor - o.MissingFactor) * 2 * MinSignificantWeight(o) : 0;
        var pairsAtMost = Math.Min(n, m);
        var best = baseline - (conflictCost * Math.Min(querySignificant, listedSignificant));
        double rows = 0, columns = 0;
        for (var k = 1; k <= pairsAtMost && !double.IsNegativeInfinity(rowBests[k - 1]) && !double.IsNegativeInfinity(columnBest[k - 1]); k++)
        {
            rows += rowBests[k - 1];
            columns += columnBest[k - 1];
            best = Math.Max(best, baseline + Math.Min(rows, columns) - (conflictCost * Math.Max(0, Math.Min(querySignificant, listedSignificant) - k)));
        }

        return best >= -1e-9;
    }

    // A few numbers, greatest first (an insertion sort: a name has a handful of words).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void SortDescending(Span<double> values)
    {
        for (var k = 1; k < values.Length; k++)
        {
            var v = values[k];
            var at = k - 1;
            while (at >= 0 && values[at] < v)
            {
                values[at + 1] = values[at];
                at--;
            }

            values[at + 1] = v;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MinSignificantWeight(ScreeningOptions o) => Math.Min(o.NameWeight, Math.Min(o.FamilyWeight, o.NumberWeight));
}
