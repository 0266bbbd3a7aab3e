using FsCheck;
using FsCheck.Fluent;

namespace Sanctions.Screening.Tests;

/// <summary>The bounds the candidate filter drops names by never undercut what they bound (else a match could be lost).</summary>
public sealed class CandidateFilterProperties
{
    private const string Letters = "aeiouyhkdzjstcxpfvwbgqlmnr";

    // Spellings that transliteration and typing make: the distance's cheap edits, so that bounds are tried where they are tight.
    private static readonly string[] Swaps = ["kh", "h", "dzh", "j", "zh", "ks", "x", "ts", "c", "z", "ph", "f", "ck", "k", "oy", "ou", "iy", "y", "ii", "i", "yu", "u", "ya", "a", "ye", "e", "sch", "sh", "tch", "ch", "v", "w"];

    private static Gen<string> Word() =>
        from length in Gen.Choose(1, 12)
        from letters in Gen.ArrayOf(Gen.Elements(Letters.ToCharArray()), length)
        select new string(letters);

    // A word and a near spelling of it: letters changed, doubled, dropped or swapped for another spelling of the same sound.
    private static Gen<(string A, string B)> Pairs() =>
        from a in Word()
        from edits in Gen.Choose(0, 4)
        from steps in Gen.ArrayOf(Gen.Choose(0, 1000).Zip(Gen.Choose(0, 4)), edits)
        from other in Word()
        from unrelated in Gen.Choose(0, 5)
        select (a, unrelated == 0 ? other : steps.Aggregate(a, Edit));

    private static string Edit(string word, (int At, int Kind) step)
    {
        if (word.Length == 0)
        {
            return "a";
        }

        var i = step.At % word.Length;
        return step.Kind switch
        {
            0 => word[..i] + Letters[step.At % Letters.Length] + word[(i + 1)..],
            1 => word[..i] + word[i] + word[i..],
            2 when word.Length > 1 => word.Remove(i, 1),
            3 => word[..i] + Swaps[step.At % Swaps.Length] + word[i..],
            _ => i + 1 < word.Length ? word[..i] + word[i + 1] + word[i] + word[(i + 2)..] : word,
        };
    }

    [ScreeningProperty]
    public Property PresenceBound_NeverExceedsTheDistance() => Prop.ForAll(Pairs().ToArbitrary(), p =>
    {
        var bound = TokenSimilarity.PresenceBound(TokenSimilarity.LetterMask(p.A), TokenSimilarity.LetterMask(p.B));
        Assert.True(bound <= TokenSimilarity.Distance(p.A, p.B) + 1e-9, $"{p.A} / {p.B}: bound {bound}, distance {TokenSimilarity.Distance(p.A, p.B)}");
    });

    // The filter's bound from lengths: every edit that changes a length costs 0.3 a letter, but dzh/j (Swaps has it).
    [ScreeningProperty(MaxTest = 1000)]
    public Property LengthBound_NeverExceedsTheDistance() => Prop.ForAll(Pairs().ToArbitrary(), p =>
    {
        var bound = TokenSimilarity.LengthBound(Math.Abs(p.A.Length - p.B.Length), TokenSimilarity.LetterMask(p.A), TokenSimilarity.LetterMask(p.B));
        Assert.True(bound <= TokenSimilarity.Distance(p.A, p.B) + 1e-9, $"{p.A} / {p.B}: bound {bound}, distance {TokenSimilarity.Distance(p.A, p.B)}");
    });

    // The distance cut off at a value stops once the rows (and what the rest of the words' difference in length costs) are over it:
    // within the cut-off it is the distance itself, over it a lower bound of the distance that is over the cut-off too.
    [ScreeningProperty(MaxTest = 2000)]
    public Property Distance_CutOff_IsTheDistanceWithin_AndALowerBoundOver() => Prop.ForAll(
        Pairs().Zip(Gen.Elements(0.3, 0.6, 1.0, 1.3, 2.0, 2.3, 3.0)).ToArbitrary(),
        x =>
        {
            var ((a, b), cutoff) = x;
            var full = TokenSimilarity.Distance(a, b);
            var cut = TokenSimilarity.Distance(a, b, cutoff);
            if (full <= cutoff + 1e-9)
            {
                Assert.Equal(full, cut);
            }
            else
            {
                Assert.True(cut > cutoff + 1e-9 && cut <= full + 1e-9, $"{a} / {b}: cut off at {cutoff}: {cut}, distance {full}");
            }
        });

