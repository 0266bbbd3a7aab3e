using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Sanctions.Screening;

// The screener, part: a query's words and keys, and the candidates they reach.
public sealed partial class Screener
{
    // The query's names that have words to screen, analysed (in a loop: a batch analyses one or two names a query).
    private static (string Name, ImmutableArray<NameToken> Tokens)[] Analyse(ScreeningQuery query)
    {
        var names = query.Names;
        if (names.Length == 1)
        {
            var tokens = NameAnalyzer.Analyze(names[0], query.Kind);
            return tokens.IsEmpty ? [] : [(names[0], tokens)];
        }

        var analysed = new List<(string Name, ImmutableArray<NameToken> Tokens)>(names.Length);
        foreach (var n in names)
        {
            var tokens = NameAnalyzer.Analyze(n, query.Kind);
            if (!tokens.IsEmpty)
            {
                analysed.Add((n, tokens));
            }
        }

        return [.. analysed];
    }

    // Adds the names every key of a query word reaches (the word, its one-deletion neighbours from four letters, its phonetic key
    // of four sounds or more, its skeleton key for the other script: PhoneticKey and SkeletonKey, as HasKeys makes them), each key
    // hashed from the stack (no key written out as a string); the keys' slots are fetched together first (KeyTable.Prefetch), then
    // looked up in that order.
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddKeys(ReadOnlySpan<char> word, int[] stamp, int mark, List<int> candidates)
    {
        if (word.Length > MaxKeyWordLength)
        {
            return;
        }

        Span<ulong> hashes = stackalloc ulong[MaxKeyWordLength + 3];
        var count = 0;
        hashes[count++] = KeyHash(word);
        if (word.Length >= MinDeletionLength)
        {
            // The one-deletion neighbours' hashes from the word's prefixes (DeletionHash): no neighbour written out.
            Span<ulong> prefixes = stackalloc ulong[word.Length + 1];
            KeyPrefixes(word, prefixes);
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue;
                }

                hashes[count++] = DeletionHash(prefixes, word.Length, i);
            }
        }

        Span<char> buffer = stackalloc char[64];
        if (word.Length >= 3 && !char.IsAsciiDigit(word[0]))
        {
            // As PhoneticKey: "#" and the key, when the key has four sounds or more.
            buffer[0] = '#';
            var sounds = TokenSimilarity.Phonetic(word, buffer.Slice(1, Math.Min(word.Length, 32) + 1));
            if (sounds >= 4)
            {
                hashes[count++] = KeyHash(buffer[..(sounds + 1)]);
            }
        }

        // As SkeletonKey for a query word: the other script's mark and the skeleton.
        var consonants = word.Length > 40 ? 0 : TokenSimilarity.Skeleton(word, buffer.Slice(1, 42));
        if (consonants >= TokenSimilarity.MinSkeleton)
        {
            buffer[0] = TokenSimilarity.AbjadLike(word) ? '&' : '%';
            hashes[count++] = KeyHash(buffer[..(consonants + 1)]);
        }

        var table = keyLookup;
        foreach (var hash in hashes[..count])
        {
            table.Prefetch(hash);
        }

        // The keys found, and what each reaches asked of memory a step at a time for all of them together (hints: nothing else is
        // read or changed), so that the misses of one step overlap: where each key's words are, its words, their names' places.
        Span<int> found = stackalloc int[count];
        var hits = 0;
        foreach (var hash in hashes[..count])
        {
            if (table.TryGetHash(hash, out var k))
            {
                found[hits++] = k;
                MemoryHints.Prefetch(keyStarts, k);
                MemoryHints.Prefetch(keyEnds, k);
            }
        }

        foreach (var k in found[..hits])
        {
            MemoryHints.Prefetch(keyWords, keyStarts[k]);
        }

        var words = names.Length;
        foreach (var k in found[..hits])
        {
            for (var at = keyStarts[k]; at < keyEnds[k]; at++)
            {
                var token = keyWords[at];
                MemoryHints.Prefetch(tokenNameStarts, token);
                MemoryHints.Prefetch(stamp, words + token);
            }
        }

        foreach (var k in found[..hits])
        {
            AddKey(k, stamp, mark, candidates);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void AddKey(int k, int[] stamp, int mark, List<int> candidates)
    {
        var tokens = keyWords.AsSpan(keyStarts[k], keyEnds[k] - keyStarts[k]);

        // A listed word is reached by many keys of one query word (itself, its one-deletion neighbours, its sound): its names are
        // gone through once a query (the word's mark follows the names' in the same array).
        var words = names.Length;
        foreach (var token in tokens)
        {
            if (stamp[words + token] == mark)
            {
                continue;
            }

            stamp[words + token] = mark;
            foreach (var i in tokenNameIds.AsSpan(tokenNameStarts[token], tokenNameStarts[token + 1] - tokenNameStarts[token]))
            {
                if (stamp[i] != mark)
                {
                    stamp[i] = mark;
                    candidates.Add(i);
                }
            }
        }
    }

    // Two or three words written one after another into `into` (MaxKeyWordLength characters); empty when they do not fit (a word
    // that long has no keys: AddKeys looks up none).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ReadOnlySpan<char> Joined(Span<char> into, string a, string b, string c)
    {
        var length = a.Length + b.Length + c.Length;
        if (length > into.Length)
        {
            return [];
        }

        a.CopyTo(into);
        b.CopyTo(into[a.Length..]);
        c.CopyTo(into[(a.Length + b.Length)..]);
        return into[..length];
    }

    // genericOnly's names for the query name's GenericOnlyKey, the key made on the stack and looked up by span (the string key is
    // made only when the stack is too small).
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private bool GenericOnlyLookup(ImmutableArray<NameToken> tokens, [NotNullWhen(true)] out int[]? only)
    {
        only = null;
        Span<int> order = stackalloc int[Math.Min(tokens.Length, 64)];
        var count = 0;
        var length = 1;
        for (var k = 0; k < tokens.Length; k++)
        {
            if (!tokens[k].IsSignificant)
            {
                continue;
            }

            if (count == order.Length)
            {
                return GenericOnlyKey(tokens) is { } key && genericOnly.TryGetValue(key, out only);
            }

            order[count++] = k;
            length += tokens[k].Text.Length + 1;
        }

        if (count == 0)
        {
            return false;
        }

        // The significant words sorted (ordinal) and without repeats, after "=", one space apart: GenericOnlyKey's key.
        for (var a = 1; a < count; a++)
        {
            var v = order[a];
            var at = a - 1;
            while (at >= 0 && string.CompareOrdinal(tokens[order[at]].Text, tokens[v].Text) > 0)
            {
                order[at + 1] = order[at];
                at--;
            }

            order[at + 1] = v;
        }

        Span<char> buffer = stackalloc char[256];
        if (length > buffer.Length)
        {
            return GenericOnlyKey(tokens) is { } key && genericOnly.TryGetValue(key, out only);
        }

        buffer[0] = '=';
        var written = 1;
        string? last = null;
        foreach (var k in order[..count])
        {
            var text = tokens[k].Text;
            if (last is not null && string.Equals(last, text, StringComparison.Ordinal))
            {
                continue;
            }

            if (last is not null)
            {
                buffer[written++] = ' ';
            }

            text.CopyTo(buffer[written..]);
            written += text.Length;
            last = text;
        }

        return genericOnlyLookup.TryGetValue(buffer[..written], out only);
    }

    // Two neighbouring words that may be one word elsewhere ("abdul rahman" / "abdulrahman", "xi jin ping" / "xi jinping").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Joinable(NameToken a, NameToken b) =>
        a.Role != TokenRole.Number && b.Role != TokenRole.Number && (a.IsSignificant || b.IsSignificant);

    // A listed name written as alternatives ("Al-Qa'ida/Islamic Army") is compared whole and as each alternative.
    internal static IEnumerable<string> Alternatives(string name)
    {
        yield return name;
        if (name.Contains('/', StringComparison.Ordinal))
        {
            var parts = name.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Where(p => p.Any(char.IsLetter)).ToArray();
            if (parts.Length > 1)
            {
                foreach (var part in parts)
                {
                    yield return part;
                }
            }
        }
    }

    // Two particles and a name may be written as one word ("van der bilt" / "vanderbilt", "abd al rahman" / "abdalrahman").
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool JoinsThree(IReadOnlyList<NameToken> tokens, int i) =>
        i + 2 < tokens.Count && JoinsThree(tokens[i], tokens[i + 1], tokens[i + 2]);

    // The same over a span (a query's words: no list boxed a word).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static bool JoinsThree(ReadOnlySpan<NameToken> tokens, int i) =>
        i + 2 < tokens.Length && JoinsThree(tokens[i], tokens[i + 1], tokens[i + 2]);

    // The rule itself, for three neighbouring words.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool JoinsThree(in NameToken first, in NameToken second, in NameToken third) =>
        first.Role == TokenRole.Particle && second.Role == TokenRole.Particle && third.IsSignificant;

    // The words of a listed name that can make it a candidate: its significant, non-generic words, and neighbours joined.
    private static IEnumerable<string> AnchorWords(IReadOnlyList<NameToken> tokens, Func<string, bool> isGeneric)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].IsSignificant && !isGeneric(tokens[i].Text))
            {
                yield return tokens[i].Text;
            }

            if (i + 1 < tokens.Count && Joinable(tokens[i], tokens[i + 1]))
            {
                var joined = string.Concat(tokens[i].Text, tokens[i + 1].Text);
                if (!isGeneric(joined))
                {
                    yield return joined;
                }
            }

            if (JoinsThree(tokens, i))
            {
                yield return string.Concat(tokens[i].Text, tokens[i + 1].Text, tokens[i + 2].Text);
            }
        }
    }

    // The words of a query that are looked up: every word, and neighbours joined.
    private static IEnumerable<string> QueryWords(IReadOnlyList<NameToken> tokens, Func<string, bool> isGeneric)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // A generic word (mohammad) is no anchor on the list's side; its spellings (mohamad, muhammad) are not either on the query's.
            if (!isGeneric(tokens[i].Text))
            {
                yield return tokens[i].Text;
            }

            if (i + 1 < tokens.Count && Joinable(tokens[i], tokens[i + 1]))
            {
                yield return string.Concat(tokens[i].Text, tokens[i + 1].Text);
            }

            if (JoinsThree(tokens, i))
            {
                yield return string.Concat(tokens[i].Text, tokens[i + 1].Text, tokens[i + 2].Text);
            }
        }
    }

    // The key of a name made only of generic words: its distinct significant words, sorted. Null when it has none.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? GenericOnlyKey(IEnumerable<NameToken> tokens)
    {
        var words = tokens.Where(t => t.IsSignificant).Select(t => t.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return words.Length == 0 ? null : "=" + string.Join(' ', words);
    }

    // Whether the query and the listed name share a key (a word, a one-deletion neighbour, a phonetic or a skeleton key) between a
    // query word and an anchor word of the listed name: the definition of a candidate, which the index computes by lookup.
    private static bool Anchored(ReadOnlySpan<NameToken> query, NameToken[] listed, Func<string, bool> isGeneric)
    {
        var lk = AnchorWords(listed, isGeneric).SelectMany(w => Keys(w, query: false)).ToHashSet(StringComparer.Ordinal);
        return lk.Count > 0 && QueryWords(query.ToArray(), isGeneric).SelectMany(w => Keys(w, query: true)).Any(lk.Contains);
    }

    // The index keys of a word: itself; for four letters or more its one-deletion neighbours; its phonetic key when that has four
    // sounds or more; its skeleton key (SkeletonKey).
    internal static IEnumerable<string> Keys(string word, bool query)
    {
        foreach (var key in Keys(word))
        {
            yield return key;
        }

        if (SkeletonKey(word, query) is { } s)
        {
            yield return s;
        }
    }

    // The skeleton key of a word, which meets the other script's: a listed word written in an abjad is kept under "%" and its
    // skeleton, any other under "&"; a query word looks up the other one. Words of one script never meet by skeleton.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? SkeletonKey(string word, bool query)
    {
        Span<char> key = stackalloc char[42];
        var n = word.Length > 40 ? 0 : TokenSimilarity.Skeleton(word, key[1..]);
        if (n < TokenSimilarity.MinSkeleton)
        {
            return null;
        }

        key[0] = TokenSimilarity.AbjadLike(word) ^ query ? '%' : '&';
        return new string(key[..(n + 1)]);
    }

    // The keys of a word but its skeleton key.
    private static IEnumerable<string> Keys(string word)
    {
        yield return word;
        if (word.Length >= MinDeletionLength)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (i == 0 || word[i] != word[i - 1])
                {
                    yield return word.Remove(i, 1);
                }
            }
        }

        if (PhoneticKey(word) is { } p)
        {
            yield return p;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? PhoneticKey(string word)
    {
        if (word.Length < 3 || char.IsAsciiDigit(word[0]))
        {
            return null;
        }

        // Short phonetic keys ("tnl") are shared by too many names to narrow a search: only keys of four sounds or more are looked up.
        var p = TokenSimilarity.Phonetic(word);
        return p.Length >= 4 ? "#" + p : null;
    }

    // A 64-bit hash of an index key: a polynomial over its characters (KeyPrefixes), then its length, then a final mix. Two keys with
    // one hash would only add a candidate, which is scored like any other; at the index's size (some 300,000 keys) the chance of any
    // such pair is about one in a billion. The polynomial lets a one-deletion neighbour's hash be made from the word's prefixes in
    // a few operations (DeletionHash), without writing the neighbour out.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong KeyHash(ReadOnlySpan<char> key)
    {
        ulong h = 0;
        foreach (var c in key)
        {
            h = (h * HashBase) + c + 1;
        }

        return FinishHash(h, key.Length);
    }

    private const ulong HashBase = 0x9E3779B97F4A7C15UL;

    // The polynomial of KeyHash over each prefix of a word: prefixes[k] over word[..k] (prefixes holds word.Length + 1 values).
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void KeyPrefixes(ReadOnlySpan<char> word, Span<ulong> prefixes)
    {
        prefixes[0] = 0;
        for (var k = 0; k < word.Length; k++)
        {
            prefixes[k + 1] = (prefixes[k] * HashBase) + word[k] + 1;
        }
    }

    // KeyHash of a word of `length` characters without its character `at`, from the word's KeyPrefixes (length 64 or less): the
    // polynomial of the part before times the base to the part after's length, plus the part after's.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static ulong DeletionHash(ReadOnlySpan<ulong> prefixes, int length, int at) =>
        FinishHash(prefixes[length] + ((prefixes[at] - prefixes[at + 1]) * HashPowers[length - 1 - at]), length - 1);

    private static readonly ulong[] HashPowers = BuildHashPowers();

    private static ulong[] BuildHashPowers()
    {
        var powers = new ulong[65];
        powers[0] = 1;
        for (var k = 1; k < powers.Length; k++)
        {
            powers[k] = powers[k - 1] * HashBase;
        }

        return powers;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static ulong FinishHash(ulong h, int length)
    {
        h += (ulong)length * 0xC2B2AE3D27D4EB4FUL;
        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    // One instance per text: the first met is kept, or, with `copy`, a copy of it made now (beside what is made with it).
    private static string Intern(Dictionary<string, string> texts, string text, bool copy = false)
    {
        if (!texts.TryGetValue(text, out var one))
        {
            texts[text] = one = copy ? new string(text.AsSpan()) : text;
        }

        return one;
    }
}
