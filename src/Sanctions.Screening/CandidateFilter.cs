using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// Drops, before any scoring, the candidates whose name score certainly stays under the threshold a query needs: an upper bound of
// NameScorer.Compare's score, from an upper bound of each word pair's similarity. It never drops a candidate that Compare would score
// at or above the threshold (the differential test checks the screener against the brute-force scan), so it changes no result.
//
// The bound. Compare's score is the weighted mean Σa / Σb over the words of both sides: a word in a pair of similarity s adds
// (w/2)·s to a and w/2 to b (a pair weighs the mean of its two words), a word left over adds 0 to a and w·f to b (f the missing or
// mismatch factor). The score reaches λ only if Σ(a − λb) ≥ 0. Relative to "every word left over" (−λ·f·Σw, f the smaller factor),
// a pair (i, j) adds at most e(i, j) = (wᵢ + wⱼ)·((u(i, j) − λ)/2 + λf), u an upper bound of its similarity; a one-to-one
// assignment adds at most the sum of each query word's best e (or of each listed word's best), and the smaller of the two is
// the bound. The caps are bounds too: a listed name of two significant words or more whose words can give no literal or fuzzy
// pair, or fewer than two pairs, stays at the single-token cap; a weak alias at the weak-alias cap.
//
// The pair bound (UpperSimilarity) mirrors NameScorer.Similarity; only where the weighted distance is certainly over the budget
// (PresenceBound) does it skip the distance, and then bounds what is left (a partial or phonetic pair) from above. Each pair's
// bound or similarity is kept for the query name by listed word variant (the memo), and Compare reads the similarities from it.
// A name whose words Compare joins (abd al rahman / abdulrahman) is bounded over the joined words, by the bounds without distance.
internal sealed partial class CandidateFilter
{
    private readonly VariantMemo[] memo;
    private double queryWeight;
    private int querySignificant;
    private bool queryHasNumber;
    private int[] queryLengths = [];
    private int queryLengthCount;
    private int mark;
    private double[] upper = new double[256];
    private byte[] state = new byte[256];
    private bool[] strongs = new bool[256];
    private MatchKind[] kinds = new MatchKind[256];
    private int slots;
    private NameToken[] query = [];
    private uint[] queryMasks = [];
    private string[] queryPhonetic = [];
    private string?[] queryListedText = [];
    private bool[] querySoundListed = [];
    private int n;
    private double lambda;

    // The heaviest query word's weight, the greatest similarity a pair can have under the options, and the least of the missing and
    // mismatch factors (WeightGain).
    private double queryHeaviest;
    private double topSimilarity;
    private double minFactor;

    // What a pair of similarity at most pair adds to a name's margin over the threshold, for the pair's two weights together and
    // the least of the missing and mismatch factors (f): one formula for the column bound and for Decide, which the column bound
    // must never go under.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private double Gain(double weights, double pair, double f) => Gain(weights, pair, lambda, f);

    // The same at a threshold given (WeightsMayReach, for the property tests, uses this one formula too).
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static double Gain(double weights, double pair, double lambda, double f) => weights * (((pair - lambda) / 2) + (lambda * f));

    private ScreeningOptions options = ScreeningOptions.Default;
    private WordData wordData = new([], [], [], [], []);

    // The managed thread that last gave the filter back (Screener.RentFilters gives a thread its own filter again when idle).
    public int LastThread { get; set; }

    public CandidateFilter(int variants)
    {
        memo = new VariantMemo[variants];
    }

    // How many variant ids the memo holds.
    public int Capacity => memo.Length;

    // Whether the bound may drop candidates at all under these options (weights and factors of the usual signs).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static bool Applies(ScreeningOptions o) =>
        o.FuzzyPenalty >= 0 && o.PartialFactor >= 0 && o.MissingFactor > 0 && o.MismatchFactor > 0 && o.NameWeight >= 0 && o.FamilyWeight >= 0
        && o.InitialWeight >= 0 && o.ParticleWeight >= 0 && o.LegalFormWeight >= 0 && o.StopwordWeight >= 0 && o.NumberWeight >= 0;

