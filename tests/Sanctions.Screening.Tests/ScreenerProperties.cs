using System.Globalization;
using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.Testing;
using Sanctions.Core.World;

namespace Sanctions.Screening.Tests;

/// <summary>Properties of <see cref="Screener"/> over generated worlds (names in every script the generators write).</summary>
public sealed class ScreenerProperties
{
    private static readonly ScreeningOptions SmallWorldGeneric = ScreeningOptions.Default with { GenericTokenMinimum = 1, GenericTokenShare = 0 };

    /// <summary>A world, a query name (a listed name as written or changed, or words of several names), a day and an instant.</summary>
    private static Gen<(SanctionsWorld World, string Name, LocalDate On, Instant? KnownAt, bool Delisted, bool Generic)> Probes() =>
        from world in SanctionsGen.World()
        let names = world.Parties.SelectMany(p => p.Names).Select(n => n.Value).DefaultIfEmpty("Nobody").ToArray()
        from name in Gen.Elements(names)
        from other in Gen.Elements(names)
        from change in Gen.Choose(0, 5)
        from at in Gen.Choose(0, 1000)
        from day in SanctionsGen.DateIn(world)
        from knownAt in SanctionsGen.KnownAtIn(world)
        from delisted in ArbMap.Default.GeneratorFor<bool>()
        from generic in ArbMap.Default.GeneratorFor<bool>()
        select (world, Change(name, other, change, at), day, knownAt, delisted, generic);

