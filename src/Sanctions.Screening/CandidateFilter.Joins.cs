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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void StartJoins(NameToken[] words)
    {
        joinCount = 0;
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
                }

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
