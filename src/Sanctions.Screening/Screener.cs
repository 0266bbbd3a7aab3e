using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Screening;

/// <summary>
/// Screens names against the parties of a world that are designated on a date: built once from a <see cref="SanctionsWorld"/>,
/// then asked from any number of threads. Every name of every party that has a designation (in any period) is analysed and indexed
/// by its words, their one-deletion neighbours (typos) and their phonetic keys; a query compares against the names that share such
/// a key with it, not against the whole list.
/// </summary>
/// <remarks>
/// <para>A listed word found in more names than <see cref="ScreeningOptions.GenericTokenMinimum"/> (or
/// <see cref="ScreeningOptions.GenericTokenShare"/> of them) is generic (mohammad, al, trading): it never makes a candidate alone.
/// A name whose words are all generic is found when the query has the same words.</para>
/// <para>Time: only designations in force on <see cref="ScreeningQuery.On"/>, as known at <see cref="ScreeningQuery.KnownAt"/>,
/// make a match (possible ones included: unknown is not no); other designated parties are returned only with
/// <see cref="ScreeningQuery.IncludeDelisted"/>, marked.</para>
/// </remarks>
/// <threadsafety>Immutable after <see cref="Build"/>; <see cref="Screen"/> is safe from any number of threads.</threadsafety>
public sealed class Screener
{
    // One edit is within the budget from four letters on (TokenSimilarity.Budget); shorter words are looked up as they are.
    private const int MinDeletionLength = 4;

    private readonly SanctionsWorld world;
    private readonly Listed[] names;
    private readonly Party[] parties;
    private readonly ImmutableArray<Designation>[] designations;
    private readonly KeyTable keyLookup;
    private readonly int[] keyStarts;
    private readonly int[] keyEnds;
    private readonly int[] keyWords;
    private readonly int[][] tokenNames;
    private readonly FrozenDictionary<string, int[]> genericOnly;
    private readonly FrozenSet<string> generic;
    private readonly ThreadLocal<int[]> stamps;
    private int stampCounter;

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
        for (var p = 0; p < analysed.Length; p++)
        {
            foreach (var (name, array) in analysed[p])
            {
                // One string per word text, so that word pairs can be cached by instance (SimilarityCache).
                for (var k = 0; k < array.Length; k++)
                {
                    array[k] = array[k] with { Text = Intern(texts, array[k].Text) };
                }

                nameList.Add(new Listed(p, name, array));
            }
        }

        parties = [.. partyList];
        designations = [.. designationList];
        names = [.. nameList];

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

