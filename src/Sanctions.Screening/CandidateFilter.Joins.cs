namespace Sanctions.Screening;

// The candidate filter, part: whether a name's words may be joined as NameScorer.Merge joins them.
internal sealed partial class CandidateFilter
{
    // Whether NameScorer.Merge may join neighbouring words of one side: a joined word is kept only when it is about as long as a word
    // of the other side and similar to it at 0.85 or more, which takes a literal or fuzzy pair; a pair whose letters alone put it
    // over the budget (PresenceBound) is neither.
    private static bool MayJoin(ReadOnlySpan<NameToken> side, ReadOnlySpan<uint> sideMasks, ReadOnlySpan<NameToken> other, ReadOnlySpan<uint> otherMasks, ScreeningOptions o)
    {
        if (!NameScorer.MayJoin(side, other))
        {
            return false;
        }

        for (var i = 0; i + 1 < side.Length; i++)
        {
            if (MayBeNear(side, sideMasks, i, 2, other, otherMasks, o) || (i + 2 < side.Length && MayBeNear(side, sideMasks, i, 3, other, otherMasks, o)))
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
    private int joinCount;
    private char[] joinText = new char[256];

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

                joins[joinCount++] = (start, length, mask);
            }
        }
    }

    // MayJoin(query, [word]) from the joins made by StartJoins: whether some two or three neighbouring query words, joined, may be
    // similar at 0.85 or more to this listed word (MayBeNear's test, word by word).
    private bool QueryJoinNear(NameToken t, int tLength, uint tMask)
    {
        var o = options;
        for (var k = 0; k < joinCount; k++)
        {
            var (start, length, mask) = joins[k];
            if (Math.Abs(tLength - length) > 1)
            {
                continue;
            }

            if (!PlainReach(t, length, o, out var reach))
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

    // Whether a joined text of `length` letters and the word `t` can be near only by edit distance (false: some other
    // feature may make them near, so the pair may be), and the distance they must keep within to be similar at 0.85 or more:
    // 1 − penalty × distance ÷ longer ≥ 0.85, within the budget (a literal pair is at 0).
    private static bool PlainReach(NameToken t, int length, ScreeningOptions o, out double reach)
    {
        var shorter = Math.Min(length, t.Text.Length);
        var longer = Math.Max(length, t.Text.Length);
        var budget = TokenSimilarity.Budget(shorter);
        reach = o.FuzzyPenalty > 0 ? Math.Min(budget, (1 - Near) * longer / o.FuzzyPenalty) : budget;
        return shorter > 3 && longer <= 40 && t.Role is TokenRole.Name or TokenRole.Family or TokenRole.Particle or TokenRole.Stopword
            && o.PhoneticScore < Near && o.PartialFactor < Near && o.InitialScore < Near && o.LegalFormScore < Near && o.SkeletonScore < Near;
    }

    // Whether `count` words of `side` from `at`, joined, may be similar at 0.85 or more to a word of the other side about as long.
    private static bool MayBeNear(ReadOnlySpan<NameToken> side, ReadOnlySpan<uint> sideMasks, int at, int count, ReadOnlySpan<NameToken> other, ReadOnlySpan<uint> otherMasks, ScreeningOptions o)
    {
        var length = 0;
        uint mask = 0;
        for (var k = at; k < at + count; k++)
        {
            length += side[k].Text.Length;
            mask |= sideMasks[k];
        }

        Span<char> joined = stackalloc char[41];
        var built = false;
        for (var k = 0; k < other.Length; k++)
        {
            var t = other[k];
            if (Math.Abs(t.Text.Length - length) > 1)
            {
                continue;
            }

            if (!PlainReach(t, length, o, out var reach))
            {
                return true;
            }

            if (TokenSimilarity.PresenceBound(mask, otherMasks[k]) > reach + 1e-9)
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

            if (TokenSimilarity.Distance(joined[..length], t.Text, reach) <= reach + 1e-9)
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
    }

    public uint[] Masks { get; }

    public string[] Phonetic { get; }

    // The variant itself (its text, role and script), its phonetic key, letters and length, by id in one struct (one cache line or less
    // a variant: the filter meets variants at random).
    public VariantInfo[] Info { get; }

    // The instance of a text among the variants' texts, or null when no variant has it.
    public string? ListedText(string text) => texts.GetValueOrDefault(text);

    // The instance of a phonetic key among the variants' keys, or null when no variant has it.
    public string? ListedSound(string sound) => sounds.GetValueOrDefault(sound);
}

// A listed word variant, its phonetic key (TokenSimilarity.Phonetic), letters (TokenSimilarity.LetterMask) and length.
internal readonly record struct VariantInfo(NameToken Token, string Phonetic, uint Mask, int Length);