    // Starts a query name: its words and the score a candidate must reach (the threshold less what qualifiers could add).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Start(NameToken[] words, double threshold, ScreeningOptions o, WordData listedWords)
    {
        options = o;
        for (var r = 0; r < RoleCount; r++)
        {
            roleWeights[r] = o.WeightOf((TokenRole)r);
        }

        wordData = listedWords;
        query = words;
        n = Math.Min(words.Length, NameScorer.MaxTokens);
        lambda = threshold;
        // Every word's letters (whether words join reads them all); the rest for the words compared (n). The arrays are the filter's,
        // used again by its next query name when long enough (only their first words are read).
        Ensure(ref queryMasks, words.Length);
        Ensure(ref queryPhonetic, n);
        Ensure(ref queryListedText, n);
        Ensure(ref querySoundListed, n);
        queryWeight = 0;
        queryHeaviest = 0;
        topSimilarity = TopSimilarity(o);
        minFactor = Math.Min(o.MissingFactor, o.MismatchFactor);
        querySignificant = 0;
        queryHasNumber = Array.Exists(words, t => t.Role == TokenRole.Number);
        if (queryLengths.Length < words.Length)
        {
            queryLengths = new int[words.Length];
        }

        queryLengthCount = words.Length;
        queryNearLengths = 0;
        for (var i = 0; i < words.Length; i++)
        {
            queryLengths[i] = words[i].Text.Length;
            for (var length = words[i].Text.Length - 1; length <= words[i].Text.Length + 1; length++)
            {
                queryNearLengths |= length is >= 0 and <= 63 ? 1UL << length : 0;
            }

            queryMasks[i] = TokenSimilarity.LetterMask(words[i].Text);
        }

        StartJoins(words);
        for (var i = 0; i < n; i++)
        {
            // The query word's text and phonetic key as the variants' instances when some variant has them: then a pair's texts or
            // keys are equal exactly when they are the same instance, and the listed word's strings need not be read to tell.
            var listedSound = listedWords.ListedSoundOf(words[i].Text);
            queryPhonetic[i] = listedSound ?? TokenSimilarity.Phonetic(words[i].Text);
            querySoundListed[i] = listedSound is not null;
            queryListedText[i] = listedWords.ListedText(words[i].Text);
            queryWeight += o.WeightOf(words[i].Role);
            queryHeaviest = Math.Max(queryHeaviest, o.WeightOf(words[i].Role));
            querySignificant += words[i].IsSignificant ? 1 : 0;
        }

        StartColumns(words);
        StartReaches(words);

        if (++mark == int.MaxValue)
        {
            Array.Clear(memo);
            mark = 1;
        }

        slots = 0;
    }