    // The distance after the bounds from letters and lengths (scoring's): the same contract as the cut-off distance's, and the same
    // value within the cut-off.
    [ScreeningProperty(MaxTest = 2000)]
    public Property CutDistance_IsTheDistanceWithin_AndALowerBoundOver() => Prop.ForAll(
        Pairs().Zip(Gen.Elements(0.3, 0.6, 1.0, 1.3, 2.0, 2.6, 4.6, 6.0)).ToArbitrary(),
        x =>
        {
            var ((a, b), cutoff) = x;
            var full = TokenSimilarity.Distance(a, b);
            var cut = TokenSimilarity.CutDistance(a, b, cutoff);
            Assert.True(full <= cutoff + 1e-9 ? cut == full : cut > cutoff + 1e-9 && cut <= full + 1e-9, $"{a} / {b}: cut off at {cutoff}: {cut}, distance {full}");
        });

    // The same for words made of the spellings the distance treats as one sound (kh, dzh, sch, ts, iy...) and the same words with
    // some spellings swapped for their other one (dzh for j), some pieces dropped or changed: there a path of the distance's table
    // steps over rows, and the cut-off must stop on two rows in a row, or three when the first word holds dzh, sch or tch
    // (TokenSimilarity.Rows); stopping on fewer gives a value over the distance, or over the cut-off for words within it.
    [ScreeningProperty(MaxTest = 3000)]
    public Property Distance_CutOff_OverSpellings_IsALowerBound() => Prop.ForAll(
        (from count in Gen.Choose(1, 5)
         from pieces in Gen.ArrayOf(Gen.Elements(Pieces), count)
         from changes in Gen.ArrayOf(Gen.Choose(0, 9), count)
         from other in Gen.Elements(Pieces)
         from cutoff in Gen.Elements(0.1, 0.3, 0.6, 1.0, 1.3, 2.0)
         select (string.Concat(pieces), string.Concat(pieces.Select((p, i) => changes[i] switch
         {
             < 5 => Partner(p, changes[i]),
             5 => string.Empty,
             6 => other,
             _ => p,
         })), cutoff)).ToArbitrary(),
        x =>
        {
            var (a, b, cutoff) = x;
            foreach (var (first, second) in new[] { (a, b), (b, a) })
            {
                var full = TokenSimilarity.Distance(first, second);
                var cut = TokenSimilarity.Distance(first, second, cutoff);
                Assert.True(full <= cutoff + 1e-9 ? cut == full : cut > cutoff + 1e-9 && cut <= full + 1e-9, $"{first} / {second}: cut off at {cutoff}: {cut}, distance {full}");
            }
        });

    private static readonly string[] Pieces = [.. Swaps, "a", "e", "o", "n", "r", "d", "s", "t"];

    // The distance's spellings of one sound, each with its other spellings (kh: h, k).
    private static readonly (string, string)[] Spellings =
    [
        ("kh", "h"), ("kh", "k"), ("dzh", "j"), ("zh", "j"), ("ks", "x"), ("ts", "c"), ("ts", "z"), ("ph", "f"), ("ck", "k"), ("oy", "ou"), ("iy", "y"),
        ("iy", "i"), ("ii", "y"), ("ii", "i"), ("yu", "u"), ("ya", "a"), ("ye", "e"), ("sch", "sh"), ("tch", "ch"),
    ];

    // One of a piece's other spellings (the choice-th, round), or the piece when it has none.
    private static string Partner(string piece, int choice)
    {
        var partners = Spellings.Where(s => s.Item1 == piece).Select(s => s.Item2).Concat(Spellings.Where(s => s.Item2 == piece).Select(s => s.Item1)).ToArray();
        return partners.Length == 0 ? piece : partners[choice % partners.Length];
    }

