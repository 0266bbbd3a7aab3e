using System.Runtime.CompilerServices;
namespace Sanctions.Screening;

// The candidate filter, part: whether a name's words may be joined as NameScorer.Merge joins them.
internal sealed partial class CandidateFilter
{
    // Whether NameScorer.Merge may join neighbouring words of a candidate's name: a joined word is kept only when it is about as long
    // as a query word and similar to it at 0.85 or more, which takes a literal or fuzzy pair; a pair whose letters alone put it over
    // the budget (PresenceBound) is neither. Called once MayJoinByLength has found some join about as long as a query word (what
    // NameScorer.MayJoin tells); the words' lengths and letters are the memo's by variant id, their texts read only for a distance.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ListedMayJoin(NameToken[] listed, ReadOnlySpan<int> ids)
    {
        // (A join no query word is about as long as is no join: ListedMayBeNear would find no word to compare it with.)
        for (var i = 0; i + 1 < listed.Length; i++)
        {
            var two = memo[ids[i]].Length + memo[ids[i + 1]].Length;
            if ((NearQueryLength(two) && ListedMayBeNear(listed, ids, i, 2))
                || (i + 2 < listed.Length && NearQueryLength(two + memo[ids[i + 2]].Length) && ListedMayBeNear(listed, ids, i, 3)))
            {
                return true;
            }
        }

        return false;
    }

    private const double Near = 0.85;

    // The query name's neighbouring words joined two or three at a time, as MayJoin(query, ...) tries them: each one's place in
    // joinText (its text when 41 letters or fewer), its length and letters. Made once a query name (StartJoins).
    private (int Start, int Length, uint Mask)[] joins = new (int, int, uint)[16];
    private double[] joinReaches = new double[48];
    private int joinCount;
    private char[] joinText = new char[256];

    // Each join's first word and word count, and its word as Merge makes it (JoinToken: made when first needed, as JoinMade says).
    private (int First, int Count)[] joinWords = new (int, int)[16];
    private NameToken[] joinTokens = new NameToken[16];
    private bool[] joinMade = new bool[16];

    // Whether the joins Merge may try are each near a listed word variant exactly as NameScorer.HasNear tells it, by variant
    // (nearJoins: the joins' bits, for the variants near some join; JoinNear is then exact too): false when a join is too long
    // to be kept as text, or there are more than 64 joins, and then the filter joins as NameScorer.Merge does.
    private bool joinsExact;
    private readonly Dictionary<int, ulong> nearJoins = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartJoins(NameToken[] words)
    {
        joinCount = 0;
        joinsExact = true;
        if (nearJoins.Count > 0)
        {
            nearJoins.Clear();
        }

        var used = 0;
        for (var i = 0; i + 1 < words.Length; i++)
        {
            for (var count = 2; count <= 3 && i + count <= words.Length; count++)
            {
                var length = 0;
                uint mask = 0;
                for (var k = i; k < i + count; k++)
                {
                    length += words[k].Text.Length;
                    mask |= TokenSimilarity.LetterMask(words[k].Text);
                }

                if (joinCount == joins.Length)
                {
                    Array.Resize(ref joins, joins.Length * 2);
                    Array.Resize(ref joinWords, joins.Length);
                    Array.Resize(ref joinTokens, joins.Length);
                    Array.Resize(ref joinMade, joins.Length);
                }

                joinsExact &= length <= 41 && joinCount < 64;
                joinWords[joinCount] = (i, count);
                joinMade[joinCount] = false;

                var start = used;
                if (length <= 41)
                {
                    if (used + length > joinText.Length)
                    {
                        Array.Resize(ref joinText, Math.Max(joinText.Length * 2, used + length));
                    }

                    for (var k = i; k < i + count; k++)
                    {
                        words[k].Text.CopyTo(joinText.AsSpan(used));
                        used += words[k].Text.Length;
                    }
                }

                if (joinReaches.Length < (joinCount + 1) * 3)
                {
                    Array.Resize(ref joinReaches, joinReaches.Length * 2);
                }

                // PlainReach of a word of a plain role one letter shorter, as long and one longer than the join (QueryJoinNear).
                for (var d = -1; d <= 1; d++)
                {
                    joinReaches[(joinCount * 3) + d + 1] = PlainReach(TokenRole.Name, length + d, length, options, out var reach) ? reach : double.NaN;
                }

                joins[joinCount++] = (start, length, mask);
            }
        }
    }

    // MayJoin(query, [word]) from the joins made by StartJoins: whether some two or three neighbouring query words, joined, may be
    // similar at 0.85 or more to this listed word (ListedMayBeNear's test, word by word).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool QueryJoinNear(NameToken t, int tLength, uint tMask)
    {
        var plainRole = t.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword;
        for (var k = 0; k < joinCount; k++)
        {
            var (start, length, mask) = joins[k];
            if (Math.Abs(tLength - length) > 1)
            {
                continue;
            }

            // PlainReach(t, length), its reach worked out by StartJoins.
            var reach = joinReaches[(k * 3) + tLength - length + 1];
            if (!plainRole || double.IsNaN(reach))
            {
                return true;
            }

            if (TokenSimilarity.PresenceBound(mask, tMask) <= reach + 1e-9
                && TokenSimilarity.Distance(joinText.AsSpan(start, length), t.Text, reach) <= reach + 1e-9)
            {
                return true;
            }
        }

        return false;
    }