        tokenNames = [.. postings.Select(p => p.ToArray())];
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
                foreach (var key in Keys(text))
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
        stamps = new ThreadLocal<int[]>(() => new int[names.Length]);
    }

    /// <summary>The options the screener was built with.</summary>
    public ScreeningOptions Options { get; }

    /// <summary>How many listed names are indexed.</summary>
    public int NameCount => names.Length;

    /// <summary>How many designated parties are indexed.</summary>
    public int PartyCount => parties.Length;

    /// <summary>Builds a screener over every party of <paramref name="world"/> that has a designation.</summary>
    /// <param name="world">The world.</param>
    /// <param name="options">Thresholds and weights; <see cref="ScreeningOptions.Default"/> when null.</param>
    /// <returns>The screener.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="world"/> is null.</exception>
    /// <exception cref="ArgumentException">The options' thresholds are out of order or outside [0, 1].</exception>
    public static Screener Build(SanctionsWorld world, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(world);
        options ??= ScreeningOptions.Default;
        if (options.AlertThreshold is < 0 or > 1 || options.StrongThreshold < options.AlertThreshold || options.StrongThreshold > 1)
        {
            throw new ArgumentException($"Thresholds must satisfy 0 <= alert ({options.AlertThreshold}) <= strong ({options.StrongThreshold}) <= 1.", nameof(options));
        }

        return new Screener(world, options);
    }

    /// <summary>Compares two names alone, without a world: the name part of a match's score and its evidence.</summary>
    /// <param name="query">The name screened.</param>
    /// <param name="listed">The listed name.</param>
    /// <param name="kind">The kind of party (null: unknown).</param>
    /// <param name="options">Thresholds and weights; <see cref="ScreeningOptions.Default"/> when null.</param>
    /// <returns>The score (0 when the names share no word, typo or sound) and its evidence.</returns>
    public static (double Score, ImmutableArray<Evidence> Evidence) Compare(string query, string listed, PartyKind? kind = null, ScreeningOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(listed);
        options ??= ScreeningOptions.Default;
        var q = NameAnalyzer.Analyze(query, kind);
        (double Score, ImmutableArray<Evidence> Evidence) best = (0, []);
        foreach (var written in Alternatives(listed))
        {
            var l = NameAnalyzer.Analyze(written, kind);
            if (!Anchored(q.AsSpan(), [.. l], _ => false))
            {
                continue;
            }

            var evidence = ImmutableArray.CreateBuilder<Evidence>();
            NameScorer.Compare(ImmutableCollectionsMarshal.AsArray(q)!, ImmutableCollectionsMarshal.AsArray(l)!, NameKind.Primary, options, evidence);
            var result = evidence.ToImmutable();
            var score = Evidence.Recompute(result);
            if (score > best.Score)
            {
                best = (score, result);
            }
        }

        return best;
    }

    /// <summary>Screens <paramref name="query"/>: the parties whose names match at or above the query's minimum score, best first.</summary>
    /// <param name="query">The names and what else is known.</param>
    /// <returns>The matches, best first (ties by party id); empty when none.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public ImmutableArray<ScreeningMatch> Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        if (!MayHaveCandidates(query))
        {
            // Nothing allocated: the common answer for a customer who is on no list.
            LastCandidates = 0;
            return [];
        }

        var analysed = Analyse(query);
        var stamp = stamps.Value!;
        var mark = Interlocked.Increment(ref stampCounter);
        if (mark == int.MaxValue)
        {
            Array.Clear(stamp);
        }

        List<int>? candidates = null;
        Span<char> buffer = stackalloc char[64];
        foreach (var (_, tokens) in analysed)
        {
            for (var k = 0; k < tokens.Length; k++)
            {
                if (!generic.Contains(tokens[k].Text))
                {
                    AddKeys(tokens[k].Text, buffer, stamp, mark, ref candidates);
                }

                if (k + 1 < tokens.Length && Joinable(tokens[k], tokens[k + 1]))
                {
                    AddKeys(string.Concat(tokens[k].Text, tokens[k + 1].Text), buffer, stamp, mark, ref candidates);
                }

                if (JoinsThree(tokens, k))
                {
                    AddKeys(string.Concat(tokens[k].Text, tokens[k + 1].Text, tokens[k + 2].Text), buffer, stamp, mark, ref candidates);
                }
            }

            if (GenericOnlyKey(tokens) is { } key && genericOnly.TryGetValue(key, out var only))
            {
                foreach (var i in only)
                {
                    if (stamp[i] != mark)
                    {
                        stamp[i] = mark;
                        (candidates ??= []).Add(i);
                    }
                }
            }
        }

        LastCandidates = candidates?.Count ?? 0;
        return candidates is null ? [] : Rank(query, analysed, candidates);
    }

    [ThreadStatic]
    private static SimilarityCache? similarities;

    // How many listed names the last query on this thread compared against (for the evaluation's diagnostics).
    [ThreadStatic]
    internal static int LastCandidates;

    // Every listed name scored, with no index: the definition the index must agree with (used by the differential test).
    internal ImmutableArray<ScreeningMatch> ScreenExhaustively(ScreeningQuery query)
    {
        var analysed = Analyse(query);
        var candidates = new List<int>();
        for (var i = 0; i < names.Length; i++)
        {
            foreach (var (_, tokens) in analysed)
            {
                if (Anchored(tokens.AsSpan(), names[i].Tokens, generic.Contains) ||
                    (GenericOnlyKey(names[i].Tokens) is { } key && !AnchorWords(names[i].Tokens, generic.Contains).Any() && key == GenericOnlyKey(tokens)))
                {
                    candidates.Add(i);
                    break;
                }
            }
        }

        return Rank(query, analysed, candidates);
    }

    // False only when the query certainly has no candidate, decided without allocating: each name folded on the stack and, when its
    // analysis is certainly its folded words as plain name words (no comma, digit, one-letter or special word), looked up with the
    // same keys Screen looks up. Any other name says "maybe" and goes the whole way.
    private bool MayHaveCandidates(ScreeningQuery query)
    {
        foreach (var name in query.Names)
        {
            if (MayHaveCandidates(name))
            {
                return true;
            }
        }

        return false;
    }

    private const int MaxPrecheckWords = 16;

    // Hash sets for the no-candidate check: their span lookups allocate nothing in any build.
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpecialLookup =
        new HashSet<string>(Vocabulary.Special, StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> genericWords;

    private bool MayHaveCandidates(string name)
    {
        if (name.Length > 200 || name.Contains(',', StringComparison.Ordinal))
        {
            return true;
        }

        Span<char> folded = stackalloc char[512];
        if (!NameFolding.TryFold(name, folded, out var length))
        {
            return true;
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
                    return true;
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
                return true;
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
                    return true;
                }
            }

            if (k + 1 < count)
            {
                var next = text.Slice(words[k + 1].Start, words[k + 1].Length);
                if (word.Length + next.Length > joined.Length)
                {
                    return true;
                }

                word.CopyTo(joined);
                next.CopyTo(joined[word.Length..]);
                if (HasKeys(joined[..(word.Length + next.Length)]))
                {
                    return true;
                }
            }
        }

        // A name of generic words only may be the whole of a listed name of the same words (genericOnly).
        return count > 0 && allGeneric;
    }

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
    private bool HasKeys(ReadOnlySpan<char> word)
    {
        if (word.Length > 63)
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
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue;
                }

                word[..i].CopyTo(buffer);
                word[(i + 1)..].CopyTo(buffer[i..]);
                if (keyLookup.ContainsKey(buffer[..(word.Length - 1)]))
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
        return sounds >= 4 && keyLookup.ContainsKey(buffer[..(sounds + 1)]);
    }

    private (string Name, ImmutableArray<NameToken> Tokens)[] Analyse(ScreeningQuery query) =>
        [.. query.Names.Select(n => (n, NameAnalyzer.Analyze(n, query.Kind))).Where(x => !x.Item2.IsEmpty)];

    private void AddKeys(string word, Span<char> buffer, int[] stamp, int mark, ref List<int>? candidates)
    {
        if (word.Length > buffer.Length - 1)
        {
            return;
        }

        AddKey(word, stamp, mark, ref candidates);
        if (word.Length >= MinDeletionLength)
        {
            for (var i = 0; i < word.Length; i++)
            {
                if (i > 0 && word[i] == word[i - 1])
                {
                    continue;
                }

                word.AsSpan(0, i).CopyTo(buffer);
                word.AsSpan(i + 1).CopyTo(buffer[i..]);
                AddKey(buffer[..(word.Length - 1)], stamp, mark, ref candidates);
            }
        }

        if (PhoneticKey(word) is { } p)
        {
            AddKey(p, stamp, mark, ref candidates);
        }
    }

    private void AddKey(ReadOnlySpan<char> key, int[] stamp, int mark, ref List<int>? candidates)
    {
        if (!keyLookup.TryGetValue(key, out var k))
        {
            return;
        }

        var tokens = keyWords.AsSpan(keyStarts[k], keyEnds[k] - keyStarts[k]);

        foreach (var token in tokens)
        {
            foreach (var i in tokenNames[token])
            {
                if (stamp[i] != mark)
                {
                    stamp[i] = mark;
                    (candidates ??= []).Add(i);
                }
            }
        }
    }

    private ImmutableArray<ScreeningMatch> Rank(ScreeningQuery query, (string Name, ImmutableArray<NameToken> Tokens)[] analysed, List<int> candidates)
    {
        var min = query.MinScore ?? Options.AlertThreshold;
        var view = world.AsOf(query.On, query.KnownAt);
        var best = new Dictionary<int, ScreeningMatch>();
        var qualifiers = new Dictionary<int, Evidence[]>();
        var cache = similarities ??= new SimilarityCache();
        cache.Clear();
        var boost = (query.BirthDate is null ? 0 : Math.Max(0, Options.BirthDateMatch)) + (query.Countries.IsEmpty ? 0 : Math.Max(0, Options.CountryMatch))
            + (query.Identifiers.IsEmpty ? 0 : Math.Max(0, Options.IdentifierMatch));
        foreach (var i in candidates)
        {
            var listed = names[i];
            var party = parties[listed.Party];
            if (query.Kind is { } k && k != party.Kind)
            {
                continue;
            }

            foreach (var (queryName, tokens) in analysed)
            {
                // The name's score first, without evidence; the qualifiers can only add up to `boost`. Evidence is written only for
                // a match that is kept, and gives the same score (NameScorer.Compare sums as Evidence.Recompute does).
                var nameScore = NameScorer.Compare(ImmutableCollectionsMarshal.AsArray(tokens)!, listed.Tokens, listed.Name.Kind, Options, null, cache);
                if (nameScore + boost + 1e-9 < min)
                {
                    continue;
                }

                if (!qualifiers.TryGetValue(listed.Party, out var extra))
                {
                    qualifiers[listed.Party] = extra = Qualifiers(query, party);
                }

                var score = nameScore;
                foreach (var e in extra)
                {
                    score += e.Weight * e.Score;
                }

                score = Math.Clamp(score, 0, 1);
                if (score < min || (best.TryGetValue(listed.Party, out var current) && !Better(score, listed.Name, current)))
                {
                    continue;
                }

                var evidence = ImmutableArray.CreateBuilder<Evidence>();
                NameScorer.Compare(ImmutableCollectionsMarshal.AsArray(tokens)!, listed.Tokens, listed.Name.Kind, Options, evidence);
                evidence.AddRange(extra);
                var all = evidence.ToImmutable();
                best[listed.Party] = new ScreeningMatch(party, score, score >= Options.StrongThreshold ? MatchBand.Strong : MatchBand.Review,
                    score >= Options.AlertThreshold, queryName, listed.Name, [], false, all);
            }
        }

        var results = new List<ScreeningMatch>(best.Count);
        foreach (var (index, match) in best)
        {
            var inForce = view.DesignationsOf(match.Party.Id).ToImmutableArray();
            if (!inForce.IsEmpty)
            {
                results.Add(Finish(match, inForce, false));
            }
            else if (query.IncludeDelisted)
            {
                var known = designations[index].Where(d => d.Recorded.IsVisibleAt(query.KnownAt)).Select(d => new DatedAnswer<Designation>(d, Certainty.No)).ToImmutableArray();
                if (!known.IsEmpty)
                {
                    results.Add(Finish(match, known, true));
                }
            }
        }

        results.Sort(static (a, b) =>
        {
            var c = b.Score.CompareTo(a.Score);
            return c != 0 ? c : string.CompareOrdinal(a.Party.Id.Value, b.Party.Id.Value);
        });
        var limit = query.Limit is { } n && n < results.Count ? n : results.Count;
        return [.. results.Take(limit)];
    }

    private static ScreeningMatch Finish(ScreeningMatch m, ImmutableArray<DatedAnswer<Designation>> ds, bool delisted) =>
        new(m.Party, m.Score, m.Band, m.IsAlert, m.QueryName, m.MatchedName, ds, delisted, m.Evidence);

    // Ties between names of one party go to the stronger kind of name, so a primary name beats an alias of the same score.
    private static bool Better(double score, PartyName name, ScreeningMatch current) =>
        score > current.Score || (score == current.Score && Rank(name.Kind) < Rank(current.MatchedName.Kind));

    private static int Rank(NameKind kind) => kind switch
    {
        NameKind.Primary => 0,
        NameKind.Alias => 1,
        NameKind.FormerName => 2,
        _ => 3,
    };

    private Evidence[] Qualifiers(ScreeningQuery query, Party party)
    {
        var o = Options;
        var list = new List<Evidence>();
        if (party is Person person)
        {
            if (query.BirthDate is { } from && !person.BirthDates.IsEmpty)
            {
                var to = query.BirthDateTo ?? from;
                var earliest = from.Earliest;
                var latest = to.Latest;
                var gapDays = int.MaxValue;
                string? closest = null;
                foreach (var b in person.BirthDates)
                {
                    var gap = b.Latest < earliest ? NodaTime.Period.Between(b.Latest, earliest, NodaTime.PeriodUnits.Days).Days
                        : b.Earliest > latest ? NodaTime.Period.Between(latest, b.Earliest, NodaTime.PeriodUnits.Days).Days : 0;
                    if (gap < gapDays)
                    {
                        gapDays = gap;
                        closest = b.ToString();
                    }
                }

                var q = query.BirthDateTo is { } t ? $"{from}..{t}" : from.ToString();
                list.Add(gapDays == 0 ? new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, 1, o.BirthDateMatch)
                    : gapDays <= 366 * o.BirthDateToleranceYears ? new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, 0, 0)
                    : new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, -1, o.BirthDateMismatch));
            }

            if (query.Gender is { } g && person.Gender is { } pg && Gender(g) is { } qg && Gender(pg) is { } lg && qg != lg)
            {
                list.Add(new Evidence("gender", EvidenceRole.Adjustment, g, pg, -1, o.GenderMismatch));
            }
        }

        if (!query.Countries.IsEmpty)
        {
            var listed = party.Countries.Concat(party is Person p ? p.Nationalities : []).Select(Countries.Key).Distinct(StringComparer.Ordinal).ToArray();
            if (listed.Length > 0)
            {
                var asked = query.Countries.Select(Countries.Key).ToArray();
                var same = asked.FirstOrDefault(listed.Contains);
                list.Add(same is not null
                    ? new Evidence("country", EvidenceRole.Adjustment, same, same, 1, o.CountryMatch)
                    : new Evidence("country", EvidenceRole.Adjustment, string.Join(",", asked), string.Join(",", listed), -1, o.CountryMismatch));
            }
        }

        var known = party.Identifiers.Select(x => (Key: IdentifierKey(x.Value), Text: x.ToString()));
        if (party is Vessel { Imo: { } imo })
        {
            known = known.Append((IdentifierKey(imo), "IMO " + imo));
        }

        foreach (var id in query.Identifiers)
        {
            var key = IdentifierKey(id);
            var hit = key.Length >= 4 ? known.FirstOrDefault(x => x.Key == key || x.Key == "IMO" + key || "IMO" + x.Key == key) : default;
            if (hit.Text is not null)
            {
                list.Add(new Evidence("identifier", EvidenceRole.Adjustment, id, hit.Text, 1, o.IdentifierMatch));
                break;
            }
        }

        return [.. list];
    }

    private static string? Gender(string g) => NameFolding.Fold(g) switch
    {
        "m" or "male" or "man" => "m",
        "f" or "female" or "woman" => "f",
        _ => null,
    };

    private static string IdentifierKey(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);

    // Two neighbouring words that may be one word elsewhere ("abdul rahman" / "abdulrahman", "xi jin ping" / "xi jinping").
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
    internal static bool JoinsThree(IReadOnlyList<NameToken> tokens, int i) =>
        i + 2 < tokens.Count && tokens[i].Role == TokenRole.Particle && tokens[i + 1].Role == TokenRole.Particle && tokens[i + 2].IsSignificant;

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
    private static string? GenericOnlyKey(IEnumerable<NameToken> tokens)
    {
        var words = tokens.Where(t => t.IsSignificant).Select(t => t.Text).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return words.Length == 0 ? null : "=" + string.Join(' ', words);
    }

    // Whether the query and the listed name share a key (a word, a one-deletion neighbour or a phonetic key) between a query word and
    // an anchor word of the listed name: the definition of a candidate, which the index computes by lookup.
    private static bool Anchored(ReadOnlySpan<NameToken> query, NameToken[] listed, Func<string, bool> isGeneric)
    {
        var lk = AnchorWords(listed, isGeneric).SelectMany(Keys).ToHashSet(StringComparer.Ordinal);
        return lk.Count > 0 && QueryWords(query.ToArray(), isGeneric).SelectMany(Keys).Any(lk.Contains);
    }

    // The index keys of a word: itself; for four letters or more its one-deletion neighbours; its phonetic key when that has four sounds or more.
    internal static IEnumerable<string> Keys(string word)
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

    // A 64-bit hash of an index key (FNV-1a, then a final mix). Two keys with one hash would only add a candidate, which is scored like
    // any other; at the index's size (some 300,000 keys) the chance of any such pair is about one in a billion.
    internal static ulong KeyHash(ReadOnlySpan<char> key)
    {
        var h = 14695981039346656037UL;
        foreach (var c in key)
        {
            h = (h ^ c) * 1099511628211UL;
        }

        h ^= h >> 33;
        h *= 0xff51afd7ed558ccdUL;
        h ^= h >> 33;
        h *= 0xc4ceb9fe1a85ec53UL;
        h ^= h >> 33;
        return h;
    }

    // The index's keys by hash.
    private sealed class KeyTable(Dictionary<ulong, int> ids)
    {
        public bool ContainsKey(ReadOnlySpan<char> key) => ids.ContainsKey(KeyHash(key));

        public bool TryGetValue(ReadOnlySpan<char> key, out int id) => ids.TryGetValue(KeyHash(key), out id);
    }

    private static string Intern(Dictionary<string, string> texts, string text)
    {
        if (!texts.TryGetValue(text, out var one))
        {
            texts[text] = one = text;
        }

        return one;
    }

    private sealed record Listed(int Party, PartyName Name, NameToken[] Tokens);
}
