using System.Runtime.CompilerServices;
using Sanctions.Core.Parties;

namespace Sanctions.Screening;

// The screener, part: the allocation-free check that a query has no candidate at all.
public sealed partial class Screener
{
    // What the check before any allocation tells of a query: it may have candidates (go the whole way), it certainly has none though
    // some name has words (NoCandidate: the answer is "no match"), or no name has a word at all (NoWord: not screened).
    private const int MayHave = 0;
    private const int NoCandidate = 1;
    private const int NoWord = 2;

    // MayHave unless the query certainly has no candidate, decided without allocating: each name folded on the stack and, when its
    // analysis is certainly its folded words as plain name words (no comma, digit, one-letter or special word), looked up with the
    // same keys Screen looks up. Any other name says "maybe" and goes the whole way. A name folded to no word at all has none to
    // screen: NoWord when every name is so.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Precheck(ScreeningQuery query)
    {
        var words = false;
        foreach (var name in query.Names)
        {
            var check = Precheck(name);
            if (check == MayHave)
            {
                return MayHave;
            }

            words |= check == NoCandidate;
        }

        return words ? NoCandidate : NoWord;
    }

    private const int MaxPrecheckWords = 16;

    // Hash sets for the no-candidate check: their span lookups allocate nothing in any build.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpecialLookup =
        new HashSet<string>(Vocabulary.Special, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genericWords;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Precheck(string name)
    {
        if (name.Length > 200 || name.Contains(',', StringComparison.Ordinal))
        {
            return MayHave;
        }

        Span<char> folded = stackalloc char[512];
        if (!NameFolding.TryFold(name, folded, out var length))
        {
            return MayHave;
        }

        Span<(int Start, int Length)> words = stackalloc (int, int)[MaxPrecheckWords];
        var count = 0;
        var text = folded[..length];
        for (var at = 0; at < text.Length;)
        {
            var end = text[at..].IndexOf(' ');
            var size = end < 0 ? text.Length - at : end;
            if (size > 0)
            {
                if (count == MaxPrecheckWords)
                {
                    return MayHave;
                }

                words[count++] = (at, size);
            }

            at += size + 1;
        }

        var specials = SpecialLookup;
        for (var k = 0; k < count; k++)
        {
            var word = text.Slice(words[k].Start, words[k].Length);
            if (word.Length == 1 || HasDigit(word) || specials.Contains(word))
            {
                return MayHave;
            }
        }

        Span<char> joined = stackalloc char[128];
        var genericLookup = genericWords;
        var allGeneric = true;
        for (var k = 0; k < count; k++)
        {
            var word = text.Slice(words[k].Start, words[k].Length);
            if (!genericLookup.Contains(word))
            {
                allGeneric = false;
                if (HasKeys(word))
                {
                    return MayHave;
                }
            }

            if (k + 1 < count)
            {
                var next = text.Slice(words[k + 1].Start, words[k + 1].Length);
                if (word.Length + next.Length > joined.Length)
                {
                    return MayHave;
                }

                word.CopyTo(joined);
                next.CopyTo(joined[word.Length..]);
                if (HasKeys(joined[..(word.Length + next.Length)]))
                {
                    return MayHave;
                }
            }
        }

        // A name of generic words only may be the whole of a listed name of the same words (genericOnly); a name folded to no word
        // has none to screen (a blank name is refused by ScreeningQuery; this one is punctuation or characters the folding drops).
        return count == 0 ? NoWord : allGeneric ? MayHave : NoCandidate;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasDigit(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (c is >= '0' and <= '9')
            {
                return true;
            }
        }

        return false;
    }

    // Whether any key AddKeys looks up for this word is in the index.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool HasKeys(ReadOnlySpan<char> word)
    {
        if (word.Length > MaxKeyWordLength)
        {
            return false;
        }

        if (keyLookup.ContainsKey(word))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[64];
        if (word.Length >= MinDeletionLength)
        {
            Span<ulong> prefixes = stackalloc ulong[MaxKeyWordLength + 1];
            KeyPrefixes(word, prefixes);
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue;
                }

                if (keyLookup.ContainsHash(DeletionHash(prefixes, word.Length, i)))
                {
                    return true;
                }
            }
        }

        if (word.Length < 3 || char.IsAsciiDigit(word[0]))
        {
            return false;
        }

        // As PhoneticKey: "#" and the key, when the key has four sounds or more.
        buffer[0] = '#';
        var sounds = TokenSimilarity.Phonetic(word, buffer.Slice(1, Math.Min(word.Length, 32) + 1));
        if (sounds >= 4 && keyLookup.ContainsKey(buffer[..(sounds + 1)]))
        {
            return true;
        }

        // As SkeletonKey for a query word: the other script's mark and the skeleton.
        var consonants = word.Length > 40 ? 0 : TokenSimilarity.Skeleton(word, buffer.Slice(1, 42));
        buffer[0] = TokenSimilarity.AbjadLike(word) ? '&' : '%';
        return consonants >= TokenSimilarity.MinSkeleton && keyLookup.ContainsKey(buffer[..(consonants + 1)]);
    }
}