    // Whether NameScorer.Merge(query, ...) may try join k (two words, neither a number; or two particles and a significant word),
    // and, when it may, the join's word as Merge makes it (its text from joinText).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool JoinToken(int k, out NameToken token)
    {
        if (joinMade[k])
        {
            token = joinTokens[k];
            return token.Text is not null;
        }

        var (first, count) = joinWords[k];
        var (start, length, _) = joins[k];
        var words = query;
        token = default;
        if (count == 3 && words[first].Role == TokenRole.Particle && words[first + 1].Role == TokenRole.Particle && words[first + 2].IsSignificant)
        {
            token = new NameToken(new string(joinText.AsSpan(start, length)), words[first + 2].Role, words[first + 2].Transliterated);
        }
        else if (count == 2 && words[first].Role != TokenRole.Number && words[first + 1].Role != TokenRole.Number)
        {
            token = new NameToken(
                new string(joinText.AsSpan(start, length)), NameScorer.Joined(words[first].Role, words[first + 1].Role),
                words[first].Transliterated || words[first + 1].Transliterated);
        }

        joinTokens[k] = token;
        joinMade[k] = true;
        return token.Text is not null;
    }

    // The joins Merge may try that are near a listed word (NameScorer.HasNear's test against that one word), as bits by join: only
    // when joinsExact (a join's text kept, 64 joins or fewer).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ulong NearJoinBits(NameToken t)
    {
        ulong bits = 0;
        for (var k = 0; k < joinCount; k++)
        {
            if (Math.Abs(t.Text.Length - joins[k].Length) <= 1 && JoinToken(k, out var token) && NameScorer.IsNear(token, t, options))
            {
                bits |= 1UL << k;
            }
        }

        return bits;
    }

    // NameScorer.Merge(query, listed) from what the memo keeps by variant (each join's nearness to each listed word, worked out once
    // a query name): the same words, with no joined word made for the joins that are not near. The listed name's variants are
    // filled first when not yet.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal NameToken[] MergeQuery(NameToken[] listed, ReadOnlySpan<int> ids, WordData words)
    {
        if (!joinsExact || ids.Length != listed.Length)
        {
            return NameScorer.Merge(query, listed, options);
        }

        ulong near = 0;
        for (var j = 0; j < ids.Length; j++)
        {
            ref var v = ref memo[ids[j]];
            if (v.Mark != mark)
            {
                Fill(ref v, ids[j], words);
            }

            if (v.JoinNear)
            {
                near |= nearJoins[ids[j]];
            }
        }

        if (near == 0 || !NameScorer.MayJoin(query, listed))
        {
            return query;
        }

        // As Merge: at each word, the join of three (two particles and a word) first, then of two; k is the join's index as
        // StartJoins made them (for each first word, two words then three).
        var side = query;
        List<NameToken>? list = null;
        for (var i = 0; i < side.Length; i++)
        {
            var two = JoinIndex(i);
            if (i + 2 < side.Length && side[i].Role == TokenRole.Particle && side[i + 1].Role == TokenRole.Particle && side[i + 2].IsSignificant
                && !NameScorer.HasExact(listed, side[i + 2].Text) && ((near >> (two + 1)) & 1) != 0)
            {
                JoinToken(two + 1, out var three);
                list ??= [.. side.AsSpan(0, i)];
                list.Add(three);
                i += 2;
                continue;
            }

            if (i + 1 < side.Length && side[i].Role != TokenRole.Number && side[i + 1].Role != TokenRole.Number
                && !NameScorer.HasExact(listed, side[i].Text) && !NameScorer.HasExact(listed, side[i + 1].Text) && ((near >> two) & 1) != 0)
            {
                JoinToken(two, out var joined);
                list ??= [.. side.AsSpan(0, i)];
                list.Add(joined);
                i++;
                continue;
            }

            list?.Add(side[i]);
        }

        return list is null ? side : [.. list];
    }

    // MergeQuery for NameScorer.Compare, which gives the query's words and the options: the filter's own when they are the ones it
    // was started with, else NameScorer.Merge.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal NameToken[] MergeQuery(NameToken[] words, NameToken[] listed, ReadOnlySpan<int> ids, ScreeningOptions o) =>
        ReferenceEquals(words, query) && ReferenceEquals(o, options) ? MergeQuery(listed, ids, wordData) : NameScorer.Merge(words, listed, o);

    // The index StartJoins gives the join of two words from word i (every word before it has a join of two and one of three); the
    // join of three from i follows it.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int JoinIndex(int i) => 2 * i;

