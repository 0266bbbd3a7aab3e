using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.World;

namespace Sanctions.Screening;

// The screener, part: building the index (names analysed, keys, postings, generic words).
public sealed partial class Screener
{
    private Screener(SanctionsWorld world, ScreeningOptions options)
    {
        this.world = world;
        Options = options;
        var byParty = new Dictionary<PartyId, List<Designation>>();
        foreach (var d in world.Designations)
        {
            if (!byParty.TryGetValue(d.Party, out var list))
            {
                byParty[d.Party] = list = [];
            }

            list.Add(d);
        }

        var partyList = new List<Party>();
        var designationList = new List<ImmutableArray<Designation>>();
        foreach (var party in world.Parties)
        {
            if (byParty.TryGetValue(party.Id, out var ds))
            {
                partyList.Add(party);
                designationList.Add([.. ds]);
            }
        }

        // The analysis of every listed name, on every core (each party's names apart), then in party order.
        var analysed = new (PartyName Name, NameToken[] Tokens)[partyList.Count][];
        Parallel.For(0, partyList.Count, p =>
        {
            var party = partyList[p];
            var list = new List<(PartyName, NameToken[])>();
            foreach (var name in party.Names)
            {
                // A name the list no longer gives (its record closed by a later publication) is screened through the former
                // name a history import keeps in its place, not as the primary name or alias it was.
                if (!name.Recorded.IsCurrent)
                {
                    continue;
                }

                foreach (var written in Alternatives(name.Value))
                {
                    var tokens = NameAnalyzer.Analyze(written, party.Kind);
                    if (!tokens.IsEmpty)
                    {
                        list.Add((name, ImmutableCollectionsMarshal.AsArray(tokens)!));
                    }
                }
            }

            analysed[p] = [.. list];
        });

        var nameList = new List<Listed>();
        var texts = new Dictionary<string, string>(StringComparer.Ordinal);
        var variantIds = new Dictionary<NameToken, int>();
        for (var p = 0; p < analysed.Length; p++)
        {
            foreach (var (name, array) in analysed[p])
            {
                // One string per word text, so that word pairs can be cached by instance (SimilarityCache), and one id per word,
                // role and script (the candidate filter's memo). The name's words and the texts met first here are made anew, one
                // after another in name order: the analysis made them on every core among its own garbage, so that a candidate's
                // words and texts lay on pages of their own, scattered over the heap; made here they lie together (the collector
                // keeps their order when it compacts), and the ranking loop, which reads them for candidates met at random, meets
                // fewer pages.
                var copy = new NameToken[array.Length];
                var ids = new int[array.Length];
                for (var k = 0; k < array.Length; k++)
                {
                    copy[k] = array[k] with { Text = Intern(texts, array[k].Text, copy: true) };
                    if (!variantIds.TryGetValue(copy[k], out ids[k]))
                    {
                        variantIds[copy[k]] = ids[k] = variantIds.Count;
                    }
                }

                nameList.Add(new Listed(p, name, copy, ids));
            }
        }

        var masks = new uint[variantIds.Count];
        var sounds = new string[variantIds.Count];
        var variants = new NameToken[variantIds.Count];
        var soundOf = new Dictionary<string, string>(StringComparer.Ordinal);
        var soundValues = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (token, id) in variantIds)
        {
            variants[id] = token;
            masks[id] = TokenSimilarity.LetterMask(token.Text);
            if (!soundOf.TryGetValue(token.Text, out sounds[id]!))
            {
                // One instance per phonetic key: the filter tells equal keys by reference.
                soundOf[token.Text] = sounds[id] = Intern(soundValues, TokenSimilarity.Phonetic(token.Text));
            }
        }

        wordData = new WordData(masks, sounds, variants, texts, soundValues);

        parties = [.. partyList];
        designations = [.. designationList];
        names = [.. nameList];

        // What the ranking loop reads of every candidate before its words, in flat arrays (no listed name reached for a candidate
        // the filter drops by these alone): word variant ids one name after another, the party's kind, weak alias or number.
        nameWords = [.. names.Select(n => n.Tokens)];
        idStarts = new int[names.Length + 1];
        for (var i = 0; i < names.Length; i++)
        {
            idStarts[i + 1] = idStarts[i] + names[i].Ids.Length;
        }

        flatIds = [.. names.SelectMany(n => n.Ids)];
        nameKinds = [.. names.Select(n => partyList[n.Party].Kind)];
        nameFlags = [.. names.Select(n => (byte)((n.Name.Kind == NameKind.WeakAlias ? WeakAliasFlag : 0) | (Array.Exists(n.Tokens, t => t.Role == TokenRole.Number) ? NumberFlag : 0)))];

