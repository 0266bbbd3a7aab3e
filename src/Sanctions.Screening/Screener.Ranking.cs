using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Screening;

// The screener, part: scoring and ranking candidates, with qualifiers.
public sealed partial class Screener
{
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<ScreeningMatch> Rank(ScreeningQuery query, (string Name, ImmutableArray<NameToken> Tokens)[] analysed, List<int> candidates, bool filter = true)
    {
        var min = query.MinScore ?? Options.AlertThreshold;
        var view = world.AsOf(query.On, query.KnownAt);
        var cache = similarities ??= new SimilarityCache();
        cache.Clear();
        var boost = (query.BirthDate is null ? 0 : Math.Max(0, Options.BirthDateMatch)) + (query.Countries.IsEmpty ? 0 : Math.Max(0, Options.CountryMatch))
            + (query.Identifiers.IsEmpty ? 0 : Math.Max(0, Options.IdentifierMatch));
        // Candidates that certainly score under min − boost are dropped before scoring (CandidateFilter): same results, less work.
        // A filter a query name, rented from the screener's pool and given back (RentFilters).
        var pool = RentFilters(analysed.Length);
        try
        {
            return Rank(query, analysed, candidates, filter, min, view, pool, cache, boost);
        }
        finally
        {
            ReturnFilters(pool);
            bestMatches?.Clear();
            partyQualifiers?.Clear();
        }
    }

    // Each thread's tables of a query's best match by party and of the parties' qualifiers, used again by its next query (Rank
    // empties them before it returns: no match is kept alive by a thread between queries).
    [ThreadStatic]
    private static Dictionary<int, (ScreeningMatch Match, int Name)>? bestMatches;

    [ThreadStatic]
    private static Dictionary<int, Evidence[]>? partyQualifiers;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private ImmutableArray<ScreeningMatch> Rank(
        ScreeningQuery query, (string Name, ImmutableArray<NameToken> Tokens)[] analysed, List<int> candidates, bool filter, double min, WorldView view,
        CandidateFilter[] pool, SimilarityCache cache, double boost)
    {
        // Each party's best match so far, and the index of its listed name (the last tie-break, so that the order candidates are
        // met in, which differs between the index and the scan, never decides which name is reported).
        // (Both kept by the thread from query to query, emptied by the caller after each: Rank(query, analysed, candidates, filter).)
        var best = bestMatches ??= [];
        var qualifiers = partyQualifiers ??= [];
        for (var f = 0; f < analysed.Length; f++)
        {
            pool[f].Start(ImmutableCollectionsMarshal.AsArray(analysed[f].Tokens)!, filter && CandidateFilter.Applies(Options) ? min - boost - 1e-9 : 0, Options, wordData);
        }

        LastScored = 0;

        var found = CollectionsMarshal.AsSpan(candidates);
        for (var c = 0; c < found.Length; c++)
        {
            // The names a few candidates ahead asked of memory now (hints, nothing read), in three steps so that each step reads
            // what the one before fetched: where their word ids are six ahead, the ids four ahead, their variants' memo entries and
            // words two ahead; so that their misses overlap this candidate's work.
            if (c + 2 < found.Length && pool.Length > 0)
            {
                if (c + 4 < found.Length)
                {
                    if (c + 6 < found.Length)
                    {
                        var name = found[c + 6];
                        MemoryHints.Prefetch(idStarts, name);
                        MemoryHints.Prefetch(nameFlags, name);
                        MemoryHints.Prefetch(nameWords, name);
                    }

                    MemoryHints.Prefetch(flatIds, idStarts[found[c + 4]]);
                }

                var ahead = found[c + 2];
                pool[0].Prefetch(flatIds.AsSpan(idStarts[ahead], idStarts[ahead + 1] - idStarts[ahead]), wordData);
                MemoryHints.PrefetchObject(nameWords[ahead]);
            }

            // And the next name's word texts (the tokens two ahead were fetched a candidate ago): the distances and joins read them.
            if (c + 1 < found.Length)
            {
                foreach (var word in nameWords[found[c + 1]])
                {
                    MemoryHints.PrefetchObject(word.Text);
                }
            }

            var i = found[c];
            if (query.Kind is { } k && k != nameKinds[i])
            {
                continue;
            }

            // The filter reads the name's word variant ids and flags; the listed name itself only for the candidates it keeps.
            var ids = flatIds.AsSpan(idStarts[i], idStarts[i + 1] - idStarts[i]);
            var flags = nameFlags[i];
            Listed? listed = null;
            Party? party = null;
            for (var f = 0; f < analysed.Length; f++)
            {
                var (queryName, tokens) = analysed[f];
                if (!pool[f].MayReach(nameWords[i], ids, (flags & WeakAliasFlag) != 0, (flags & NumberFlag) != 0, wordData))
                {
                    continue;
                }

                listed ??= names[i];
                party ??= parties[listed.Party];
                LastScored++;
                // The name's score first, without evidence; the qualifiers can only add up to `boost`. Evidence is written only for
                // a match that is kept, and gives the same score (NameScorer.Compare sums as Evidence.Recompute does).
                // The filter's memo gives the word pairs it has already scored (not in the brute-force scan, which checks it).
                var memo = filter ? pool[f] : null;
                var nameScore = NameScorer.Compare(ImmutableCollectionsMarshal.AsArray(tokens)!, listed.Tokens, listed.Name.Kind, Options, null, cache, memo, listed.Ids);
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
                if (score < min || (best.TryGetValue(listed.Party, out var current) && !Better(score, listed.Name, i, current.Match, current.Name)))
                {
                    continue;
                }

                var evidence = ImmutableArray.CreateBuilder<Evidence>();
                NameScorer.Compare(ImmutableCollectionsMarshal.AsArray(tokens)!, listed.Tokens, listed.Name.Kind, Options, evidence, cache, memo, listed.Ids);
                evidence.AddRange(extra);
                var all = evidence.ToImmutable();
                best[listed.Party] = (new ScreeningMatch(party, score, score >= Options.StrongThreshold ? MatchBand.Strong : MatchBand.Review,
                    score >= Options.AlertThreshold, queryName, listed.Name, [], false, all), i);
            }
        }

        var results = new List<ScreeningMatch>(best.Count);
        foreach (var (index, (match, _)) in best)
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
        var kept = ImmutableArray.CreateBuilder<ScreeningMatch>(limit);
        foreach (var match in CollectionsMarshal.AsSpan(results)[..limit])
        {
            // Say which other parties are the same real party (one party per source after a merge), so two matches are not read as two.
            var same = view.SameAs(match.Party.Id);
            kept.Add(same.IsEmpty ? match : match with { SameAs = [.. same.Select(s => s.Fact)] });
        }

        return kept.MoveToImmutable();
    }

