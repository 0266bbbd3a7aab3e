namespace Sanctions.Screening;

// The candidate filter, part: what one listed word variant gives against the whole query name, kept for the query name (a word met
// in many candidate names is worked out once), and the bound and join test made of it alone.
internal sealed partial class CandidateFilter
{
    private const byte ColumnAny = 1;
    private const byte ColumnStrong = 2;

    // Decide's bound from the listed side alone: the columns' gains without the rows' (Decide takes the smaller of the two sums, so
    // this is at least Decide's bound), and the listed side's part of the single-token cap (a name whose words can give no literal
    // or fuzzy pair, or fewer than two pairs, stays at the cap). False only when Decide over the same pair bounds is false too.
    private bool ColumnBound(ReadOnlySpan<int> ids, WordData words)
    {
        var o = options;
        var m = Math.Min(ids.Length, NameScorer.MaxTokens);
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        Span<double> columns = stackalloc double[m];
        var weight = queryWeight;
        int listedSignificant = 0, listedMatched = 0, strongWords = 0;
        for (var j = 0; j < m; j++)
        {
            var id = ids[j];
            var word = words.Tokens[id];
            if (columnStamp[id] != mark)
            {
                MakeColumn(word, id, words);
            }

            weight += o.WeightOf(word.Role);
            columns[j] = columnBest[id];
            listedSignificant += word.IsSignificant ? 1 : 0;
            listedMatched += (columnFlags[id] & ColumnAny) != 0 ? 1 : 0;
            strongWords += (columnFlags[id] & ColumnStrong) != 0 ? 1 : 0;
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
    private void MakeColumn(NameToken listed, int id, WordData words)
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

            best = Math.Max(best, (o.WeightOf(query[i].Role) + wj) * (((pair - lambda) / 2) + (lambda * f)));
        }

        columnStamp[id] = mark;
        columnBest[id] = best;
        columnFlags[id] = flags;
    }

    // MayJoin(query, listed), one listed word at a time (MayJoin and MayBeNear hold for a name when they hold for one of its words),
    // each word variant's answer kept for the query name.
    private bool QueryMayJoin(ReadOnlySpan<int> ids, ReadOnlySpan<uint> listedMasks, WordData words)
    {
        for (var j = 0; j < ids.Length; j++)
        {
            var id = ids[j];
            if (joinStamp[id] != mark)
            {
                joinStamp[id] = mark;
                joinNear[id] = MayJoin(query, queryMasks, words.Tokens.AsSpan(id, 1), listedMasks.Slice(j, 1), options);
            }

            if (joinNear[id])
            {
                return true;
            }
        }

        return false;
    }

    // NameScorer.MayJoin(listed, query) from the listed words' lengths by variant id: whether two or three neighbouring listed words
    // together are about as long as a query word.
    private bool MayJoinByLength(ReadOnlySpan<int> ids, WordData words)
    {
        var lengths = words.Lengths;
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            var length = lengths[ids[i]] + lengths[ids[i + 1]];
            var three = i + 2 < ids.Length ? length + lengths[ids[i + 2]] : -10;
            foreach (var t in queryLengths)
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