        // Word frequencies over names (each word once a name), then the generic words.
        var frequency = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var n in names)
        {
            foreach (var t in n.Tokens.Where(t => t.IsSignificant).Select(t => t.Text).Distinct(StringComparer.Ordinal))
            {
                frequency[t] = frequency.GetValueOrDefault(t) + 1;
            }
        }

        var limit = Math.Max(options.GenericTokenMinimum, options.GenericTokenShare * names.Length);
        generic = frequency.Where(kv => kv.Value > limit).Select(kv => kv.Key).ToFrozenSet(StringComparer.Ordinal);

        var tokenIds = new Dictionary<string, int>(StringComparer.Ordinal);
        var postings = new List<List<int>>();
        var only = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < names.Length; i++)
        {
            var anchors = 0;
            foreach (var word in AnchorWords(names[i].Tokens, generic.Contains))
            {
                anchors++;
                if (!tokenIds.TryGetValue(word, out var id))
                {
                    tokenIds[word] = id = postings.Count;
                    postings.Add([]);
                }

                if (postings[id].Count == 0 || postings[id][^1] != i)
                {
                    postings[id].Add(i);
                }
            }

            if (anchors == 0 && GenericOnlyKey(names[i].Tokens) is { } key)
            {
                if (!only.TryGetValue(key, out var list))
                {
                    only[key] = list = [];
                }

                list.Add(i);
            }
        }

        // The names of each anchor word, in one array (tokenNameIds from tokenNameStarts[word] to tokenNameStarts[word + 1]).
        tokenNameStarts = new int[postings.Count + 1];
        for (var t = 0; t < postings.Count; t++)
        {
            tokenNameStarts[t + 1] = tokenNameStarts[t] + postings[t].Count;
        }

        tokenNameIds = [.. postings.SelectMany(p => p)];
        // Every key of every anchor word (itself, its one-deletion neighbours, its phonetic key) and the words that have it, keyed by
        // a 64-bit hash of the key (KeyHash): the keys of each word computed on every core without making strings, then numbered.
        var words = new string[tokenIds.Count];
        foreach (var (text, id) in tokenIds)
        {
            words[id] = text;
        }

        var hashes = new ulong[words.Length][];
        Parallel.For(0, words.Length, () => new List<ulong>(), (id, _, list) =>
        {
            list.Clear();
            Span<char> scratch = stackalloc char[66];
            var text = words[id];
            if (text.Length > 64)
            {
                foreach (var key in Keys(text, query: false))
                {
                    list.Add(KeyHash(key));
                }
            }
            else
            {
                list.Add(KeyHash(text));
                if (text.Length >= MinDeletionLength)
                {
                    for (var i = 0; i < text.Length; i++)
                    {
                        if (i == 0 || text[i] != text[i - 1])
                        {
                            text.AsSpan(0, i).CopyTo(scratch);
                            text.AsSpan(i + 1).CopyTo(scratch[i..]);
                            list.Add(KeyHash(scratch[..(text.Length - 1)]));
                        }
                    }
                }

                if (text.Length >= 3 && !char.IsAsciiDigit(text[0]))
                {
                    scratch[0] = '#';
                    var sounds = TokenSimilarity.Phonetic(text, scratch.Slice(1, Math.Min(text.Length, 32) + 1));
                    if (sounds >= 4)
                    {
                        list.Add(KeyHash(scratch[..(sounds + 1)]));
                    }
                }

                // As SkeletonKey, for a listed word.
                var consonants = text.Length > 40 ? 0 : TokenSimilarity.Skeleton(text, scratch.Slice(1, 42));
                if (consonants >= TokenSimilarity.MinSkeleton)
                {
                    scratch[0] = TokenSimilarity.AbjadLike(text) ? '%' : '&';
                    list.Add(KeyHash(scratch[..(consonants + 1)]));
                }
            }

            hashes[id] = [.. list];
            return list;
        }, _ => { });

        var keyIds = new Dictionary<ulong, int>(words.Length * 10);
        var pairKeys = new List<int>(words.Length * 10);
        var pairTokens = new List<int>(words.Length * 10);
        for (var id = 0; id < words.Length; id++)
        {
            foreach (var h in hashes[id])
            {
                if (!keyIds.TryGetValue(h, out var k))
                {
                    keyIds[h] = k = keyIds.Count;
                }

                pairKeys.Add(k);
                pairTokens.Add(id);
            }
        }

        // The words of each key, in one array (tokens were added in id order, so a word met twice for a key is met in a row).
        keyStarts = new int[keyIds.Count + 1];
        foreach (var k in pairKeys)
        {
            keyStarts[k + 1]++;
        }

        for (var k = 0; k < keyIds.Count; k++)
        {
            keyStarts[k + 1] += keyStarts[k];
        }

        keyEnds = keyStarts[..^1];
        keyWords = new int[pairKeys.Count];
        for (var n = 0; n < pairKeys.Count; n++)
        {
            var k = pairKeys[n];
            var end = keyEnds[k];
            if (end == keyStarts[k] || keyWords[end - 1] != pairTokens[n])
            {
                keyWords[end] = pairTokens[n];
                keyEnds[k] = end + 1;
            }
        }

        keyLookup = new KeyTable(keyIds);
        genericWords = new HashSet<string>(generic, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        genericOnly = only.ToFrozenDictionary(kv => kv.Key, kv => kv.Value.ToArray(), StringComparer.Ordinal);
        genericOnlyLookup = genericOnly.GetAlternateLookup<ReadOnlySpan<char>>();
        stamps = new ThreadLocal<Marks>(() => new Marks(names.Length + postings.Count));
    }
}