    private static ScreeningMatch Finish(ScreeningMatch m, ImmutableArray<DatedAnswer<Designation>> ds, bool delisted) =>
        new(m.Party, m.Score, m.Band, m.IsAlert, m.QueryName, m.MatchedName, ds, delisted, m.Evidence);

    // Ties between names of one party go to the stronger kind of name, so a primary name beats an alias of the same score; then to
    // the name listed first.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool Better(double score, PartyName name, int index, ScreeningMatch current, int currentIndex) =>
        score > current.Score || (score == current.Score && (Rank(name.Kind) < Rank(current.MatchedName.Kind)
            || (Rank(name.Kind) == Rank(current.MatchedName.Kind) && index < currentIndex)));

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Rank(NameKind kind) => kind switch
    {
        NameKind.Primary => 0,
        NameKind.Alias => 1,
        NameKind.FormerName => 2,
        _ => 3,
    };

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private Evidence[] Qualifiers(ScreeningQuery query, Party party)
    {
        var o = Options;
        if (query.BirthDate is null && query.Gender is null && query.Countries.IsEmpty && query.Identifiers.IsEmpty)
        {
            return [];
        }

        var list = new List<Evidence>();
        if (party is Person person)
        {
            if (query.BirthDate is { } from && (!person.BirthDates.IsEmpty || !person.BirthDateFacts.IsEmpty))
            {
                var q = query.BirthDateTo is { } t ? $"{from}..{t}" : from.ToString();
                list.Add(BirthDateEvidence(q, from.Earliest, (query.BirthDateTo ?? from).Latest, person));
            }

            if (query.Gender is { } g && person.Gender is { } pg && Gender(g) is { } qg && Gender(pg) is { } lg && qg != lg)
            {
                list.Add(new Evidence("gender", EvidenceRole.Adjustment, g, pg, -1, o.GenderMismatch));
            }
        }

        if (!query.Countries.IsEmpty && CountryEvidence(query, party) is { } country)
        {
            list.Add(country);
        }

        if (query.Identifiers.IsEmpty)
        {
            return [.. list];
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

    // The listed birth dates as the list states them (BirthDateFacts, else the plain dates): a date, month or year at its precision, a
    // range as its interval, "circa" widened by ApproximateBirthDateYears on each side, free text not evaluated. The closest date
    // decides: overlapping a date as stated agrees; overlapping only the widening of "circa", or missing by no more than the tolerance,
    // is neither for nor against; beyond, it differs.
    private Evidence BirthDateEvidence(string q, NodaTime.LocalDate earliest, NodaTime.LocalDate latest, Person person)
    {
        var o = Options;
        var best = int.MaxValue;
        string? closest = null;
        if (person.BirthDateFacts.IsEmpty)
        {
            foreach (var b in person.BirthDates)
            {
                Closest(b.Earliest, b.Latest, 0, b.ToString(), ref best, ref closest);
            }
        }
        else
        {
            var widen = Math.Max(0, o.ApproximateBirthDateYears);
            foreach (var b in person.BirthDateFacts)
            {
                if (b.From is { } start)
                {
                    Closest(start.Earliest, (b.To ?? start).Latest, b.Approximate ? widen : 0, b.ToString(), ref best, ref closest);
                }
            }

            if (closest is null)
            {
                // Only words ("in the 1960s"): unknown is not no, the birth date is not evaluated.
                var words = string.Join("; ", person.BirthDateFacts.Select(b => b.ToString()));
                return new Evidence("birth-date.not-evaluated", EvidenceRole.Adjustment, q, words, 0, 0);
            }
        }

        return best < 0 ? new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, 1, o.BirthDateMatch)
            : best <= 366 * o.BirthDateToleranceYears ? new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, 0, 0)
            : new Evidence("birth-date", EvidenceRole.Adjustment, q, closest, -1, o.BirthDateMismatch);

        // The gap in days from the query's interval to the listed one widened by `widen` years, or −1 when the query's interval
        // overlaps the listed one as stated.
        void Closest(NodaTime.LocalDate from, NodaTime.LocalDate to, int widen, string text, ref int best, ref string? closest)
        {
            var gap = !(to < earliest || from > latest) ? -1
                : Gap(widen == 0 ? from : from.PlusYears(-widen), widen == 0 ? to : to.PlusYears(widen));
            if (gap < best)
            {
                best = gap;
                closest = text;
            }
        }

        int Gap(NodaTime.LocalDate from, NodaTime.LocalDate to) =>
            to < earliest ? NodaTime.Period.Between(to, earliest, NodaTime.PeriodUnits.Days).Days
            : from > latest ? NodaTime.Period.Between(latest, from, NodaTime.PeriodUnits.Days).Days : 0;
    }

