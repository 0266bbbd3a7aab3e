using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: what one listed word variant gives against the whole query name, kept for the query name (a word met
// in many candidate names is worked out once), and the bound and join test made of it alone.
internal sealed partial class CandidateFilter
{
    private const byte ColumnAny = 1;
    private const byte ColumnStrong = 2;
    private const byte Significant = 4;

    // The variant's column (Best, ColumnAny, ColumnStrong) is made for the query name.
    private const byte ColumnMade = 16;

    // Some pair of the variant with the query name was known at similarity 1 when its column was made (an equal word): only a name
    // with such a word can have pairs that scoring never assigns (Dominated), which DistanceBound looks for only then.
    private const byte OnePair = 32;

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

        // The word's role (TokenRole), whose weight is roleWeights[Role]: 32 bytes a variant, not 40 with the weight itself.
        public byte Role;
        public double Best;
    }

    // Each role's weight under the filter's options (ScreeningOptions.WeightOf), by TokenRole.
    private readonly double[] roleWeights = new double[RoleCount];

    private const int RoleCount = 8;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double WeightOf(in VariantMemo v) => roleWeights[v.Role];

    // The variant's letters, length, weight, role and flags; and whether the query's neighbouring words may join into a word near it
    // (MayJoin one listed word at a time: it holds for a name when it holds for one of its words; only a variant within one letter
    // of some joined length can be). Its column is made apart (FillColumn), only for the names that need it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Fill(ref VariantMemo v, int id, WordData words)
    {
        ref readonly var info = ref words.Info[id];
        var word = info.Token;
        v.Mark = mark;
        v.Mask = info.Mask;
        v.Length = info.Length;
        v.Role = (byte)word.Role;
        v.JoinNear = (info.Length > 62 || (joinLengths & (1UL << info.Length)) != 0) && QueryJoinNear(word, v.Length, v.Mask);
        if (v.JoinNear && joinsExact)
        {
            // Which joins are near it, exactly (MergeQuery reads them): JoinNear only when some is.
            var bits = NearJoinBits(word);
            v.JoinNear = bits != 0;
            if (bits != 0)
            {
                nearJoins[id] = bits;
            }
        }
        v.Flags = ListedFlags(word);
    }

    // The variant's column (MakeColumn): its best gain against the query name and its flags.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void FillColumn(ref VariantMemo v, int id, WordData words)
    {
        var (best, flags) = MakeColumn(in words.Info[id], id, roleWeights[v.Role]);
        v.Best = best;
        v.Flags |= (byte)(flags | ColumnMade);
    }

    // Decide's bound from the listed side alone: the columns' gains without the rows' (Decide takes the smaller of the two sums, so
    // this is at least Decide's bound), and the listed side's part of the single-token cap (a name whose words can give no literal
    // or fuzzy pair, or fewer than two pairs, stays at the cap). False only when Decide over the same pair bounds is false too.
    // The columns not made yet for the query name are made here, as far as needed: first each counts at the most any column of its
    // weight can be (every listed word as if it met the heaviest query word exactly: WeightGain), and the name is dropped as soon as
    // even the sum of its positive columns leaves it under; most names so dropped need few or none of their columns made.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ColumnBound(ReadOnlySpan<int> ids, WordData words)
    {
        var o = options;
        var m = Math.Min(ids.Length, NameScorer.MaxTokens);
        Span<double> columns = stackalloc double[m];
        var weight = queryWeight;
        double positive = 0;
        var missing = 0;
        for (var j = 0; j < m; j++)
        {
            ref readonly var v = ref memo[ids[j]];
            var wj = WeightOf(in v);
            weight += wj;
            var made = (v.Flags & ColumnMade) != 0;
            columns[j] = made ? v.Best : WeightGain(wj);
            positive += Math.Max(0, columns[j]);
            missing += made ? 0 : 1;
        }

        // (A margin for the sums' order, as below: the columns here are at least those made, so a name dropped here would be.)
        var baseline = -lambda * minFactor * weight;
        if (baseline + positive < -1e-9 - 1e-12)
        {
            return false;
        }

        for (var j = 0; j < m && missing > 0; j++)
        {
            ref var v = ref memo[ids[j]];
            if ((v.Flags & ColumnMade) != 0)
            {
                continue;
            }

            FillColumn(ref v, ids[j], words);
            positive += Math.Max(0, v.Best) - Math.Max(0, columns[j]);
            columns[j] = v.Best;
            missing--;
            if (baseline + positive < -1e-9 - 1e-12)
            {
                return false;
            }
        }

        int listedSignificant = 0, listedMatched = 0, strongWords = 0;
        for (var j = 0; j < m; j++)
        {
            var flags = memo[ids[j]].Flags;
            listedSignificant += (flags & Significant) != 0 ? 1 : 0;
            listedMatched += (flags & ColumnAny) != 0 ? 1 : 0;
            strongWords += (flags & ColumnStrong) != 0 ? 1 : 0;
        }

        if (listedSignificant >= 2 && (strongWords == 0 || listedMatched < 2) && o.SingleTokenCap < lambda - 1e-9)
        {
            return false;
        }

        // (The query side's test only where it may be the tighter one: a query name of no more words than the listed name.)
        return ColumnsReach(columns, weight, listedSignificant) && (n > m || RowsReach(ids, m));
    }

    // Decide's first test from the query side, before DistanceBound makes its tables: each query word's best gain over the name's
    // words from the pair bounds the columns left in the memo (the same numbers Decide reads at level 0), and the name dropped when
    // even the sum of the positive ones leaves it under (Decide would drop it on the same sum: most names that do, do so here).
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool RowsReach(ReadOnlySpan<int> ids, int m)
    {
        Span<double> listedWeights = stackalloc double[m];
        Span<int> columns = stackalloc int[m];
        for (var j = 0; j < m; j++)
        {
            ref readonly var v = ref memo[ids[j]];
            listedWeights[j] = WeightOf(in v);
            columns[j] = v.Slot * n;
        }

        var queryWeight = queryWeights.AsSpan(0, n);
        var f = minFactor;
        double positive = 0;
        for (var i = 0; i < queryWeight.Length; i++)
        {
            var best = double.NegativeInfinity;
            for (var j = 0; j < m; j++)
            {
                var pair = upper[columns[j] + i];
                if (pair > 0)
                {
                    best = Math.Max(best, Gain(queryWeight[i] + listedWeights[j], pair, f));
                }
            }

            positive += Math.Max(0, best);
        }

        return Baseline(queryWeight, listedWeights) + positive >= -1e-9 - 1e-12;
    }

    // The most a column of a listed word of weight wj can be: its word paired with the heaviest query word at the greatest
    // similarity any pair can have.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double WeightGain(double wj) => Gain(queryHeaviest + wj, topSimilarity, minFactor);

    // Whether the best k columns (each an upper bound of what pairs in that listed word add) may lift a name of these words' weight
    // (both sides) to the threshold, for some k.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ColumnsReach(Span<double> columns, double weight, int listedSignificant) =>
        ColumnsReach(columns, weight, listedSignificant, n, querySignificant, lambda, options);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool ColumnsReach(Span<double> columns, double weight, int listedSignificant, int n, int querySignificant, double lambda, ScreeningOptions o)
    {
        var m = columns.Length;
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        var baseline = -lambda * f * weight;
        double positive = 0;
        var positives = 0;
        foreach (var c in columns)
        {
            positive += Math.Max(0, c);
            positives += c > 0 ? 1 : 0;
        }

        // No k pairs add more than all the positive columns: when even that leaves the name under, it is (no sorting; a margin for
        // the sum's order).
        if (baseline + positive < -1e-9 - 1e-12)
        {
            return false;
        }

        var conflictCost = o.MismatchFactor > o.MissingFactor ? lambda * (o.MismatchFactor - o.MissingFactor) * 2 * MinSignificantWeight(o) : 0;
        var pairs = Math.Min(querySignificant, listedSignificant);

        // The best over k below is at least its value at k = the number of positive columns, when that is at most min(n, m) (the
        // sorted columns' first k are then the positive ones, whose sum is `positive`): when that value reaches, the name may, with
        // no sorting (most names that pass do so here).
        if (positives <= Math.Min(n, m) && baseline + positive - (conflictCost * Math.Max(0, pairs - positives)) >= -1e-9)
        {
            return true;
        }

        // And at most all the positive columns with the conflicts' cost at k = min(n, m), the least it is over the k below: when even
        // that leaves the name under, it is (a margin for the sum's order, as above).
        if (baseline + positive - (conflictCost * Math.Max(0, pairs - Math.Min(n, m))) < -1e-9 - 1e-12)
        {
            return false;
        }

        SortDescending(columns);
        var best = baseline - (conflictCost * pairs);
        double sum = 0;
        for (var k = 1; k <= Math.Min(n, m) && !double.IsNegativeInfinity(columns[k - 1]); k++)
        {
            sum += columns[k - 1];
            best = Math.Max(best, baseline + sum - (conflictCost * Math.Max(0, pairs - k)));
        }

        return best >= -1e-9;
    }

    // ColumnBound's first test for two names given as words (the property tests): false when, every listed word counted at the most
    // its column can be (WeightGain), the sum of the positive columns leaves the listed name under lambda against the query name (as
    // long as no words are joined).
    internal static bool WeightsMayReach(NameToken[] query, NameToken[] listed, double lambda, ScreeningOptions o)
    {
        var n = Math.Min(query.Length, NameScorer.MaxTokens);
        var m = Math.Min(listed.Length, NameScorer.MaxTokens);
        double weight = 0, heaviest = 0;
        for (var i = 0; i < n; i++)
        {
            weight += o.WeightOf(query[i].Role);
            heaviest = Math.Max(heaviest, o.WeightOf(query[i].Role));
        }

        var top = TopSimilarity(o);
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        double positive = 0;
        for (var j = 0; j < m; j++)
        {
            var wj = o.WeightOf(listed[j].Role);
            weight += wj;
            positive += Math.Max(0, Gain(heaviest + wj, top, lambda, f));
        }

        return -lambda * f * weight + positive >= -1e-9 - 1e-12;
    }

    // The greatest similarity a word pair can have under the options (1 for a literal pair with the defaults).
    internal static double TopSimilarity(ScreeningOptions o) =>
        Math.Max(Math.Max(1, Math.Max(o.PhoneticScore, o.SkeletonScore)), Math.Max(Math.Max(o.InitialScore, o.LegalFormScore), o.PartialFactor));

    // A listed word variant against every query word, with the bounds that need no distance (Upper at level 0, memoised as Bound
    // reads them): its best gain, whether any pair counts as a matched word, whether any may be literal, transliterated or fuzzy.
    // The usual pair (two plain words of the Latin script) is bounded here from the query's words as numbers (QueryWord, LatinBound);
    // any other by UpperSimilarityAndKind.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Best, byte Flags) MakeColumn(in VariantInfo w, int id, double wj)
    {
        var o = options;
        var listed = w.Token;
        var f = Math.Min(o.MissingFactor, o.MismatchFactor);
        var best = double.NegativeInfinity;
        var column = At(0, id);
        var lLength = w.Length;
        var lMask = w.Mask;
        var lText = listed.Text;
        var lPhonetic = w.Phonetic;
        var lNameOrFamily = listed.Role is TokenRole.Name or TokenRole.Family;
        var lLatin = listed.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword && !listed.Transliterated && lLength <= 40;
        var anyPair = false;
        var anyStrong = false;
        var anyOne = false;
        var words = queryWords.AsSpan(0, n);
        var uppers = upper.AsSpan(column, n);
        var strongs = this.strongs.AsSpan(column, n);
        var kinds = this.kinds.AsSpan(column, n);
        var states = state.AsSpan(column, n);
        for (var i = 0; i < words.Length; i++)
        {
            ref readonly var q = ref words[i];
            double pair;
            bool strong;
            if (lLatin && q.Latin && !ReferenceEquals(q.ListedText, lText)
                && LatinBound(q.Length, q.Mask, q.PhoneticRole, q.NameOrFamily, lLength, lMask, lNameOrFamily, q.SoundListed && ReferenceEquals(q.Phonetic, lPhonetic),
                    o, out pair, out strong, out var known, out var kind))
            {
                uppers[i] = pair;
                strongs[i] = strong;
                kinds[i] = kind;
                states[i] = known || pair <= 0 ? (byte)3 : (byte)1;
            }
            else
            {
                (pair, strong) = Upper(column + i, i, listed, id, wordData, 0);
            }

            anyOne |= states[i] == 3 && uppers[i] == 1.0;
            if (pair <= 0)
            {
                continue;
            }

            anyPair = true;
            anyStrong |= strong;
            best = Math.Max(best, Gain(q.Weight + wj, pair, f));
        }

        byte flags = 0;
        flags |= anyPair && listed.Role is not (TokenRole.Stopword or TokenRole.LegalForm) ? ColumnAny : (byte)0;
        flags |= anyStrong && listed.IsSignificant ? ColumnStrong : (byte)0;
        flags |= anyOne ? OnePair : (byte)0;
        return (best, flags);
    }

    // UpperSimilarityAndKind for two plain words (name, family name, particle or stopword) of the Latin script (neither transliterated),
    // of different texts and 40 letters or fewer, from their lengths, letters, roles and whether their phonetic keys are equal; false
    // for the pairs it leaves to UpperSimilarityAndKind (words of two or three letters, far apart in length: maybe one cut short).
    // The filter's usual pair, worked out here from numbers alone.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool LatinBound(
        int qLength, uint qMask, bool qPhoneticRole, bool qNameOrFamily, int lLength, uint lMask, bool lNameOrFamily, bool samePhonetic, ScreeningOptions o,
        out double upper, out bool strong, out bool known, out MatchKind kind)
    {
        var shorter = Math.Min(qLength, lLength);
        var longer = Math.Max(qLength, lLength);
        kind = MatchKind.Unmatched;
        if (longer - shorter <= MaxGap(shorter))
        {
            // Different words are at least 0.3 apart (the cheapest edit); their letters (PresenceBound) or lengths (LengthBound) may put
            // them further. Within the budget at best a fuzzy pair; over it, what OverBudget leaves (a partial or phonetic pair; no
            // skeleton in one script). The maxima of numbers that are never NaN are the processor's own (MaxNative).
            var budget = TokenSimilarity.Budget(shorter);
            var distance = double.MaxNative(double.MaxNative(0.3, TokenSimilarity.PresenceBound(qMask, lMask)), TokenSimilarity.LengthBound(longer - shorter, qMask, lMask));
            known = false;
            strong = distance <= budget + 1e-9;
            if (strong && o.PartialFactor <= 1)
            {
                // Within the budget the fuzzy pair's bound is at least the partial one's (a distance no greater, and a factor of 1 or
                // less: the same arithmetic, each step monotone), so it is the bound with the phonetic pair's: one division, not two.
                upper = FuzzyBound(o.FuzzyPenalty, distance, longer);
                if (qPhoneticRole && samePhonetic)
                {
                    upper = double.MaxNative(upper, o.PhoneticScore);
                }

                return true;
            }

            var reach = double.MaxNative(distance, budget);
            var over = reach <= (2 * budget) + 1e-9 ? FuzzyBound(o.FuzzyPenalty, reach, longer) * o.PartialFactor : 0;
            if (qPhoneticRole && samePhonetic)
            {
                over = double.MaxNative(over, o.PhoneticScore);
            }

            upper = strong ? double.MaxNative(FuzzyBound(o.FuzzyPenalty, distance, longer), over) : over;
            return true;
        }

        strong = false;
        known = true;
        upper = 0;
        if (shorter is 2 or 3 && qNameOrFamily && lNameOrFamily)
        {
            // Maybe a word cut short: NameScorer.Similarity tells.
            return false;
        }

        // Too different in length for a distance, no word cut short, no skeleton: a phonetic pair or nothing.
        if (0 < o.PhoneticScore && shorter >= 3 && qPhoneticRole && samePhonetic)
        {
            upper = o.PhoneticScore;
            kind = MatchKind.Phonetic;
        }

        return true;
    }

    // LatinBound for two words (the property tests): null where it leaves the pair to UpperSimilarityAndKind.
    internal static (double Upper, bool Strong, bool Known, MatchKind Kind)? LatinBoundOf(NameToken q, NameToken l, bool samePhonetic, ScreeningOptions o) =>
        LatinBound(q.Text.Length, TokenSimilarity.LetterMask(q.Text), q.Role is not (TokenRole.Particle or TokenRole.Stopword), q.Role is TokenRole.Name or TokenRole.Family,
            l.Text.Length, TokenSimilarity.LetterMask(l.Text), l.Role is TokenRole.Name or TokenRole.Family, samePhonetic, o, out var upper, out var strong, out var known, out var kind)
            ? (upper, strong, known, kind)
            : null;

    // 2 × budget ÷ 0.3 by the shorter word's length: the widest gap in length at which a pair of plain words is bounded by its letters
    // (UpperSimilarityAndKind's test, the same arithmetic).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double MaxGap(int shorter) => shorter < Gaps.Length ? Gaps[shorter] : 2 * TokenSimilarity.Budget(shorter) / 0.3;

    private static readonly double[] Gaps = [.. Enumerable.Range(0, 42).Select(s => 2 * TokenSimilarity.Budget(s) / 0.3)];

    // A query word as MakeColumn reads it: its length, letters and weight; whether it is a plain word of the Latin script (name,
    // family name, particle or stopword, not transliterated, 40 letters or fewer), a name or family name, and may pair by sound; its
    // text's and phonetic key's instances among the variants' (null, and SoundListed false, when no variant has them).
    private readonly record struct QueryWord(
        int Length, uint Mask, double Weight, bool Latin, bool NameOrFamily, bool PhoneticRole, bool SoundListed, string? ListedText, string Phonetic);

    // The query name's words (QueryWord) and the lengths, within one letter, of its joined words (QueryJoinNear), as bits.
    private QueryWord[] queryWords = [];
    private double[] queryWeights = [];
    private ulong joinLengths;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartColumns(NameToken[] words)
    {
        Ensure(ref queryWeights, n);
        Ensure(ref queryWords, n);
        for (var i = 0; i < n; i++)
        {
            var q = words[i];
            queryWeights[i] = options.WeightOf(q.Role);
            queryWords[i] = new QueryWord(
                q.Text.Length, queryMasks[i], queryWeights[i],
                q.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword && !q.Transliterated && q.Text.Length <= 40,
                q.Role is TokenRole.Name or TokenRole.Family, q.Role is not (TokenRole.Particle or TokenRole.Stopword or TokenRole.LegalForm),
                querySoundListed[i], queryListedText[i], queryPhonetic[i]);
        }

        joinLengths = 0;
        for (var k = 0; k < joinCount; k++)
        {
            for (var length = joins[k].Length - 1; length <= joins[k].Length + 1; length++)
            {
                joinLengths |= length is >= 0 and <= 62 ? 1UL << length : 0;
            }
        }
    }

    // NameScorer.MayJoin(listed, query) from the listed words' lengths by variant id: whether two or three neighbouring listed words
    // together are about as long as a query word.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MayJoinByLength(ReadOnlySpan<int> ids)
    {
        for (var i = 0; i + 1 < ids.Length; i++)
        {
            var length = memo[ids[i]].Length + memo[ids[i + 1]].Length;
            if (NearQueryLength(length) || (i + 2 < ids.Length && NearQueryLength(length + memo[ids[i + 2]].Length)))
            {
                return true;
            }
        }

        return false;
    }

    // The lengths within one letter of some query word's (all of the query name's words), as bits (0 to 63).
    private ulong queryNearLengths;

    // Whether some query word (all of the query name's words) is within one letter of this length.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool NearQueryLength(int length)
    {
        if (length <= 63)
        {
            return ((queryNearLengths >> length) & 1) != 0;
        }

        foreach (var t in queryLengths.AsSpan(0, queryLengthCount))
        {
            if (Math.Abs(t - length) <= 1)
            {
                return true;
            }
        }

        return false;
    }
}