    // PlainReach of each query word (all of them, as MayJoin reads them) against a joined text one letter shorter, as long, and one
    // letter longer than the word (the only lengths ListedMayBeNear asks about): the reach, or NaN where PlainReach is false.
    private double[] queryReaches = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartReaches(NameToken[] words)
    {
        Ensure(ref queryReaches, words.Length * 3);
        for (var k = 0; k < words.Length; k++)
        {
            for (var d = -1; d <= 1; d++)
            {
                var length = words[k].Text.Length + d;
                queryReaches[(k * 3) + d + 1] = PlainReach(words[k].Role, words[k].Text.Length, length, options, out var reach) ? reach : double.NaN;
            }
        }
    }

    // Whether a joined text of `length` letters and a word of role `role` and `tLength` letters can be near only by edit distance
    // (false: some other feature may make them near, so the pair may be), and the distance they must keep within to be similar at
    // 0.85 or more: 1 − penalty × distance ÷ longer ≥ 0.85, within the budget (a literal pair is at 0).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool PlainReach(TokenRole role, int tLength, int length, ScreeningOptions o, out double reach)
    {
        var shorter = Math.Min(length, tLength);
        var longer = Math.Max(length, tLength);
        var budget = TokenSimilarity.Budget(shorter);
        reach = o.FuzzyPenalty > 0 ? Math.Min(budget, (1 - Near) * longer / o.FuzzyPenalty) : budget;
        return shorter > 3 && longer <= 40 && role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword
            && o.PhoneticScore < Near && o.PartialFactor < Near && o.InitialScore < Near && o.LegalFormScore < Near && o.SkeletonScore < Near;
    }

    // Whether `count` words of a candidate's name from `at`, joined, may be similar at 0.85 or more to a query word about as long.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool ListedMayBeNear(NameToken[] side, ReadOnlySpan<int> ids, int at, int count)
    {
        var length = 0;
        uint mask = 0;
        for (var k = at; k < at + count; k++)
        {
            length += memo[ids[k]].Length;
            mask |= memo[ids[k]].Mask;
        }

        Span<char> joined = stackalloc char[41];
        var built = false;
        for (var k = 0; k < query.Length; k++)
        {
            var tLength = queryLengths[k];
            if (Math.Abs(tLength - length) > 1)
            {
                continue;
            }

            // PlainReach(query word k, length), worked out by StartReaches.
            var reach = queryReaches[(k * 3) + length - tLength + 1];
            if (double.IsNaN(reach))
            {
                return true;
            }

            if (TokenSimilarity.PresenceBound(mask, queryMasks[k]) > reach + 1e-9)
            {
                continue;
            }

            if (!built)
            {
                var n = 0;
                for (var w = at; w < at + count; w++)
                {
                    side[w].Text.AsSpan().CopyTo(joined[n..]);
                    n += side[w].Text.Length;
                }

                built = true;
            }

            if (TokenSimilarity.Distance(joined[..length], query[k].Text, reach) <= reach + 1e-9)
            {
                return true;
            }
        }

        return false;
    }
}

// Per listed word variant (text, role, script): what the filter reads without recomputing it.
internal sealed class WordData
{
    private readonly Dictionary<string, string> texts;
    private readonly Dictionary<string, string> sounds;
    private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> soundLookup;

    // The variants' texts and phonetic keys are one string per value (equal values are the same instance), kept by value here.
    // Both maps are needed: without them no listed text would be found equal to a query word's, and literal pairs would be bounded
    // as fuzzy ones.
    public WordData(uint[] masks, string[] phonetic, NameToken[] tokens, Dictionary<string, string> texts, Dictionary<string, string> sounds)
    {
        Masks = masks;
        Phonetic = phonetic;
        Info = [.. tokens.Select((t, id) => new VariantInfo(t, phonetic[id], masks[id], t.Text.Length))];
        this.texts = texts;
        this.sounds = sounds;
        soundLookup = sounds.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public uint[] Masks { get; }

    public string[] Phonetic { get; }

    // The variant itself (its text, role and script), its phonetic key, letters and length, by id in one struct (one cache line or less
    // a variant: the filter meets variants at random).
    public VariantInfo[] Info { get; }

    // The instance of a text among the variants' texts, or null when no variant has it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? ListedText(string text) => texts.GetValueOrDefault(text);

    // The instance of a phonetic key among the variants' keys, or null when no variant has it.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? ListedSound(string sound) => sounds.GetValueOrDefault(sound);

    // The instance of a word's phonetic key (TokenSimilarity.Phonetic) among the variants' keys, or null when no variant has it: the
    // key made on the stack and looked up by span.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public string? ListedSoundOf(string word)
    {
        Span<char> key = stackalloc char[Math.Min(word.Length, 32) + 1];
        return soundLookup.TryGetValue(key[..TokenSimilarity.Phonetic(word, key)], out var one) ? one : null;
    }
}

// A listed word variant, its phonetic key (TokenSimilarity.Phonetic), letters (TokenSimilarity.LetterMask) and length.
internal readonly record struct VariantInfo(NameToken Token, string Phonetic, uint Mask, int Length);