    // The filter's first test, from the words' weights alone (every pair as if literal): a name it drops scores under the threshold.
    // Listed names are made from the query's words (some dropped, some changed, some added), so that many score near the threshold.
    [ScreeningProperty(MaxTest = 1000)]
    public Property WeightBound_DropsOnlyNamesUnderTheThreshold() => Prop.ForAll(
        (from count in Gen.Choose(1, 8)
         from words in Gen.ArrayOf(Word(), count)
         from keep in Gen.ArrayOf(Gen.Choose(0, 3), count)
         from extras in Gen.Choose(0, 3)
         from extra in Gen.ArrayOf(Word(), extras)
         from family in ArbMap.Default.GeneratorFor<bool>()
         from lambda in Gen.Elements(0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
         select (words, keep, extra, family, lambda)).ToArbitrary(),
        x =>
        {
            var (words, keep, extra, family, lambda) = x;
            var o = ScreeningOptions.Default;
            var query = NameAnalyzer.Analyze(string.Join(" ", words), family ? Core.Parties.PartyKind.Person : null).ToArray();
            var listedWords = words.Select((w, i) => keep[i] switch { 0 => null, 1 => w + "a", _ => w }).OfType<string>().Concat(extra).ToArray();
            var listed = NameAnalyzer.Analyze(string.Join(" ", listedWords), family ? Core.Parties.PartyKind.Person : null).ToArray();
            if (query.Length == 0 || listed.Length == 0 || !ReferenceEquals(NameScorer.Merge(query, listed, o), query)
                || !ReferenceEquals(NameScorer.Merge(listed, query, o), listed))
            {
                return;
            }

            var score = NameScorer.Compare(query, listed, Core.Parties.NameKind.Primary, o, null);
            Assert.True(CandidateFilter.WeightsMayReach(query, listed, lambda, o) || score < lambda,
                $"{string.Join(' ', words)} / {string.Join(' ', listedWords)}: dropped at {lambda}, score {score}");
        });

    // The index looks a query word's one-deletion neighbours up by a hash made from the word's prefixes: it must be the hash of the
    // neighbour written out, which is what the index holds, for words of any characters up to the longest looked up.
    [ScreeningProperty(MaxTest = 500)]
    public Property DeletionHash_IsTheHashOfTheNeighbour() => Prop.ForAll(
        Gen.Choose(1, 63).SelectMany(length => Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789#%&é".ToCharArray()), length)).ToArbitrary(),
        letters =>
        {
            var word = new string(letters);
            Span<ulong> prefixes = stackalloc ulong[word.Length + 1];
            Screener.KeyPrefixes(word, prefixes);
            for (var at = 0; at < word.Length; at++)
            {
                Assert.Equal(Screener.KeyHash(word.Remove(at, 1)), Screener.DeletionHash(prefixes, word.Length, at));
            }
        });

    [ScreeningProperty(MaxTest = 3000)]
    public Property Distance_OfLetterWords_IsTheGeneralDistance() => Prop.ForAll(
        Pairs().Zip(Gen.Elements(0.3, 0.6, 1.0, 2.0, 4.0, double.MaxValue)).ToArbitrary(),
        x =>
        {
            var ((a, b), cutoff) = x;
            var general = TokenSimilarity.GeneralDistance(a, b, cutoff);
            Assert.Equal(general, TokenSimilarity.Distance(a, b, cutoff));
            Assert.Equal(TokenSimilarity.GeneralDistance(b, a, cutoff), TokenSimilarity.Distance(b, a, cutoff));
        });

    [ScreeningProperty]
    public Property UpperSimilarity_BoundsTheSimilarity_AndKnowsStrongPairs() => Prop.ForAll(
        Pairs().Zip(Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Initial, TokenRole.Stopword, TokenRole.LegalForm))
            .Zip(ArbMap.Default.GeneratorFor<bool>()).Zip(Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword)).ToArbitrary(),
        x =>
        {
            var ((((a, b), role), abjad), queryRole) = x;

            // Written in an abjad: the query word without its vowels, as Arabic or Hebrew script transliterates (the skeleton pairs).
            a = abjad ? new string([.. a.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u'))]) : a;
            if (a.Length == 0)
            {
                return;
            }

            var q = new NameToken(a, queryRole, abjad);
            var l = new NameToken(b, role, false);
            var o = ScreeningOptions.Default;
            var (sim, kind) = NameScorer.Similarity(q, l, o);
            var (upper, strong, known) = CandidateFilter.UpperSimilarity(q, TokenSimilarity.LetterMask(a), TokenSimilarity.Phonetic(a), l, TokenSimilarity.LetterMask(b), TokenSimilarity.Phonetic(b), o);
            Assert.True(upper >= sim - 1e-12, $"{a} / {b} ({role}): upper {upper}, similarity {sim} ({kind})");
            Assert.True(strong || kind is not (MatchKind.Literal or MatchKind.Transliterated or MatchKind.Fuzzy or MatchKind.Skeleton), $"{a} / {b}: {kind} not marked strong");
            Assert.True(!known || upper == sim, $"{a} / {b}: known {upper} but {sim}");
        });

    // Two plain words of very different lengths with the same sound (a word, and it with vowels, h, w and y put in): the pair bound
    // is the similarity itself, worked out without a distance (a phonetic pair or nothing), for every role and either script.
    [ScreeningProperty]
    public Property UpperSimilarity_OfWordsFarApartInLength_IsTheSimilarity() => Prop.ForAll(
        Word().Zip(Padding())
            .Zip(Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword, TokenRole.Initial, TokenRole.LegalForm))
            .Zip(Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword)).Zip(ArbMap.Default.GeneratorFor<bool>()).ToArbitrary(),
        x =>
        {
            var ((((a, padding), role), queryRole), transliterated) = x;
            var b = padding.Aggregate(a, (w, p) => w.Insert(p.At % (w.Length + 1), p.Letter.ToString()));
            var q = new NameToken(a, queryRole, false);
            var l = new NameToken(b, role, transliterated);
            var o = ScreeningOptions.Default;
            foreach (var (x1, x2) in new[] { (q, l), (l, q) })
            {
                var (sim, kind) = NameScorer.Similarity(x1, x2, o);
                var (upper, strong, known) = CandidateFilter.UpperSimilarity(
                    x1, TokenSimilarity.LetterMask(x1.Text), TokenSimilarity.Phonetic(x1.Text), x2, TokenSimilarity.LetterMask(x2.Text), TokenSimilarity.Phonetic(x2.Text), o);
                Assert.True(upper >= sim - 1e-12, $"{x1} / {x2}: upper {upper}, similarity {sim} ({kind})");
                Assert.True(!known || upper == sim, $"{x1} / {x2}: known {upper} but {sim} ({kind})");
                Assert.True(strong || kind is not (MatchKind.Literal or MatchKind.Transliterated or MatchKind.Fuzzy or MatchKind.Skeleton), $"{x1} / {x2}: {kind} not marked strong");
            }
        });