    // Only countries known here take part: a mismatch needs a recognised country on both sides and no agreement. A query whose
    // countries are all unknown ("Atlantis"), or a party whose countries are all text no code fits (the UN's "na"), is not evaluated.
    private Evidence? CountryEvidence(ScreeningQuery query, Party party)
    {
        var o = Options;
        var values = party.Countries.Concat(party is Person p ? p.Nationalities.Concat(p.Citizenships) : []).ToArray();
        if (values.Length == 0)
        {
            return null;
        }

        var listed = values.Select(Countries.ListedCode).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        var asked = query.Countries.Select(Countries.Code).OfType<string>().Distinct(StringComparer.Ordinal).ToArray();
        if (listed.Length == 0 || asked.Length == 0)
        {
            return new Evidence("country.not-evaluated", EvidenceRole.Adjustment, string.Join(",", query.Countries), string.Join(",", values.Distinct(StringComparer.Ordinal)), 0, 0);
        }

        var same = asked.FirstOrDefault(listed.Contains);
        return same is not null
            ? new Evidence("country", EvidenceRole.Adjustment, same, same, 1, o.CountryMatch)
            : new Evidence("country", EvidenceRole.Adjustment, string.Join(",", asked), string.Join(",", listed), -1, o.CountryMismatch);
    }

    private static string? Gender(string g) => NameFolding.Fold(g) switch
    {
        "m" or "male" or "man" => "m",
        "f" or "female" or "woman" => "f",
        _ => null,
    };

    private static string IdentifierKey(string value) => new([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
}
