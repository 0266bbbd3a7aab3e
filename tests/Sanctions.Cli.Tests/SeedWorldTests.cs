using System.Text.RegularExpressions;
using NodaTime;
using Sanctions.Cli.Data;
using Sanctions.Cli.Tests.Seed;
using Sanctions.Core;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Cli.Tests;

/// <summary>The embedded seed world: it validates, and every fact in it traces to the fact base, with its sources, standing and dates.</summary>
public sealed partial class SeedWorldTests
{
    private static readonly SeedFacts Facts = SeedFacts.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "facts.json")));
    private static readonly string FactsMarkdown = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "FACTS.md"));
    private static readonly SanctionsWorld World = WorldLoader.Seed;

    // Facts of the fact base the model cannot express, or that are not verified; docs/seed-world.md says why for each.
    private static readonly HashSet<string> LeftOut = new(StringComparer.Ordinal)
    {
        "A29", // a snapshot of the composition: checked by a test below, not stored
        "B03", "B13", // passage votes; a signing statement
        "C07", "C10", "C12", "C23", // unverified (C10 contradicted)
        "E09", "E10", "E11", "E12", "E13", // the S-300 contract and deliveries: no model of contracts and deliveries
        "H01", "H02", "H03", "H04", // Belt and Road: no model of initiatives
        "D09", // superseded by I07/I08 (the day and the direction of UNSCR 1747's arms ban) and I10 (UNSCR 1929)
        "I09", // a call for vigilance and restraint, not a prohibition
        "I02", "I42", // unverified: the 2001 treaty's day of entry into force; Belarus's memorandum month
        "I36", "I37", // ITAR 126.1 policy of denial: no date in the fact base
        "I50", // the Iranian-calendar date of the 2001 treaty (explains E01's outlier)
    };

    /// <summary>One fact of the world with its provenance, dates and free text.</summary>
    private sealed record Item(string Locator, Provenance Source, PartialDate?[] Dates, string? Text);

    private static IEnumerable<Item> Items(SanctionsWorld w)
    {
        foreach (var p in w.Parties)
        {
            PartialDate?[] dates = p switch
            {
                Person person => [.. person.BirthDates.Select(d => (PartialDate?)d)],
                InternationalOrganization io => [io.Founded],
                _ => [],
            };
            yield return new Item($"party {p.Id}", p.Source, dates, p.Remarks);
        }

        foreach (var a in w.Authorities)
        {
            yield return new Item($"authority {a.Id}", a.Source, [], null);
        }

        foreach (var l in w.Lists)
        {
            yield return new Item($"list {l.Id}", l.Source, [], null);
        }

        foreach (var p in w.Programs)
        {
            yield return new Item($"program {p.Id}", p.Source, [], null);
        }

        foreach (var i in w.Instruments)
        {
            yield return new Item($"instrument {i.Id}", i.Source, [i.Adopted, i.EntryIntoForce], null);
        }

        foreach (var d in w.Designations)
        {
            yield return new Item($"designation {d.Id}", d.Source, [.. Dates(d.Valid.Start), .. Dates(d.Valid.End)], d.Remarks);
        }

        foreach (var m in w.CountryMeasures)
        {
            yield return new Item($"measure {m.Id}", m.Source, [.. Dates(m.Valid.Start), .. Dates(m.Valid.End)], m.Description);
        }

        foreach (var t in w.Treaties)
        {
            yield return new Item($"treaty {t.Id}", t.Source, [t.Concluded], t.Remarks);
        }

        foreach (var a in w.TreatyActions)
        {
            yield return new Item($"treaty action {a}", a.Source, Dates(a.When), null);
        }

        foreach (var m in w.Memberships)
        {
            yield return new Item($"membership {m}", m.Source, [.. Dates(m.Valid.Start), .. Dates(m.Valid.End)], null);
        }

        foreach (var p in w.Positions)
        {
            yield return new Item($"position {p}", p.Source, [.. Dates(p.Valid.Start), .. Dates(p.Valid.End)], null);
        }

        // A relation is a one-day meeting: its end is the day after its start, which the fact base does not state.
        foreach (var r in w.Relations)
        {
            Assert.Equal(r.Valid.From!.Value.Earliest.PlusDays(1), r.Valid.To!.Value.Earliest);
            yield return new Item($"relation {r.From}→{r.To}", r.Source, [r.Valid.From], r.Role);
        }
    }

    // A date end's date; an unknown end's bounds (each must come from a fact too: no bound is invented).
    private static PartialDate?[] Dates(PeriodEnd end) =>
        end.Kind == PeriodEndKind.Unknown
            ? [end.Earliest is { } a ? PartialDate.FromDate(a) : null, end.Latest is { } b ? PartialDate.FromDate(b) : null]
            : [end.Date];

    [GeneratedRegex(@"\b[A-I]\d{2}[a-f]?\b")]
    private static partial Regex FactId();

    private static IEnumerable<string> IdsIn(string? text) => text is null ? [] : FactId().Matches(text).Select(m => m.Value);

    [Fact]
    public void Seed_Builds_AsAValidWorldWithItsDataset()
    {
        Assert.Equal(SeedIds.DatasetName, World.Dataset.Name);
        Assert.True(World.Parties.Length > 40, World.ToString());
        Assert.True(new WorldBuilder(World).TryBuild(out _, out var problems), string.Join("; ", problems));
    }

    [Fact]
    public void EveryFact_CitesAFactOfTheFactBase_WithItsSourcesAndStanding()
    {
        var items = Items(World).ToList();
        Assert.NotEmpty(items);
        foreach (var item in items)
        {
            var record = item.Source.Record;
            Assert.True(record is not null && Facts.Contains(record), $"{item.Locator} cites no fact of the fact base ({item.Source}).");
            var fact = Facts[record];
            Assert.Equal(fact.Source, item.Source.Source);
            Assert.Equal(fact.Verified, item.Source.IsVerified);
            Assert.Equal(SeedFacts.Publication, item.Source.Publication);
            foreach (var id in IdsIn(item.Source.Note).Concat(IdsIn(item.Text)))
            {
                Assert.True(Facts.Contains(id), $"{item.Locator} mentions '{id}', which is not a fact of the fact base.");
            }
        }
    }

    [Fact]
    public void EveryDate_IsADateOfTheFactsItCites()
    {
        foreach (var item in Items(World))
        {
            var cited = IdsIn(item.Source.Note).Prepend(item.Source.Record!).Distinct().ToList();
            var known = cited.SelectMany(id => new[] { Facts[id].From, Facts[id].To }).OfType<string>().ToHashSet(StringComparer.Ordinal);
            var rows = cited.Select(Row).ToList();

            // An unknown end's bound is a day: the first or last day of a cited fact's (partial) date counts, and the day before it (a
            // snapshot "the day before" a date, as A28's count of dialogue partners before the merger; docs/seed-world.md).
            var edges = cited.SelectMany(id => new[] { Facts[id].From, Facts[id].To }).OfType<string>().Select(t => PartialDate.Parse(t))
                .SelectMany(d => new[] { d.Earliest, d.Latest, d.Earliest.PlusDays(-1) }).Select(d => PartialDate.FromDate(d).ToString()).ToHashSet(StringComparer.Ordinal);
            foreach (var date in item.Dates.OfType<PartialDate>())
            {
                var text = date.ToString();
                Assert.True(
                    known.Contains(text) || edges.Contains(text) || rows.Any(r => r.Contains(text, StringComparison.Ordinal)),
                    $"{item.Locator}: the date {text} is not a date of the facts it cites ({string.Join(", ", cited)}).");
            }
        }
    }

    [Fact]
    public void UnverifiedFacts_AreMarkedUnverified_OrLeftOut()
    {
        var unverified = Facts.All.Where(f => !f.Verified).Select(f => f.Id).ToHashSet(StringComparer.Ordinal);
        Assert.NotEmpty(unverified);
        var used = Items(World).Where(i => unverified.Contains(i.Source.Record!)).ToList();
        Assert.All(used, i => Assert.False(i.Source.IsVerified, i.Locator));
        Assert.All(unverified.Where(id => !used.Any(i => i.Source.Record == id)), id => Assert.Contains(id, LeftOut));
    }

    [Fact]
    public void EveryFactOfTheFactBase_IsInTheWorld_OrListedAsLeftOut()
    {
        var mentioned = Items(World)
            .SelectMany(i => IdsIn(i.Source.Note).Concat(IdsIn(i.Text)).Append(i.Source.Record!))
            .ToHashSet(StringComparer.Ordinal);
        var missing = Facts.All.Select(f => f.Id).Where(id => !mentioned.Contains(id) && !LeftOut.Contains(id)).ToList();
        Assert.True(missing.Count == 0, "Facts neither in the world nor listed as left out: " + string.Join(", ", missing));
        // A left-out fact may be named in a note ("best knowledge C07 is left out"), never be the record of a fact.
        var records = Items(World).Select(i => i.Source.Record!).ToHashSet(StringComparer.Ordinal);
        var both = LeftOut.Where(records.Contains).ToList();
        Assert.True(both.Count == 0, "Facts listed as left out but recorded: " + string.Join(", ", both));
    }

    [Fact]
    public void ScoComposition_OnTheArticleDate_IsTheSnapshotOfA29()
    {
        // A29: after 2017-06-09, 8 members; observers Afghanistan, Belarus, Iran, Mongolia; dialogue partners Armenia,
        // Azerbaijan, Cambodia, Nepal, Sri Lanka, Turkey.
        var view = World.AsOf(new LocalDate(2017, 8, 5));
        string[] Names(MembershipStatus s) => [.. view.MembersOf(SeedIds.Sco, s).Select(a => World.GetParty(a.Fact.Member).Name).Order(StringComparer.Ordinal)];
        Assert.Equal(8, Names(MembershipStatus.Member).Length);
        Assert.Equal(["Afghanistan", "Belarus", "Iran", "Mongolia"], Names(MembershipStatus.Observer));
        Assert.Equal(["Armenia", "Azerbaijan", "Cambodia", "Nepal", "Sri Lanka", "Turkey"], Names(MembershipStatus.DialoguePartner));
        Assert.All(view.MembersOf(SeedIds.Sco), a => Assert.Equal(Certainty.Certain, a.Certainty));
    }

    [Fact]
    public void ScoComposition_TheDayBeforeTheMerge_IsTheCountOfA28()
    {
        // A28: before 2025-09-01, 10 members, 2 observers (Afghanistan, Mongolia), 14 dialogue partners; then one 'SCO partner' status.
        var before = World.AsOf(new LocalDate(2025, 8, 31));
        Assert.Equal(10, before.MembersOf(SeedIds.Sco, MembershipStatus.Member).Length);
        Assert.Equal(2, before.MembersOf(SeedIds.Sco, MembershipStatus.Observer).Length);
        Assert.Equal(14, before.MembersOf(SeedIds.Sco, MembershipStatus.DialoguePartner).Length);
        var after = World.AsOf(new LocalDate(2025, 9, 1));
        Assert.Empty(after.MembersOf(SeedIds.Sco, MembershipStatus.Observer));
        Assert.Empty(after.MembersOf(SeedIds.Sco, MembershipStatus.DialoguePartner));
        Assert.Equal(2 + 14 + 1, after.MembersOf(SeedIds.Sco, MembershipStatus.Partner).Length); // with Laos (A27)
    }

    [Fact]
    public void SpecifiedPersonsList_HoldsSecondarySanctionsExposureDesignations()
    {
        var list = World.Lists.Single(l => l.Source.Record == "B08");
        var onList = World.Designations.Where(d => d.List == list.Id).ToList();
        Assert.Equal(["B09a", "B09b", "B09c", "B09d", "B09e", "B09f"], onList.Select(d => d.Source.Record!).Order(StringComparer.Ordinal));
        Assert.All(onList, d => Assert.Equal([Core.Regimes.MeasureKind.SecondarySanctionsExposure], d.Measures));
        // Valid from enactment (B07), recorded from the List's publication (B08).
        Assert.All(onList, d => Assert.Equal(Facts.From("B07"), d.Valid.From));
        Assert.All(onList, d => Assert.Equal(new LocalDate(2017, 10, 27).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant(), d.Recorded.From));
    }

    [Fact]
    public void EveryDatedFact_HasARecordTime()
    {
        Assert.All(World.Designations, d => Assert.NotNull(d.Recorded.From));
        Assert.All(World.CountryMeasures, m => Assert.NotNull(m.Recorded.From));
        Assert.All(World.Memberships, m => Assert.NotNull(m.Recorded.From));
        Assert.All(World.TreatyActions, a => Assert.NotNull(a.Recorded.From));
        Assert.All(World.Positions, p => Assert.NotNull(p.Recorded.From));
        Assert.All(World.Relations, r => Assert.NotNull(r.Recorded.From));
    }

    [Fact]
    public void Putin_KnownIn2017_WasNotYetDesignated()
    {
        var knownAt = new LocalDate(2017, 8, 5).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        Assert.True(World.AsOf(new LocalDate(2022, 2, 25), knownAt).DesignationsOf(SeedIds.Putin).IsEmpty);
        Assert.False(World.AsOf(new LocalDate(2022, 2, 25)).DesignationsOf(SeedIds.Putin).IsEmpty);
    }

    [Fact]
    public void AMinistersTerm_KnownBeforeItEnded_IsOpen()
    {
        var hatami = new PartyId("person:amir-hatami");
        var during = new LocalDate(2019, 1, 1).AtStartOfDayInZone(DateTimeZone.Utc).ToInstant();
        Assert.Null(Assert.Single(World.AsOf(new LocalDate(2019, 1, 1), during).PositionsOf(hatami)).Fact.Valid.To);
        Assert.Empty(World.AsOf(new LocalDate(2022, 1, 1)).PositionsOf(hatami));
    }

    private string Row(string id)
    {
        var start = FactsMarkdown.IndexOf($"| {id} |", StringComparison.Ordinal);
        Assert.True(start >= 0, $"FACTS.md has no row for {id}.");
        var end = FactsMarkdown.IndexOf('\n', start);
        return FactsMarkdown[start..(end < 0 ? FactsMarkdown.Length : end)];
    }
}
