using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: what one listed word variant gives against the whole query name, kept for the query name (a word met
// in many candidate names is worked out once), and the bound and join test made of it alone.
internal sealed partial class CandidateFilter
{
    private const byte ColumnAny = 1;
    private const byte ColumnStrong = 2;
    private const byte Significant = 4;

    // A listed word variant against the query name: made when the variant is first met for the query name (Mark), kept in one place
    // (a candidate's words are looked up at random among tens of thousands of variants: one cache line each, not one an array).
    private struct VariantMemo
    {
        // The query name (CandidateFilter.mark) the column below was made for, and the one its row of the pair memo (Slot) was.
        public int Mark;
        public int SlotMark;
        public int Slot;
        public int Length;
        public uint Mask;
        public bool JoinNear;
        public byte Flags;
        public double Weight;
        public double Best;
    }

    // The variant's letters, length, weight and role; whether the query's neighbouring words may join into a word near it
    // (MayJoin one listed word at a time: it holds for a name when it holds for one of its words); and its column.
    private void Fill(ref VariantMemo v, int id, WordData words)
    {
        ref readonly var info = ref words.Info[id];
        var word = info.Token;
        v.Mark = mark;
        v.Mask = info.Mask;
        v.Length = info.Length;
        v.Weight = options.WeightOf(word.Role);
        v.JoinNear = QueryJoinNear(word, v.Length, v.Mask);
        var (best, flags) = MakeColumn(word, id, words);
        v.Best = best;
        v.Flags = (byte)(flags | (word.IsSignificant ? Significant : 0));
    }

    // Decide's bound from the listed side alone: the columns' gains without the rows' (Decide takes the smaller of the two sums, so
    // this is at least Decide's bound), and the listed side's part of the single-token cap (a name whose words can give no literal
    // or fuzzy pair, or fewer than two pairs, stays at the cap). False only when Decide over the same pair bounds is false too.
    [SkipLocalsInit]
    private bool ColumnBound(ReadOnlySpan<int> ids)
    {
        var o = options;
        var m = Math.Min(ids.Length, NameScorer.MaxTokens);
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        Span<double> columns = stackalloc double[m];
        var weight = queryWeight;
        int listedSignificant = 0, listedMatched = 0, strongWords = 0;
        for (var j = 0; j < m; j++)
        {
            ref readonly var v = ref memo[ids[j]];
            weight += v.Weight;
            columns[j] = v.Best;
            listedSignificant += (v.Flags & Significant) != 0 ? 1 : 0;
            listedMatched += (v.Flags & ColumnAny) != 0 ? 1 : 0;
            strongWords += (v.Flags & ColumnStrong) != 0 ? 1 : 0;
        }

        if (listedSignificant >= 2 && (strongWords == 0 || listedMatched < 2) && o.SingleTokenCap < lambda - 1e-9)
        {
            return false;
        }

        SortDescending(columns);
        var baseline = -lambda * f * weight;
        var conflictCost = o.MismatchFactor > o.MissingFactor ? lambda * (o.MismatchFactor - o.MissingFactor) * 2 * MinSignificantWeight(o) : 0;
        var pairs = Math.Min(querySignificant, listedSignificant);
        var best = baseline - (conflictCost * pairs);
        double sum = 0;
        for (var k = 1; k <= Math.Min(n, m) && !double.IsNegativeInfinity(columns[k - 1]); k++)
        {
            sum += columns[k - 1];
            best = Math.Max(best, baseline + sum - (conflictCost * Math.Max(0, pairs - k)));
        }

        return best >= -1e-9;
    }

    // A listed word variant against every query word, with the bounds that need no distance (Upper at level 0, memoised as Bound
    // reads them): its best gain, whether any pair counts as a matched word, whether any may be literal, transliterated or fuzzy.
    private (double Best, byte Flags) MakeColumn(NameToken listed, int id, WordData words)
    {
        var o = options;
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        var wj = o.WeightOf(listed.Role);
        var best = double.NegativeInfinity;
        byte flags = 0;
        var column = At(0, id);
        for (var i = 0; i < n; i++)
        {
            var (pair, strong) = Upper(column + i, i, listed, id, words, 0);
            if (pair <= 0)
            {
                continue;
            }

            if (listed.Role is not (TokenRole.Stopword or TokenRole.LegalForm))
            {
                flags |= ColumnAny;
            }

            if (strong && listed.IsSignificant)
            {
                flags |= ColumnStrong;
            }

            best = Math.Max(best, Gain(o.WeightOf(query[i].Role) + wj, pair, f));
        }

        return (best, flags);
    }

    // NameScorer.MayJoin(listed, query) from the listed words' lengths by variant id: whether two or three neighbouring listed words
    // together are about as long as a query word.
    private bool MayJoinByLength(ReadOnlySpan<int> ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            var length = memo[ids[i]].Length + memo[ids[i + 1]].Length;
            var three = i + 2 < ids.Length ? length + memo[ids[i + 2]].Length : -10;
            foreach (var t in queryLengths.AsSpan(0, queryLengthCount))
            {
                if (Math.Abs(t - length) <= 1 || Math.Abs(t - three) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }
}
