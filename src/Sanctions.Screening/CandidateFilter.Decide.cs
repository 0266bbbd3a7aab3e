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
        var o = options;
        var n = queryWeight.Length;
        var m = listedWeights.Length;
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        Span<double> columnBest = stackalloc double[m];
        Span<bool> columnAny = stackalloc bool[m];
        Span<bool> strongColumn = stackalloc bool[m];
        Span<double> rowBests = stackalloc double[n];
        columnAny.Clear();
        strongColumn.Clear();
        columnBest.Fill(double.NegativeInfinity);
        double baseline = 0;
        int strongWords = 0, queryMatched = 0;
        for (var j = 0; j < m; j++)
        {
            baseline -= lambda * f * listedWeights[j];
        }

        for (var i = 0; i < n; i++)
        {
            var wi = queryWeight[i];
            baseline -= lambda * f * wi;
            var rowBest = double.NegativeInfinity;
            var rowAny = false;
            for (var j = 0; j < m; j++)
            {
                var pair = u[(i * m) + j];
                if (pair <= 0)
                {
                    continue;
                }

                if ((listedFlags[j] & Counts) != 0)
                {
                    rowAny = true;
                    columnAny[j] = true;
                }

                if (strong[(i * m) + j] && (listedFlags[j] & Significant) != 0)
                {
                    strongColumn[j] = true;
                }

                var e = Gain(wi + listedWeights[j], pair, f);
                rowBest = Math.Max(rowBest, e);
                columnBest[j] = Math.Max(columnBest[j], e);
            }

            rowBests[i] = rowBest;
            queryMatched += rowAny ? 1 : 0;
        }

        int listedSignificant = 0, listedMatched = 0;
        for (var j = 0; j < m; j++)
        {
            listedSignificant += (listedFlags[j] & Significant) != 0 ? 1 : 0;
            listedMatched += columnAny[j] ? 1 : 0;
            strongWords += strongColumn[j] ? 1 : 0;
        }

        if (listedSignificant >= 2 && (strongWords == 0 || Math.Min(queryMatched, listedMatched) < 2) && o.SingleTokenCap < lambda - 1e-9)
        {
            return false;
        }

        // No k pairs add more than all the rows' (or columns') positive gains: when even that leaves the name under, it is (the
        // sorting below not needed; a margin for the sums' order).
        double positiveRows = 0, positiveColumns = 0;
        foreach (var r in rowBests)
        {
            positiveRows += Math.Max(0, r);
        }

        foreach (var c in columnBest)
        {
            positiveColumns += Math.Max(0, c);
        }

        if (baseline + Math.Min(positiveRows, positiveColumns) < -1e-9 - 1e-12)
        {
            return false;
        }

        // k pairs add at most the k best rows' (and columns') gains; and leave at least min(significant words) − k significant words
        // of each side standing in each other's place, which cost the mismatch factor rather than the missing one.
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

        return best >= -1e-9
            && !(listedSignificant >= 2 && (strongWords == 0 || Math.Min(queryMatched, listedMatched) < 2) && o.SingleTokenCap < lambda - 1e-9);
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