    // An array of at least `length` items: this one, or a new one when it is shorter.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length)
        {
            array = new T[Math.Max(length, 8)];
        }
    }

    // False when the listed name certainly scores under the threshold; true when it may reach it. The name's words are read only when
    // its variant ids (and what WordData keeps by id) do not decide: a join may happen, or the first bounds let it pass.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool MayReach(NameToken[] listed, ReadOnlySpan<int> ids, bool weakAlias, bool hasNumber, WordData words)
    {
        var o = options;
        if (lambda <= 0)
        {
            return true;
        }

        if (weakAlias && o.WeakAliasCap < lambda - 1e-9)
        {
            return false;
        }

        // What each word variant gives against the query name, made when first met; then whether words may join.
        var queryJoins = false;
        for (var j = 0; j < ids.Length; j++)
        {
            ref var v = ref memo[ids[j]];
            if (v.Mark != mark)
            {
                Fill(ref v, ids[j], words);
            }

            queryJoins |= v.JoinNear;
        }

        // Joined words (abdul rahman / abdulrahman) change the words compared: names where a join happens are bounded apart.
        if (queryJoins || (MayJoinByLength(ids) && ListedMayJoin(listed, ids)))
        {
            // Maybe: join as Compare does; when a join happens, bound the joined words.
            var q = MergeQuery(listed, ids, words);
            var l = NameScorer.Merge(listed, q, o);
            if (!ReferenceEquals(q, query) || !ReferenceEquals(l, listed))
            {
                return MergedBound(q, l);
            }
        }

        if ((hasNumber || queryHasNumber) && o.NumberMismatchCap < lambda - 1e-9 && !NameScorer.NumbersAgree(query, listed))
        {
            return false;
        }

        // First from each listed word's best pair alone (kept by word variant for the query name, so most names cost a few lookups;
        // made as a name needs them, from the words' weights first: ColumnBound); then with bounds that need no distance; then, for
        // the names that pass, with the similarity of the pairs that may be fuzzy (their distance cut off at the budget, one pair at a
        // time, the likeliest first: DistanceBound); then with every pair's similarity itself.
        return ColumnBound(ids, words) && DistanceBound(listed, ids, words) && Bound(listed, ids, words, 2);
    }

    // Asks the processor to fetch the memo entries and the words of a candidate's variants (a hint: nothing is read or changed
    // here), a few candidates before MayReach reads them.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Prefetch(ReadOnlySpan<int> ids, WordData words)
    {
        foreach (var id in ids)
        {
            MemoryHints.Prefetch(memo, id);
            MemoryHints.Prefetch(words.Info, id);
        }
    }

    // The same bound for a name whose words Compare joins (abd al rahman / abdulrahman): over the joined words, with the pair bounds
    // that need no distance, computed here (the memo holds the words as analysed).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool MergedBound(NameToken[] q, NameToken[] l)
    {
        var o = options;
        if (o.NumberMismatchCap < lambda - 1e-9 && !NameScorer.NumbersAgree(q, l))
        {
            return false;
        }

        var n2 = Math.Min(q.Length, NameScorer.MaxTokens);
        var m = Math.Min(l.Length, NameScorer.MaxTokens);
        Span<double> u = stackalloc double[n2 * m];
        Span<bool> strong = stackalloc bool[n2 * m];
        var lPhonetic = new string[m];
        for (var j = 0; j < m; j++)
        {
            lPhonetic[j] = TokenSimilarity.Phonetic(l[j].Text);
        }

        for (var i = 0; i < n2; i++)
        {
            var qMask = TokenSimilarity.LetterMask(q[i].Text);
            var qPhonetic = TokenSimilarity.Phonetic(q[i].Text);
            for (var j = 0; j < m; j++)
            {
                (u[(i * m) + j], strong[(i * m) + j], _, _) = UpperSimilarityAndKind(q[i], qMask, qPhonetic, l[j], TokenSimilarity.LetterMask(l[j].Text), lPhonetic[j], o);
            }
        }

        return Decide(q.AsSpan(0, n2), l.AsSpan(0, m), u, strong);
    }

    // The memo's index of query word i against a listed word variant id, its row made when the variant is first met this query name.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int At(int i, int id)
    {
        ref var v = ref memo[id];
        if (v.SlotMark != mark)
        {
            v.SlotMark = mark;
            v.Slot = slots;
            var need = (slots + 1) * n;
            if (need > upper.Length)
            {
                Array.Resize(ref upper, Math.Max(need, upper.Length * 2));
                Array.Resize(ref state, upper.Length);
                Array.Resize(ref strongs, upper.Length);
                Array.Resize(ref kinds, upper.Length);
            }

            state.AsSpan(slots * n, n).Clear();
            slots++;
        }

        return (v.Slot * n) + i;
    }

    // NameScorer.Similarity of query word i and a listed word (its variant id), memoised for the query name with the bounds.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public (double Sim, MatchKind Kind) Similarity(int i, NameToken listed, int id)
    {
        var at = At(i, id);
        if (state[at] != 3)
        {
            (upper[at], kinds[at]) = NameScorer.Similarity(query[i], listed, options, queryPhonetic[i], wordData.Phonetic[id]);
            strongs[at] = IsStrong(kinds[at]);
            state[at] = 3;
        }

        return (upper[at], kinds[at]);
    }

    // The bound of query word i against a listed word (its variant id), memoised for the query name; and whether the pair may be a
    // literal, transliterated or fuzzy one.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (double Upper, bool Strong) Upper(int at, int i, NameToken listed, int id, WordData words, int level)
    {
        // State 0: nothing yet; 1: a bound without distance (Strong: the pair may be literal or fuzzy); 2: a bound from a distance
        // known to be over the budget; 3: the similarity itself (kinds[at] its kind). A bound of 0 is the similarity (no pair). `at` is At(i, id).
        var q = query[i];
        if (state[at] == 0)
        {
            ref readonly var w = ref words.Info[id];
            var sameText = ReferenceEquals(queryListedText[i], w.Token.Text);
            var samePhonetic = querySoundListed[i] && ReferenceEquals(queryPhonetic[i], w.Phonetic);
            (upper[at], strongs[at], var known, kinds[at]) = UpperSimilarityAndKind(
                q, queryLengths[i], queryMasks[i], queryPhonetic[i], listed, w.Length, w.Mask, w.Phonetic, sameText, samePhonetic, options);
            state[at] = known || upper[at] <= 0 ? (byte)3 : (byte)1;
        }

        if (level >= 1 && state[at] == 1 && strongs[at])
        {
            // A plain pair (UpperSimilarity) that may be fuzzy: its distance, cut off at the budget (most such pairs are far over
            // it, and the cut-off distance stops a few rows sooner). Within the budget it is the distance itself, and the pair's
            // similarity follows as NameScorer computes it; over it, a lower bound of the distance, and what OverBudget leaves
            // (state 2: a bound over the budget; the similarity itself at level 2).
            var lLength = words.Info[id].Length;
            var budget = TokenSimilarity.Budget(Math.Min(queryLengths[i], lLength));
            var distance = TokenSimilarity.Distance(q.Text, listed.Text, budget);
            if (distance <= budget + 1e-9)
            {
                (upper[at], kinds[at]) = NameScorer.Graded(q, listed, options, distance, queryPhonetic[i], words.Phonetic[id]);
                strongs[at] = IsStrong(kinds[at]);
                state[at] = 3;
            }
            else
            {
                // (Whether the phonetic keys are equal as state 0 told it, by instance: the listed key's string is not read.)
                var samePhonetic = querySoundListed[i] && ReferenceEquals(queryPhonetic[i], words.Phonetic[id]);
                (upper[at], strongs[at]) = OverBudget(q, listed, Math.Max(queryLengths[i], lLength), budget, distance, samePhonetic, options);
                state[at] = upper[at] <= 0 ? (byte)3 : (byte)2;
                kinds[at] = MatchKind.Unmatched;
            }
        }

        if (level >= 2 && state[at] < 3)
        {
            (upper[at], kinds[at]) = NameScorer.Similarity(q, listed, options, queryPhonetic[i], words.Phonetic[id]);
            strongs[at] = IsStrong(kinds[at]);
            state[at] = 3;
        }

        return (upper[at], strongs[at]);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsStrong(MatchKind kind) => kind is MatchKind.Literal or MatchKind.Transliterated or MatchKind.Fuzzy or MatchKind.Skeleton;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double, bool, bool, MatchKind) Exact(NameToken q, NameToken l, ScreeningOptions o, string qPhonetic, string lPhonetic)
    {
        var (sim, kind) = NameScorer.Similarity(q, l, o, qPhonetic, lPhonetic);
        return (sim, IsStrong(kind), true, kind);
    }

    // UpperSimilarityAndKind without LatinBound (the property tests: LatinBound works out the same numbers).
    internal static (double Upper, bool Strong, bool Known, MatchKind Kind) GeneralBound(NameToken q, NameToken l, ScreeningOptions o)
    {
        var (qPhonetic, lPhonetic) = (TokenSimilarity.Phonetic(q.Text), TokenSimilarity.Phonetic(l.Text));
        return UpperSimilarityAndKind(q, q.Text.Length, TokenSimilarity.LetterMask(q.Text), qPhonetic, l, l.Text.Length, TokenSimilarity.LetterMask(l.Text), lPhonetic,
            q.Text == l.Text, string.Equals(qPhonetic, lPhonetic, StringComparison.Ordinal), o, latinFirst: false);
    }

    // As UpperSimilarityAndKind, without the kind.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double Upper, bool Strong, bool Known) UpperSimilarity(
        NameToken q, uint qMask, string qPhonetic, NameToken l, uint lMask, string lPhonetic, ScreeningOptions o)
    {
        var (upper, strong, known, _) = UpperSimilarityAndKind(q, qMask, qPhonetic, l, lMask, lPhonetic, o);
        return (upper, strong, known);
    }

    // An upper bound of NameScorer.Similarity(q, l) that computes no distance; whether the pair may be literal, transliterated or
    // fuzzy; and whether the bound is the similarity itself (pairs that are not two plain words of four letters or more), then with
    // its kind.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Upper, bool Strong, bool Known, MatchKind Kind) UpperSimilarityAndKind(
        NameToken q, uint qMask, string qPhonetic, NameToken l, uint lMask, string lPhonetic, ScreeningOptions o) =>
        UpperSimilarityAndKind(q, q.Text.Length, qMask, qPhonetic, l, l.Text.Length, lMask, lPhonetic, q.Text == l.Text, string.Equals(qPhonetic, lPhonetic, StringComparison.Ordinal), o);

    // As above, with the words' lengths and whether their texts and phonetic keys are equal given (the filter knows them by variant
    // without reading either string): the texts are read only for the pairs whose similarity is computed here in full, other than
    // two plain words of very different lengths, or for a skeleton.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Upper, bool Strong, bool Known, MatchKind Kind) UpperSimilarityAndKind(
        NameToken q, int qLength, uint qMask, string qPhonetic, NameToken l, int lLength, uint lMask, string lPhonetic, bool sameText, bool samePhonetic,
        ScreeningOptions o, bool latinFirst = true)
    {
        var roles = q.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword
            && l.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword;
        var latin = roles && !sameText && !q.Transliterated && !l.Transliterated && qLength <= 40 && lLength <= 40;
        if (latin && latinFirst && LatinBound(qLength, qMask, q.Role is not (TokenRole.Particle or TokenRole.Stopword), q.Role is TokenRole.Name or TokenRole.Family,
            lLength, lMask, l.Role is TokenRole.Name or TokenRole.Family, samePhonetic, o, out var bound, out var isStrong, out var isKnown, out var boundKind))
        {
            return (bound, isStrong, isKnown, boundKind);
        }

        var shorter = Math.Min(qLength, lLength);
        var longer = Math.Max(qLength, lLength);
        var budget = TokenSimilarity.Budget(shorter);

        // MayBeCut needs a gap of three letters or more between words of two or three, where the budget (0.3) allows two.
        var plain = roles && longer <= 40 && budget > 0 && longer - shorter <= 2 * budget / 0.3 && !sameText;
        if (!plain)
        {
            if (roles && !sameText && longer <= 40 && budget > 0 && !q.Transliterated && !l.Transliterated
                && !(shorter is 2 or 3 && q.Role is TokenRole.Name or TokenRole.Family && l.Role is TokenRole.Name or TokenRole.Family))
            {
                // Two plain words of different texts, too different in length for a distance, no word cut short, no skeleton:
                // NameScorer.Similarity gives them a phonetic pair or nothing.
                return 0 < o.PhoneticScore && shorter >= 3 && q.Role is not (TokenRole.Particle or TokenRole.Stopword) && samePhonetic
                    ? (o.PhoneticScore, false, true, MatchKind.Phonetic)
                    : (0, false, true, MatchKind.Unmatched);
            }

            // Equal words, numbers, legal forms, initials, cut words, words of very different lengths: the similarity itself, cheap here.
            return Exact(q, l, o, qPhonetic, lPhonetic);
        }

        // Different words are at least 0.3 apart (the cheapest edit); their letters (PresenceBound) or lengths (LengthBound) may put
        // them further. Within the budget at best a fuzzy pair; over it, what OverBudget leaves.
        var distance = Math.Max(Math.Max(0.3, TokenSimilarity.PresenceBound(qMask, lMask)), TokenSimilarity.LengthBound(longer - shorter, qMask, lMask));
        var (over, skeleton) = OverBudget(q, l, longer, budget, Math.Max(distance, budget), samePhonetic, o);
        return distance <= budget + 1e-9
            ? (Math.Max(FuzzyBound(o.FuzzyPenalty, distance, longer), over), true, false, MatchKind.Unmatched)
            : (over, skeleton, false, MatchKind.Unmatched);
    }

    // The most a pair of plain words at least `distance` apart, and over the budget, can score: a partial pair (within twice the
    // budget), a phonetic one, or a skeleton one (which may count as a matched word: Strong).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double Upper, bool Strong) OverBudget(NameToken q, NameToken l, double distance, string qPhonetic, string lPhonetic, ScreeningOptions o) =>
        OverBudget(q, l, Math.Max(q.Text.Length, l.Text.Length), TokenSimilarity.Budget(Math.Min(q.Text.Length, l.Text.Length)), distance,
            string.Equals(qPhonetic, lPhonetic, StringComparison.Ordinal), o);

    // As above, with the longer word's length, the pair's budget and whether the phonetic keys are equal given.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static (double Upper, bool Strong) OverBudget(NameToken q, NameToken l, int longer, double budget, double distance, bool samePhonetic, ScreeningOptions o)
    {
        var best = distance <= 2 * budget + 1e-9 ? FuzzyBound(o.FuzzyPenalty, distance, longer) * o.PartialFactor : 0;
        if (q.Role is not (TokenRole.Particle or TokenRole.Stopword or TokenRole.LegalForm) && samePhonetic)
        {
            best = Math.Max(best, o.PhoneticScore);
        }

        if (q.Role is TokenRole.Name or TokenRole.Family && l.Role is TokenRole.Name or TokenRole.Family && (q.Transliterated || l.Transliterated)
            && TokenSimilarity.SameSkeleton(q.Text, l.Text))
        {
            return (Math.Max(best, o.SkeletonScore), true);
        }

        return (best, false);
    }
}