    // Letters that add no sound (vowels, h, w, y), three to sixteen of them, each with where it goes.
    private static Gen<(char Letter, int At)[]> Padding() =>
        from count in Gen.Choose(3, 16)
        from letters in Gen.ArrayOf(Gen.Elements("aeiouhwy".ToCharArray()).Zip(Gen.Choose(0, 12)), count)
        select letters;

    [ScreeningProperty]
    public Property OverBudget_FromADistanceCutOffAtTheBudget_BoundsTheSimilarity() => Prop.ForAll(
        Pairs().Zip(Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword)).Zip(ArbMap.Default.GeneratorFor<bool>()).ToArbitrary(),
        x =>
        {
            var (((a, b), role), abjad) = x;
            a = abjad ? new string([.. a.Where(c => c is not ('a' or 'e' or 'i' or 'o' or 'u'))]) : a;
            if (a.Length == 0)
            {
                return;
            }

            var q = new NameToken(a, TokenRole.Name, abjad);
            var l = new NameToken(b, role, false);
            var o = ScreeningOptions.Default;
            var (_, _, known) = CandidateFilter.UpperSimilarity(q, TokenSimilarity.LetterMask(a), TokenSimilarity.Phonetic(a), l, TokenSimilarity.LetterMask(b), TokenSimilarity.Phonetic(b), o);
            if (known)
            {
                // Not a pair the filter measures by distance (equal, cut short, lengths too far apart...).
                return;
            }

            // The filter's second step: the distance cut off at the budget is the distance when within it, else at most it and over
            // the budget, and then OverBudget bounds the similarity (which cannot be fuzzy).
            var budget = TokenSimilarity.Budget(Math.Min(a.Length, b.Length));
            var cut = TokenSimilarity.Distance(a, b, budget);
            var distance = TokenSimilarity.Distance(a, b);
            var (sim, kind) = NameScorer.Similarity(q, l, o);
            if (cut <= budget + 1e-9)
            {
                Assert.Equal(distance, cut);
                return;
            }

            Assert.True(distance > budget + 1e-9 && cut <= distance + 1e-9, $"{a} / {b}: cut-off distance {cut}, distance {distance}, budget {budget}");
            var (upper, strong) = CandidateFilter.OverBudget(q, l, cut, TokenSimilarity.Phonetic(a), TokenSimilarity.Phonetic(b), o);
            Assert.True(upper >= sim - 1e-12, $"{a} / {b} ({role}): over-budget bound {upper}, similarity {sim} ({kind})");
            Assert.True(strong || kind is not (MatchKind.Literal or MatchKind.Transliterated or MatchKind.Fuzzy or MatchKind.Skeleton), $"{a} / {b}: {kind} not marked strong");
        });

    // The whole filter (MayReach: the column bound, the query side's bound before the pair tables, pairs that scoring never assigns
    // taken as no pairs, the distances, every pair's similarity): a name it drops scores under the threshold. Listed names are made
    // from the query's words (kept as they are, so that equal words take their partners first; changed; dropped; in another order)
    // with words added, at thresholds from 0.3 to 1.
    [ScreeningProperty(MaxTest = 1500)]
    public Property MayReach_DropsOnlyNamesUnderTheThreshold() => Prop.ForAll(
        (from count in Gen.Choose(1, 7)
         from words in Gen.ArrayOf(Word(), count)
         from keep in Gen.ArrayOf(Gen.Choose(0, 4), count)
         from extras in Gen.Choose(0, 3)
         from extra in Gen.ArrayOf(Word(), extras)
         from reverse in ArbMap.Default.GeneratorFor<bool>()
         from family in ArbMap.Default.GeneratorFor<bool>()
         from lambda in Gen.Elements(0.3, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0)
         select (words, keep, extra, reverse, family, lambda)).ToArbitrary(),
        x =>
        {
            var (words, keep, extra, reverse, family, lambda) = x;
            var o = ScreeningOptions.Default;
            var kind = family ? Core.Parties.PartyKind.Person : (Core.Parties.PartyKind?)null;
            var query = NameAnalyzer.Analyze(string.Join(" ", words), kind).ToArray();
            var kept = words.Select((w, i) => keep[i] switch { 0 => null, 1 => w + "a", 2 => Edit(w, (i * 7, i % 5)), _ => w }).OfType<string>().Concat(extra);
            var listedWords = (reverse ? kept.Reverse() : kept).ToArray();
            var listed = NameAnalyzer.Analyze(string.Join(" ", listedWords), kind).ToArray();
            if (query.Length == 0 || listed.Length == 0)
            {
                return;
            }

            // The listed name's words as variants (one id a distinct word), with what WordData keeps of each.
            var variants = listed.Distinct().ToArray();
            var ids = listed.Select(t => Array.IndexOf(variants, t)).ToArray();
            var texts = new Dictionary<string, string>(StringComparer.Ordinal);
            var sounds = new Dictionary<string, string>(StringComparer.Ordinal);
            variants = [.. variants.Select(t => t with { Text = texts.TryAdd(t.Text, t.Text) ? t.Text : texts[t.Text] })];
            var phonetic = variants.Select(t => TokenSimilarity.Phonetic(t.Text)).Select(p => sounds.TryAdd(p, p) ? p : sounds[p]).ToArray();
            var data = new WordData([.. variants.Select(t => TokenSimilarity.LetterMask(t.Text))], phonetic, variants, texts, sounds);
            var filter = new CandidateFilter(variants.Length);
            filter.Start(query, lambda, o, data);
            var may = filter.MayReach(listed, ids, false, listed.Any(t => t.Role == TokenRole.Number), data);
            var score = NameScorer.Compare(query, listed, Core.Parties.NameKind.Primary, o, null);
            Assert.True(may || score < lambda, $"{string.Join(' ', words)} / {string.Join(' ', listedWords)}: dropped at {lambda}, score {score}");
        });

    // The filter joins the query's words as NameScorer.Merge does (MergeQuery: each join's nearness to each listed word worked out
    // once a query name, by variant): the same words, for names made of particles, words and their halves (abd al rahman /
    // abdalrahman / abdul rahman), with words changed a letter, dropped, repeated and numbers among them.
    [ScreeningProperty(MaxTest = 1500)]
    public Property MergeQuery_JoinsAsMerge() => Prop.ForAll(
        (from count in Gen.Choose(1, 7)
         from words in Gen.ArrayOf(Gen.Elements("abd", "al", "el", "rahman", "abdul", "van", "der", "bilt", "xi", "jin", "ping", "jinping", "7", "mohammed", "bin", "laden"), count)
         from listedCount in Gen.Choose(1, 6)
         from listedWords in Gen.ArrayOf(Gen.Elements("abdalrahman", "abdulrahman", "abdalrahmen", "alrahman", "abd", "al", "rahman", "vanderbilt", "vanderbild", "derbilt", "xijinping", "jinping", "jinpin", "7", "binladen", "mohammed", "bin"), listedCount)
         from changes in Gen.ArrayOf(Gen.Choose(0, 7), listedCount)
         from family in ArbMap.Default.GeneratorFor<bool>()
         select (words, listedWords, changes, family)).ToArbitrary(),
        x =>
        {
            var (words, listedWords, changes, family) = x;
            var o = ScreeningOptions.Default;
            var kind = family ? Core.Parties.PartyKind.Person : (Core.Parties.PartyKind?)null;
            var query = NameAnalyzer.Analyze(string.Join(" ", words), kind).ToArray();
            var changed = listedWords.Select((w, i) => w.Length <= 3 ? w : changes[i] switch
            {
                0 => Edit(w, (i * 5, 0)),
                1 => Edit(Edit(w, ((i * 3) + 1, 0)), ((i * 7) + 2, 2)),
                2 => Edit(w, ((i * 11) + 3, 3)),
                3 => Edit(Edit(w, (i + 4, 1)), ((i * 13) + 5, 0)),
                _ => w,
            });
            var listed = NameAnalyzer.Analyze(string.Join(" ", changed), kind).ToArray();
            if (query.Length == 0 || listed.Length == 0)
            {
                return;
            }

            var variants = listed.Distinct().ToArray();
            var ids = listed.Select(t => Array.IndexOf(variants, t)).ToArray();
            var sounds = variants.Select(t => TokenSimilarity.Phonetic(t.Text)).ToArray();
            var data = new WordData(
                [.. variants.Select(t => TokenSimilarity.LetterMask(t.Text))], sounds, variants,
                variants.Select(t => t.Text).Distinct().ToDictionary(t => t, StringComparer.Ordinal), sounds.Distinct().ToDictionary(t => t, StringComparer.Ordinal));
            var filter = new CandidateFilter(variants.Length);
            filter.Start(query, 0.7, o, data);
            var expected = NameScorer.Merge(query, listed, o);
            var merged = filter.MergeQuery(listed, ids, data);
            Assert.True(expected.SequenceEqual(merged), $"{string.Join(' ', query)} / {string.Join(' ', listed)}: {string.Join(' ', merged)}, Merge {string.Join(' ', expected)}");
            Assert.Equal(ReferenceEquals(expected, query), ReferenceEquals(merged, query));
        });

    // NameScorer.IsNear (whether a joined word is kept: its distance cut off where a fuzzy pair stops reaching 0.85 first) says what
    // Similarity ≥ 0.85 says, for near spellings and unrelated words of every role, under the default options and under options
    // where a phonetic, skeleton or partial pair reaches 0.85 too (then it asks Similarity).
    [ScreeningProperty(MaxTest = 3000)]
    public Property IsNear_IsSimilarityAtNearJoin() => Prop.ForAll(
        (from p in Pairs()
         from qRole in Gen.Elements(Enum.GetValues<TokenRole>())
         from lRole in Gen.Elements(Enum.GetValues<TokenRole>())
         from transliterated in Gen.Choose(0, 3)
         from options in Gen.Elements(
             ScreeningOptions.Default, ScreeningOptions.Default with { FuzzyPenalty = 1.0 }, ScreeningOptions.Default with { PhoneticScore = 0.9 },
             ScreeningOptions.Default with { SkeletonScore = 0.9 }, ScreeningOptions.Default with { PartialFactor = 0.95, FuzzyPenalty = 0.2 }, ScreeningOptions.Default with { FuzzyPenalty = 0 })
         select (p.A, p.B, qRole, lRole, transliterated, options)).ToArbitrary(),
        x =>
        {
            var (a, b, qRole, lRole, transliterated, o) = x;
            var q = new NameToken(a, qRole, (transliterated & 1) != 0);
            var l = new NameToken(b, lRole, (transliterated & 2) != 0);
            var sim = NameScorer.Similarity(q, l, o).Sim;
            Assert.True(NameScorer.IsNear(q, l, o) == (sim >= NameScorer.NearJoin), $"{q} / {l}: similarity {sim}, IsNear {NameScorer.IsNear(q, l, o)}");
        });

    // LatinBound (the column's usual pair, from numbers alone, one division where the pair is within the budget) gives exactly the
    // numbers of UpperSimilarityAndKind's general path, for plain words of the Latin script of every plain role, under options
    // with partial factors below and above 1.
    [ScreeningProperty(MaxTest = 3000)]
    public Property LatinBound_IsTheGeneralBound() => Prop.ForAll(
        (from p in Pairs()
         from qRole in Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword)
         from lRole in Gen.Elements(TokenRole.Name, TokenRole.Family, TokenRole.Particle, TokenRole.Stopword)
         from options in Gen.Elements(
             ScreeningOptions.Default, ScreeningOptions.Default with { FuzzyPenalty = 0.7 }, ScreeningOptions.Default with { PartialFactor = 1.0 },
             ScreeningOptions.Default with { PartialFactor = 1.2, FuzzyPenalty = 0.4 }, ScreeningOptions.Default with { PhoneticScore = 0.95 })
         select (p.A, p.B, qRole, lRole, options)).ToArbitrary(),
        x =>
        {
            var (a, b, qRole, lRole, o) = x;
            var q = new NameToken(a, qRole, false);
            var l = new NameToken(b, lRole, false);
            if (a == b || a.Length > 40 || b.Length > 40)
            {
                return;
            }

            var general = CandidateFilter.GeneralBound(q, l, o);
            var latin = CandidateFilter.LatinBoundOf(q, l, TokenSimilarity.Phonetic(a) == TokenSimilarity.Phonetic(b), o);
            Assert.True(latin is null || latin.Value == general, $"{q} / {l}: LatinBound {latin}, general {general}");
        });

    // FuzzyBound (a multiplication by the length's inverse, not a division) is never under the similarity NameScorer.Graded gives a
    // fuzzy pair, and over it by no more than 2e-12: every distance the filter's bounds and cut-off distances take (hundredths up to
    // six, and the distance tables' tenths), every length up to 70, under penalties of the defaults' order and odd ones. Fails with
    // the 1e-12 left out (the product is under the quotient for some), or with a wrong inverse.
    [Fact]
    public void FuzzyBound_BoundsTheFuzzySimilarity()
    {
        foreach (var penalty in new[] { ScreeningOptions.Default.FuzzyPenalty, 0.0, 0.1, 0.3, 0.4, 0.7, 1.0, 1.3, 2.5, 7.0 })
        {
            for (var longer = 1; longer <= 70; longer++)
            {
                for (var k = 0; k <= 600; k++)
                {
                    foreach (var distance in new[] { k / 100.0, k / 10.0 })
                    {
                        var exact = Math.Max(0, 1 - (penalty * distance / longer));
                        var bound = CandidateFilter.FuzzyBound(penalty, distance, longer);
                        Assert.True(bound >= exact && bound <= exact + 2e-12, $"penalty {penalty}, distance {distance}, length {longer}: bound {bound}, similarity {exact}");
                    }
                }
            }
        }
    }

    // NameScorer.NumbersAgree counts without sorting: it says what its definition says, the two sides' numbers sorted are the same list
    // (numbers drawn from a few, so that sides share them, repeat them, or differ by one).
    [ScreeningProperty(MaxTest = 500)]
    public Property NumbersAgree_IsTheSortedNumbersEqual() => Prop.ForAll(
        (from na in Gen.Choose(0, 6)
         from a in Gen.ArrayOf(Gen.Elements("1", "2", "12", "21", "7", "ali", "omar"), na)
         from nb in Gen.Choose(0, 6)
         from b in Gen.ArrayOf(Gen.Elements("1", "2", "12", "21", "7", "ali", "omar"), nb)
         select (a, b)).ToArbitrary(),
        x =>
        {
            NameToken[] Side(string[] words) => [.. words.Select(w => new NameToken(w, char.IsAsciiDigit(w[0]) ? TokenRole.Number : TokenRole.Name, false))];
            IEnumerable<string> Sorted(string[] words) => words.Where(w => char.IsAsciiDigit(w[0])).Order(StringComparer.Ordinal);
            var (a, b) = x;
            Assert.Equal(Sorted(a).SequenceEqual(Sorted(b), StringComparer.Ordinal), NameScorer.NumbersAgree(Side(a), Side(b)));
        });
}
