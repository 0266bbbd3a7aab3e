using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// Compares two analysed names: aligns their words (any order, joined or split words, missing middle names), scores each pair, and
// applies the caps. Writes the evidence the score is computed from.
internal static partial class NameScorer
{
    public const int MaxTokens = 24;

    // The name features and caps of one comparison, and the running score after them: exactly what Evidence.Recompute gives of the
    // evidence written (the same sums in the same order), so a caller may first score without evidence (null) and write it only
    // for the matches it keeps.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static double Compare(
        NameToken[] query, NameToken[] listed, NameKind listedKind, ScreeningOptions o, ImmutableArray<Evidence>.Builder? evidence,
        SimilarityCache? cache = null, CandidateFilter? memo = null, int[]? ids = null)
    {
        // (With the filter's memo, the query's words joined from what it keeps by variant: the same words as Merge's.)
        var q = memo is not null && ids is not null ? memo.MergeQuery(query, listed, ids, o) : Merge(query, listed, o);
        var l = Merge(listed, q, o);

        // The filter's memo holds the word pairs of the query and listed names as analysed: usable when neither side was joined.
        if (!ReferenceEquals(q, query) || !ReferenceEquals(l, listed))
        {
            memo = null;
        }

        var n = Math.Min(q.Length, MaxTokens);
        var m = Math.Min(l.Length, MaxTokens);

        // Every pair with some similarity, best first; then greedy one-to-one assignment. With the filter's memo, the pairs it finds
        // never assigned (CandidateFilter.Dominated: a word of theirs is taken by an equal word first) are left out, unworked.
        Span<int> partner = stackalloc int[n];
        ulong coveredQ = 0, coveredL = 0;
        var dominated = memo is not null && memo.Dominated(ids!, m, partner, out coveredQ, out coveredL);
        Span<(double Sim, double Weight, int Q, int L, MatchKind Kind)> pairs = stackalloc (double, double, int, int, MatchKind)[n * m];
        var count = 0;
        for (var i = 0; i < n; i++)
        {
            for (var j = 0; j < m; j++)
            {
                if (dominated && (((coveredQ >> i) | (coveredL >> j)) & 1) != 0 && partner[i] != j)
                {
                    continue;
                }

                var (sim, kind) = memo is not null ? memo.Similarity(i, l[j], ids![j]) : cache is null ? Similarity(q[i], l[j], o) : cache.Get(q[i], l[j], o);
                if (sim > 0)
                {
                    pairs[count++] = (sim, (o.WeightOf(q[i].Role) + o.WeightOf(l[j].Role)) / 2, i, j, kind);
                }
            }
        }

        var used = pairs[..count];
        used.Sort(static (a, b) =>
        {
            var c = b.Sim.CompareTo(a.Sim);
            if (c != 0)
            {
                return c;
            }

            c = b.Weight.CompareTo(a.Weight);
            return c != 0 ? c : a.Q != b.Q ? a.Q.CompareTo(b.Q) : a.L.CompareTo(b.L);
        });

        Span<int> qPair = stackalloc int[n];
        Span<int> lPair = stackalloc int[m];
        qPair.Fill(-1);
        lPair.Fill(-1);
        for (var k = 0; k < used.Length; k++)
        {
            var (_, _, i, j, _) = used[k];
            if (qPair[i] < 0 && lPair[j] < 0)
            {
                qPair[i] = k;
                lPair[j] = k;
            }
        }

        // Words left over on both sides stand in each other's place (different names): they cost in full. A word left over on one
        // side only (a missing middle name) costs little.
        int leftQ = 0, leftL = 0;
        for (var i = 0; i < n; i++)
        {
            leftQ += qPair[i] < 0 && q[i].IsSignificant ? 1 : 0;
        }

        for (var j = 0; j < m; j++)
        {
            leftL += lPair[j] < 0 && l[j].IsSignificant ? 1 : 0;
        }

        var conflicts = Math.Min(leftQ, leftL);

        // Evidence in query order, then the listed words left over.
        int strong = 0, support = 0, skeletons = 0, listedSignificant = 0;
        for (var j = 0; j < m; j++)
        {
            listedSignificant += l[j].IsSignificant ? 1 : 0;
        }

        double sum = 0, weights = 0;
        var seenQ = 0;
        for (var i = 0; i < n; i++)
        {
            if (qPair[i] < 0)
            {
                var conflict = q[i].IsSignificant && seenQ++ < conflicts;
                var w = o.WeightOf(q[i].Role) * (conflict ? o.MismatchFactor : o.MissingFactor);
                evidence?.Add(new Evidence(conflict ? "token.mismatch" : "token.unmatched", EvidenceRole.Name, q[i].Text, null, 0, w));
                sum += w * 0;
                weights += w;
                continue;
            }

            var (sim, weight, _, j, kind) = used[qPair[i]];
            evidence?.Add(new Evidence(Feature(kind), EvidenceRole.Name, q[i].Text, l[j].Text, sim, weight));
            sum += weight * sim;
            weights += weight;
            if (l[j].IsSignificant && kind is MatchKind.Literal or MatchKind.Transliterated or MatchKind.Fuzzy)
            {
                strong++;
            }
            else if (l[j].Role is not (TokenRole.Stopword or TokenRole.LegalForm))
            {
                // Initials, particles, words that only sound alike or are partly alike: support, never a match alone.
                support++;
                skeletons += kind == MatchKind.Skeleton ? 1 : 0;
            }
        }

        var seenL = 0;
        for (var j = 0; j < m; j++)
        {
            if (lPair[j] < 0)
            {
                var conflict = l[j].IsSignificant && seenL++ < conflicts;
                var w = o.WeightOf(l[j].Role) * (conflict ? o.MismatchFactor : o.MissingFactor);
                evidence?.Add(new Evidence(conflict ? "token.mismatch" : "token.unmatched", EvidenceRole.Name, null, l[j].Text, 0, w));
                sum += w * 0;
                weights += w;
            }
        }

        // Skeleton pairs (an abjad's consonants) are support, like sounds; they count as matched words only when they are two or more,
        // every significant word of both names is paired, and no other pair is weaker: the whole name agrees consonant by consonant.
        if (skeletons >= 2 && leftQ == 0 && leftL == 0 && support == skeletons)
        {
            strong += skeletons;
            support = 0;
        }

        // As Evidence.Recompute: the weighted mean (in [0, 1], so its clamp changes nothing), then each adjustment added in order.
        var score = weights > 0 ? sum / weights : 0;
        if (listedSignificant >= 2 && (strong == 0 || strong + support < 2))
        {
            score = Cap(evidence, "cap.single-token", score, o.SingleTokenCap);
        }

        if (strong == 0 && support > 0)
        {
            score = Cap(evidence, "cap.phonetic-only", score, o.PhoneticOnlyCap);
        }

        if (!NumbersAgree(q, l))
        {
            score = Cap(evidence, "cap.numbers", score, o.NumberMismatchCap);
        }

        if (listedKind == NameKind.WeakAlias)
        {
            score = Cap(evidence, "cap.weak-alias", score, o.WeakAliasCap);
        }

        return score;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static double Cap(ImmutableArray<Evidence>.Builder? evidence, string feature, double score, double cap)
    {
        var excess = Math.Max(0, score - cap);
        evidence?.Add(new Evidence(feature, EvidenceRole.Adjustment, null, null, -1, excess));
        return score + (excess * -1);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool NumbersAgree(NameToken[] q, NameToken[] l)
    {
        if (!Array.Exists(q, t => t.Role == TokenRole.Number) && !Array.Exists(l, t => t.Role == TokenRole.Number))
        {
            return true;
        }

        // The same numbers on both sides, each as often (the two sorted lists equal), counted without sorting or allocating: names
        // have few numbers.
        if (NumberCount(q, null) != NumberCount(l, null))
        {
            return false;
        }

        foreach (var t in q)
        {
            if (t.Role == TokenRole.Number && NumberCount(q, t.Text) != NumberCount(l, t.Text))
            {
                return false;
            }
        }

        return true;
    }

    // How many words of the side are numbers (text null), or the number `text`.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int NumberCount(NameToken[] side, string? text)
    {
        var count = 0;
        foreach (var t in side)
        {
            count += t.Role == TokenRole.Number && (text is null || string.Equals(t.Text, text, StringComparison.Ordinal)) ? 1 : 0;
        }

        return count;
    }

    // Joins two neighbouring words of one side where together they are a word of the other side ("abdul rahman" / "abdulrahman").
    // The side itself (no copy) when nothing joins.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static NameToken[] Merge(NameToken[] side, NameToken[] other, ScreeningOptions o)
    {
        if (!MayJoin(side, other))
        {
            return side;
        }

        List<NameToken>? list = null;
        for (var i = 0; i < side.Length; i++)
        {
            if (i + 2 < side.Length && side[i].Role == TokenRole.Particle && side[i + 1].Role == TokenRole.Particle && side[i + 2].IsSignificant
                && !HasExact(other, side[i + 2].Text))
            {
                var three = new NameToken(string.Concat(side[i].Text, side[i + 1].Text, side[i + 2].Text), side[i + 2].Role, side[i + 2].Transliterated);
                if (HasNear(three, other, o))
                {
                    list ??= [.. side.AsSpan(0, i)];
                    list.Add(three);
                    i += 2;
                    continue;
                }
            }

            if (i + 1 < side.Length && side[i].Role != TokenRole.Number && side[i + 1].Role != TokenRole.Number
                && !HasExact(other, side[i].Text) && !HasExact(other, side[i + 1].Text)
                && NearLength(side[i].Text.Length + side[i + 1].Text.Length, other))
            {
                var joined = new NameToken(string.Concat(side[i].Text, side[i + 1].Text), Joined(side[i].Role, side[i + 1].Role), side[i].Transliterated || side[i + 1].Transliterated);
                if (HasNear(joined, other, o))
                {
                    list ??= [.. side.AsSpan(0, i)];
                    list.Add(joined);
                    i++;
                    continue;
                }
            }

            list?.Add(side[i]);
        }

        return list is null ? side : [.. list];
    }

    // Whether a word of the other side is about this long (HasNear's first test, without building the joined word).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool NearLength(int length, ReadOnlySpan<NameToken> other)
    {
        foreach (var t in other)
        {
            if (Math.Abs(t.Text.Length - length) <= 1)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasNear(NameToken joined, ReadOnlySpan<NameToken> other, ScreeningOptions o)
    {
        foreach (var t in other)
        {
            if (Math.Abs(t.Text.Length - joined.Text.Length) <= 1 && IsNear(joined, t, o))
            {
                return true;
            }
        }

        return false;
    }

    // Whether some word of the other side is about as long as two neighbouring words of this side together: only then can a join help.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool MayJoin(ReadOnlySpan<NameToken> side, ReadOnlySpan<NameToken> other)
    {
        for (var i = 0; i + 1 < side.Length; i++)
        {
            var length = side[i].Text.Length + side[i + 1].Text.Length;
            var three = i + 2 < side.Length ? length + side[i + 2].Text.Length : -10;
            foreach (var t in other)
            {
                if (Math.Abs(t.Text.Length - length) <= 1 || Math.Abs(t.Text.Length - three) <= 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static TokenRole Joined(TokenRole a, TokenRole b) => a == TokenRole.Family || b == TokenRole.Family ? TokenRole.Family : TokenRole.Name;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool HasExact(ReadOnlySpan<NameToken> side, string text)
    {
        foreach (var t in side)
        {
            if (t.Text == text)
            {
                return true;
            }
        }

        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static (double Sim, MatchKind Kind) Similarity(NameToken q, NameToken l, ScreeningOptions o) => Similarity(q, l, o, null, null);

    // As above; the words' phonetic keys (TokenSimilarity.Phonetic) given when known, or null.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double Sim, MatchKind Kind) Similarity(NameToken q, NameToken l, ScreeningOptions o, string? qPhonetic, string? lPhonetic)
    {
        if (q.Text == l.Text)
        {
            return (1.0, q.Transliterated || l.Transliterated ? MatchKind.Transliterated : MatchKind.Literal);
        }

        if (q.Role == TokenRole.Number || l.Role == TokenRole.Number)
        {
            return (0, MatchKind.Unmatched);
        }

        if (q.Role == TokenRole.LegalForm && l.Role == TokenRole.LegalForm)
        {
            return (o.LegalFormScore, MatchKind.LegalForm);
        }

        // A word cut short ("DR" for "DRISSI", as lists truncate long names): two or three letters that begin a much longer name.
        if (q.Role is TokenRole.Name or TokenRole.Family && l.Role is TokenRole.Name or TokenRole.Family)
        {
            var (cut, whole) = q.Text.Length <= l.Text.Length ? (q, l) : (l, q);
            if (cut.Text.Length is 2 or 3 && whole.Text.Length >= cut.Text.Length + 3 && whole.Text.StartsWith(cut.Text, StringComparison.Ordinal))
            {
                return (o.InitialScore, MatchKind.Initial);
            }
        }

        if (q.Role == TokenRole.Initial || l.Role == TokenRole.Initial)
        {
            var (initial, full) = q.Role == TokenRole.Initial ? (q, l) : (l, q);
            return full.Text.Length > 1 && full.Text[0] == initial.Text[0] && full.Role is TokenRole.Name or TokenRole.Family
                ? (o.InitialScore, MatchKind.Initial)
                : (0, MatchKind.Unmatched);
        }

        return Graded(q, l, o, double.NaN, qPhonetic, lPhonetic);
    }

    // Similarity for two words that are neither equal, numbers, legal forms, initials nor cut short: by their distance (computed here
    // when `known` is NaN; else `known` is that distance cut off at twice the budget, as computed here), sound (from the phonetic keys
    // when given) and skeleton.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static (double Sim, MatchKind Kind) Graded(NameToken q, NameToken l, ScreeningOptions o, double known, string? qPhonetic, string? lPhonetic)
    {
        var shorter = Math.Min(q.Text.Length, l.Text.Length);
        var longer = Math.Max(q.Text.Length, l.Text.Length);
        var best = (Sim: 0.0, Kind: MatchKind.Unmatched);
        var budget = TokenSimilarity.Budget(shorter);
        if (budget > 0 && longer - shorter <= 2 * budget / 0.3)
        {
            var distance = double.IsNaN(known) ? TokenSimilarity.CutDistance(q.Text, l.Text, 2 * budget) : known;
            var sim = Math.Max(0, 1 - (o.FuzzyPenalty * distance / longer));
            if (distance <= budget)
            {
                best = (sim, MatchKind.Fuzzy);
            }
            else if (distance <= 2 * budget && sim * o.PartialFactor > 0)
            {
                best = (sim * o.PartialFactor, MatchKind.Partial);
            }
        }

        // Two patronymics (Viktorovich, Ivanovich) share their suffix: they are the same name only when their stems are.
        if (best.Kind is MatchKind.Fuzzy or MatchKind.Partial && PatronymicStem(q.Text) is > 0 and var qs && PatronymicStem(l.Text) is > 0 and var ls)
        {
            var stemBudget = TokenSimilarity.Budget(Math.Min(qs, ls));
            if (TokenSimilarity.Distance(q.Text.AsSpan(0, qs), l.Text.AsSpan(0, ls), 2 * stemBudget) > stemBudget)
            {
                return (0, MatchKind.Unmatched);
            }
        }

        if (best.Sim < o.PhoneticScore && shorter >= 3 && q.Role is not (TokenRole.Particle or TokenRole.Stopword or TokenRole.LegalForm)
            && (qPhonetic is not null && lPhonetic is not null ? string.Equals(qPhonetic, lPhonetic, StringComparison.Ordinal) : TokenSimilarity.SamePhonetic(q.Text, l.Text)))
        {
            best = (o.PhoneticScore, MatchKind.Phonetic);
        }

        // A word written in an abjad (frnndw) and one of another script with the same consonants (fernando).
        if (best.Sim < o.SkeletonScore && Plain(q.Role) && Plain(l.Role) && (q.Transliterated || l.Transliterated)
            && TokenSimilarity.SameSkeleton(q.Text, l.Text))
        {
            best = (o.SkeletonScore, MatchKind.Skeleton);
        }

        return best;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Plain(TokenRole role) => role is TokenRole.Name or TokenRole.Family;

    private static readonly string[] PatronymicSuffixes = ["ovitch", "evitch", "ovich", "evich", "ovych", "evych", "ovna", "evna", "ivna"];

    // The length of a patronymic's stem (viktor of viktorovich), or 0 when the word does not end like a patronymic.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int PatronymicStem(string word)
    {
        foreach (var suffix in PatronymicSuffixes)
        {
            if (word.Length >= suffix.Length + 2 && word.EndsWith(suffix, StringComparison.Ordinal))
            {
                return word.Length - suffix.Length;
            }
        }

        return 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Feature(MatchKind kind) => kind switch
    {
        MatchKind.Literal => "token.literal",
        MatchKind.Transliterated => "token.transliterated",
        MatchKind.Fuzzy => "token.fuzzy",
        MatchKind.Initial => "token.initial",
        MatchKind.Phonetic => "token.phonetic",
        MatchKind.LegalForm => "token.legal-form",
        MatchKind.Partial => "token.partial",
        MatchKind.Skeleton => "token.skeleton",
        _ => "token.unmatched",
    };
}

internal enum MatchKind
{
    Unmatched,
    Literal,
    Transliterated,
    Fuzzy,
    Initial,
    Phonetic,
    LegalForm,
    Partial,
    Skeleton,
}
