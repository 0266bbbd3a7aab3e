using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
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
public sealed partial class Screener
{
    // One edit is within the budget from four letters on (TokenSimilarity.Budget); shorter words are looked up as they are.
    private const int MinDeletionLength = 4;

    // The longest word whose keys a query looks up (a one-deletion neighbour's hash is made from powers up to this length).
    private const int MaxKeyWordLength = 63;

    private readonly SanctionsWorld world;
    private readonly Listed[] names;
    private readonly Party[] parties;
    private readonly ImmutableArray<Designation>[] designations;
    private readonly KeyTable keyLookup;
    private readonly int[] keyStarts;
    private readonly int[] keyEnds;
    private readonly int[] keyWords;
    private readonly int[] tokenNameStarts;
    private readonly int[] tokenNameIds;
    private readonly FrozenDictionary<string, int[]> genericOnly;
    private readonly FrozenDictionary<string, int[]>.AlternateLookup<ReadOnlySpan<char>> genericOnlyLookup;
    private readonly FrozenSet<string> generic;
    private readonly ThreadLocal<Marks> stamps;
    private readonly WordData wordData;

    // What the filter keeps of the listed word variants (the property tests read it: one string a value).
    internal WordData Words => wordData;
    private readonly NameToken[][] nameWords;
    private readonly int[] idStarts;
    private readonly int[] flatIds;
    private readonly PartyKind[] nameKinds;
    private readonly byte[] nameFlags;
    private const byte WeakAliasFlag = 1;
    private const byte NumberFlag = 2;

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
    /// <returns>The score (0 when the names share no word, typo or sound) and its evidence. A name with no word to compare (nothing but
    /// punctuation or characters the analysis drops) scores 0 with no evidence: check it with <see cref="NameAnalyzer.Analyze"/> when
    /// that must not read as "no match" (<see cref="Screen"/> refuses such a query).</returns>
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
    /// <returns>The matches, best first (ties by party id); empty when none: then every name of the query that has a word to screen
    /// was screened and matched nobody.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    /// <exception cref="ArgumentException">No name of the query has a word to screen: each is nothing but punctuation, honorifics or
    /// characters the analysis drops (<c>---</c>, <c>(?)</c>, <c>Mr.</c>). Such a query cannot be screened, and an empty answer would
    /// read as "no match"; <see cref="CanScreen"/> tells beforehand. A query of several names is screened by those that have words.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public ImmutableArray<ScreeningMatch> Screen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var precheck = Precheck(query);
        if (precheck == NoCandidate)
        {
            // Nothing allocated: the common answer for a customer who is on no list.
            LastCandidates = 0;
            LastScored = 0;
            return [];
        }

        var analysed = precheck == NoWord ? [] : Analyse(query);
        if (analysed.Length == 0)
        {
            throw NotScreenable(query);
        }

        // Each thread marks its own array with its own counter: no counter shared between threads (a cache line bounced between
        // cores on every query of a batch).
        var (stamp, mark) = NextMark();

        // The candidates, in a list this thread keeps from query to query.
        var candidates = candidateList ??= [];
        candidates.Clear();
        Span<char> joined = stackalloc char[MaxKeyWordLength];
        foreach (var (_, tokens) in analysed)
        {
            for (var k = 0; k < tokens.Length; k++)
            {
                if (!generic.Contains(tokens[k].Text))
                {
                    AddKeys(tokens[k].Text, stamp, mark, candidates);
                }

                // Neighbours joined (on the stack: a joined word longer than a key word has no keys).
                if (k + 1 < tokens.Length && Joinable(tokens[k], tokens[k + 1]))
                {
                    AddKeys(Joined(joined, tokens[k].Text, tokens[k + 1].Text, string.Empty), stamp, mark, candidates);
                }

                if (JoinsThree(tokens.AsSpan(), k))
                {
                    AddKeys(Joined(joined, tokens[k].Text, tokens[k + 1].Text, tokens[k + 2].Text), stamp, mark, candidates);
                }
            }

            if (GenericOnlyLookup(tokens, out var only))
            {
                foreach (var i in only)
                {
                    if (stamp[i] != mark)
                    {
                        stamp[i] = mark;
                        candidates.Add(i);
                    }
                }
            }
        }