    // The changes people make to names: none, a typo, a dropped word, the other order, words of two names, a name of another script.
    private static string Change(string name, string other, int change, int at)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (change)
        {
            case 1:
                var i = at % name.Length;
                return name[..i] + (char)('a' + (at % 26)) + name[Math.Min(name.Length, i + 1)..];
            case 2 when words.Length > 1:
                return string.Join(' ', words.Where((_, k) => k != at % words.Length));
            case 3 when words.Length > 1:
                return words[^1] + ", " + string.Join(' ', words[..^1]);
            case 4:
                return words[0] + " " + other.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^1];
            case 5:
                return other;
            default:
                return name;
        }
    }

    [ScreeningProperty]
    public Property Screen_Indexed_EqualsBruteForceScan() => Prop.ForAll(Probes().ToArbitrary(), p =>
    {
        var screener = Screener.Build(p.World, p.Generic ? SmallWorldGeneric : ScreeningOptions.Default);
        var query = new ScreeningQuery(p.Name, p.On) { KnownAt = p.KnownAt, IncludeDelisted = p.Delisted, MinScore = 0 };
        var indexed = screener.Screen(query);
        var scanned = screener.ScreenExhaustively(query);
        Assert.Equal(Show(scanned), Show(indexed));
        Assert.Equal(scanned, indexed);
    });

    // At a threshold (the default, or one the query sets) and with qualifiers, the candidate filter drops names before scoring:
    // the same matches as the scan, which scores every name that shares a key.
    [ScreeningProperty]
    public Property Screen_Indexed_EqualsBruteForceScan_AtThresholdsWithQualifiers() => Prop.ForAll(
        Probes().SelectMany(p => Gen.Elements<double?>(null, 0.3, 0.5, 0.65, 0.8, 0.95).SelectMany(min => Gen.Choose(0, 3).Select(q => (p, min, q)))).ToArbitrary(),
        x =>
        {
            var (p, min, qualifiers) = x;
            var screener = Screener.Build(p.World, p.Generic ? SmallWorldGeneric : ScreeningOptions.Default);
            var query = new ScreeningQuery(p.Name, p.On) { KnownAt = p.KnownAt, IncludeDelisted = p.Delisted, MinScore = min };
            query = qualifiers switch
            {
                1 => query with { BirthDate = new PartialDate(1960 + (p.Name.Length % 30)), Countries = ["RU"] },
                2 => query with { Kind = PartyKind.Person, Gender = "female" },
                3 => query with { Identifiers = ["AB 1234567"], Names = [p.Name, p.Name.ToUpperInvariant() + " X"] },
                _ => query,
            };
            var indexed = screener.Screen(query);
            var scanned = screener.ScreenExhaustively(query);
            Assert.Equal(Show(scanned), Show(indexed));
            Assert.Equal(scanned, indexed);
        });

    [ScreeningProperty]
    public Property Screen_ExactListedName_RanksFirstWithScoreOne() => Prop.ForAll(
        (from world in SanctionsGen.World()
         let current = world.Designations.Where(d => d.Recorded.To is null && d.Valid.Contains(d.Valid.From?.Latest ?? new LocalDate(2000, 1, 1)) == Certainty.Certain).ToArray()
         where current.Length > 0
         from designation in Gen.Elements(current)
         let party = world.GetParty(designation.Party)
         where party.Names.Any(n => n.IsStrong)
         from name in Gen.Elements(party.Names.Where(n => n.IsStrong).ToArray())
         select (world, designation, party, name)).ToArbitrary(),
        p =>
        {
            // A day on which the designation is certainly in force, as known now (its record is still open).
            var from = p.designation.Valid.From?.Latest ?? new LocalDate(2000, 1, 1);
            var screener = Screener.Build(p.world);
            var matches = screener.Screen(new ScreeningQuery(p.name.Value, from) { Kind = p.party.Kind, IncludeDelisted = true });
            Assert.NotEmpty(matches);
            Assert.Equal(1.0, matches[0].Score);
            Assert.Contains(matches.TakeWhile(m => m.Score == 1.0), m => m.Party.Id == p.party.Id);
        });

    // Issue 15: the exact listed name ranks first with score 1.0 in every script the analysis handles, Armenian, Georgian and kana
    // (the generic generators write none of them) among them.
    [ScreeningProperty(MaxTest = 500)]
    public Property Screen_ExactListedNameInEveryScript_RanksFirstWithScoreOne() => Prop.ForAll(
        (from world in ScriptNames.World()
         let current = world.Designations.Where(d => d.Recorded.To is null && d.Valid.Contains(d.Valid.From?.Latest ?? new LocalDate(2000, 1, 1)) == Certainty.Certain).ToArray()
         let persons = current.Where(d => world.GetParty(d.Party).Names.Any(n => n.IsStrong && ScriptNames.Scripts.Contains(n.Script))).ToArray()
         where persons.Length > 0
         from designation in Gen.Elements(persons)
         let party = world.GetParty(designation.Party)
         from name in Gen.Elements(party.Names.Where(n => n.IsStrong && ScriptNames.Scripts.Contains(n.Script)).ToArray())
         select (world, designation, party, name)).ToArbitrary(),
        p =>
        {
            var from = p.designation.Valid.From?.Latest ?? new LocalDate(2000, 1, 1);
            var matches = Screener.Build(p.world).Screen(new ScreeningQuery(p.name.Value, from) { Kind = p.party.Kind, IncludeDelisted = true });
            Assert.True(matches.Length > 0, $"'{p.name.Value}' ({p.name.Script}) finds nothing");
            Assert.True(matches[0].Score == 1.0, $"'{p.name.Value}' ({p.name.Script}): best {matches[0].Score} for '{matches[0].MatchedName}'");
            Assert.True(matches.TakeWhile(m => m.Score == 1.0).Any(m => m.Party.Id == p.party.Id), $"'{p.name.Value}' ({p.name.Script}): its party is not among the first");
        });

    [ScreeningProperty]
    public Property Screen_ScoreIsRecomputedFromEvidence_AndBandsFollowThresholds() => Prop.ForAll(Probes().ToArbitrary(), p =>
    {
        var screener = Screener.Build(p.World);
        var o = screener.Options;
        var query = EveryQualifier(p.Name, p.On, p.KnownAt);
        foreach (var m in screener.Screen(query))
        {
            Assert.Equal(m.Score, Evidence.Recompute(m.Evidence));
            Assert.InRange(m.Score, 0, 1);
            Assert.Equal(m.Score >= o.StrongThreshold ? MatchBand.Strong : MatchBand.Review, m.Band);
            Assert.Equal(m.Score >= o.AlertThreshold, m.IsAlert);
            Assert.All(m.Evidence, e => Assert.True(e.Weight >= 0 && double.IsFinite(e.Score) && e.Score is >= -1 and <= 1, e.ToString()));
            Assert.Equal(m.IsDelisted, !m.Designations.Any(d => d.Certainty != Certainty.No));
        }
    });

    // A query that asks for every match (delisted too, no minimum score) and gives every qualifier, so that the evidence holds each kind.
    private static ScreeningQuery EveryQualifier(string name, LocalDate on, Instant? knownAt) => new(name, on)
    {
        KnownAt = knownAt,
        MinScore = 0,
        IncludeDelisted = true,
        BirthDate = new PartialDate(1960 + (name.Length % 30)),
        Countries = ["RU", "Iran"],
        Gender = "male",
    };

    // The explanation reads the evidence in order: each word pair, unmatched word, qualifier and applied cap, as docs/screening.md
    // shows them (here written the plain way: a string a part, joined).
    [ScreeningProperty]
    public Property Explanation_ReadsEveryFeatureInOrder() => Prop.ForAll(Probes().ToArbitrary(), p =>
    {
        var screener = Screener.Build(p.World);
        var query = EveryQualifier(p.Name, p.On, p.KnownAt);
        foreach (var m in screener.Screen(query))
        {
            var parts = m.Evidence.Select(e => e.Feature switch
            {
                "token.unmatched" => e.Query is not null ? "'" + e.Query + "' not in the listed name" : "listed '" + e.Listed + "' not in the query",
                _ when e.Feature.StartsWith("token.", StringComparison.Ordinal) => "'" + e.Query + "' ~ '" + e.Listed + "' " + e.Feature[6..],
                _ when e.Feature.StartsWith("cap.", StringComparison.Ordinal) => e.Weight > 0 ? "capped (" + e.Feature[4..] + ")" : null,
                _ when e.Feature.EndsWith(".not-evaluated", StringComparison.Ordinal) => e.Feature[..^14] + " not evaluated (" + e.Query + " / " + e.Listed + ")",
                _ => e.Feature + (e.Score > 0 ? " agrees (" : e.Score < 0 ? " differs (" : " near (") + e.Query + " / " + e.Listed + ")",
            }).OfType<string>();
            var kind = m.MatchedName.Kind switch
            {
                NameKind.Alias => "alias",
                NameKind.WeakAlias => "weak alias",
                NameKind.FormerName => "former name",
                _ => "name",
            };
            var expected = "'" + m.QueryName + "' matched " + kind + " '" + m.MatchedName.Value + "' at " + m.Score.ToString("0.000", CultureInfo.InvariantCulture) + ": "
                + string.Join("; ", parts) + (m.IsDelisted ? "; not designated on the day" : string.Empty);
            Assert.Equal(expected, m.Explanation);
        }
    });

    private static string Show(IEnumerable<ScreeningMatch> matches) => string.Join("\n", matches.Select(m => m.ToString()));
}