        LastCandidates = candidates.Count;
        return candidates.Count == 0 ? [] : Rank(query, analysed, candidates);
    }

    /// <summary>Whether the screener knows <paramref name="country"/> as a country (an ISO 3166-1 alpha-2 code in either case, or an
    /// English name such as <c>Iran</c> or <c>United Kingdom</c>). A query country it does not know (<c>Atlantis</c>, <c>XX</c>, a typo)
    /// takes no part in the country qualifier: it is neither for nor against a match.</summary>
    /// <param name="country">The country as written.</param>
    /// <returns>True when the text names a country known here.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="country"/> is null.</exception>
    public static bool RecognisesCountry(string country)
    {
        ArgumentNullException.ThrowIfNull(country);
        return Countries.Code(country) is not null;
    }

    /// <summary>Whether <paramref name="query"/> can be screened: some name of it has a word the analysis keeps (<see cref="NameAnalyzer"/>:
    /// not only punctuation, honorifics or characters it drops). <see cref="Screen"/> refuses a query that cannot.</summary>
    /// <param name="query">The query.</param>
    /// <returns>True when some name has a word to screen.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="query"/> is null.</exception>
    public static bool CanScreen(ScreeningQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        foreach (var name in query.Names)
        {
            if (!NameAnalyzer.Analyze(name, query.Kind).IsEmpty)
            {
                return true;
            }
        }

        return false;
    }

    // The error for a query no name of which has a word to screen: the names quoted (each cut to a readable length).
    private static ArgumentException NotScreenable(ScreeningQuery query) =>
        new(
            $"Not screened: no word to screen in any name of the query (nothing but punctuation, honorifics or characters the analysis drops): "
            + string.Join(", ", query.Names.Take(5).Select(n => "'" + (n.Length > 80 ? n[..80] + "…" : n) + "'"))
            + (query.Names.Length > 5 ? $" and {query.Names.Length - 5} more" : string.Empty) + ".",
            nameof(query));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private (int[] Stamp, int Mark) NextMark()
    {
        var marks = stamps.Value!;
        if (++marks.Mark == int.MaxValue)
        {
            Array.Clear(marks.Stamp);
            marks.Mark = 1;
        }

        return (marks.Stamp, marks.Mark);
    }

    // One thread's candidate marks: the query number that last reached each listed name, then each listed word (AddKey).
    private sealed class Marks(int names)
    {
        public int[] Stamp { get; } = new int[names];

        public int Mark { get; set; }
    }

    [ThreadStatic]
    private static SimilarityCache? similarities;

    // Each thread's list of a query's candidates, used again by its next query (Rank reads it before Screen returns).
    [ThreadStatic]
    private static List<int>? candidateList;

    // The candidate filters not in use, each with its memo of 32 bytes for every listed word variant (about 655 KB on the SDN of
    // 2024-05-01: 20,468 variants): a query rents one a query name and gives it back, so that a batch on a thread pool keeps as many
    // as run at once, not one for every thread the pool ever made, and a new thread makes none while one is idle. A thread gets back
    // the filter it gave back last when that one is idle: its memo and pair rows are then in this core's cache, not another's (on two
    // cores taking any idle filter handed them from core to core on about half the queries).
    private readonly List<CandidateFilter> idleFilters = [];

    internal CandidateFilter[] RentFilters(int count)
    {
        var rented = new CandidateFilter[count];
        var got = 0;
        var thread = Environment.CurrentManagedThreadId;
        lock (idleFilters)
        {
            while (got < count && idleFilters.Count > 0)
            {
                // This thread's last filter when idle, else the one given back last.
                var at = idleFilters.Count - 1;
                for (var k = at; k >= 0; k--)
                {
                    if (idleFilters[k].LastThread == thread)
                    {
                        at = k;
                        break;
                    }
                }

                rented[got++] = idleFilters[at];
                idleFilters.RemoveAt(at);
            }
        }

        while (got < count)
        {
            rented[got++] = new CandidateFilter(wordData.Masks.Length);
        }

        return rented;
    }

    internal void ReturnFilters(CandidateFilter[] rented)
    {
        var thread = Environment.CurrentManagedThreadId;
        lock (idleFilters)
        {
            foreach (var f in rented)
            {
                f.LastThread = thread;
                idleFilters.Add(f);
            }
        }
    }

    // How many listed names the last query on this thread compared against (for the evaluation's diagnostics).
    [ThreadStatic]
    internal static int LastCandidates;

    // How many of them the candidate filter left to be scored in full (diagnostics).
    [ThreadStatic]
    internal static int LastScored;

    // Every listed name scored, with no index and no candidate filter: the definition the index must agree with (the differential test).
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

        return Rank(query, analysed, candidates, filter: false);
    }

    private sealed record Listed(int Party, PartyName Name, NameToken[] Tokens, int[] Ids);
}
