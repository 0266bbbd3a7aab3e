using FsCheck;
using FsCheck.Fluent;
using NodaTime;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing.Tests;

/// <summary>What users may rely on in their own properties: dates with room for arithmetic, and worlds (generated or shrunk) with
/// something to pick from.</summary>
public sealed class GeneratorBoundsTests
{
    private static bool InBounds(LocalDate day) => day >= SanctionsGen.EarliestDay && day <= SanctionsGen.LatestDay;

    private static bool InBounds(PartialDate? date) => date is not { } d || (InBounds(d.Earliest) && InBounds(d.Latest));

    [SanctionsProperty(MaxTest = 2000)]
    public bool Date_WithinTheDocumentedBounds_AndRoomForCenturiesOfArithmetic(LocalDate day) =>
        InBounds(day) && day.PlusYears(7000).Year > day.Year && day.PlusDays(-365 * 1800).Year < day.Year;

    [SanctionsProperty(MaxTest = 1000)]
    public bool ValidPeriod_EndsWithinTheDocumentedBounds(ValidPeriod period) => InBounds(period.From) && InBounds(period.To);

    [SanctionsProperty]
    public bool WorldFacts_EveryDateWithinTheDocumentedBounds(WorldFacts facts) =>
        facts.Designations.All(d => InBounds(d.Valid.From) && InBounds(d.Valid.To))
        && facts.Memberships.All(m => InBounds(m.Valid.From) && InBounds(m.Valid.To))
        && facts.Relations.All(r => InBounds(r.Valid.From) && InBounds(r.Valid.To))
        && facts.CountryMeasures.All(m => InBounds(m.Valid.From) && InBounds(m.Valid.To));

    [Fact]
    public void Date_Bounds_AreTheDocumentedDays()
    {
        Assert.Equal(new LocalDate(1900, 1, 1), SanctionsGen.EarliestDay);
        Assert.Equal(new LocalDate(2199, 12, 31), SanctionsGen.LatestDay);
        Assert.Throws<ArgumentException>(() => SanctionsGen.Date(SanctionsGen.LatestDay, SanctionsGen.EarliestDay));
    }

    // Generated and every shrink step: a party, an authority and a list to pick from (Gen.Elements on an empty array throws).
    [SanctionsProperty(MaxTest = 30)]
    public bool WorldFacts_GeneratedAndShrunk_NeverEmptyOfPartiesAuthoritiesAndLists(WorldFacts facts)
    {
        var level = new List<WorldFacts> { facts };
        for (var depth = 0; depth < 40 && level.Count > 0; depth++)
        {
            if (level.Any(f => f.Parties.IsEmpty || f.Authorities.IsEmpty || f.Lists.IsEmpty))
            {
                return false;
            }

            // Follow the first candidate FsCheck would take (and check a few siblings), down to the smallest world.
            level = [.. SanctionsShrink.WorldFacts(level[0]).Take(5)];
        }

        return true;
    }

    // The docs' pattern (docs/testing.md): a false property over Gen.Elements(facts.Parties) fails with a shrunk, readable world,
    // never with an exception from an empty choice.
    [Fact]
    public void DocsPattern_FalseProperty_ShrinksToAReadableCounterexample()
    {
        var property = Prop.ForAll(Arb.From(SanctionsGen.WorldFacts(), SanctionsShrink.WorldFacts), facts =>
            Prop.ForAll(Arb.From(Gen.Elements(facts.Parties.ToArray())), party =>
                facts.Designations.Any(d => d.Party == party.Id)));

        var failure = Assert.ThrowsAny<Exception>(() => Check.One(Config.QuickThrowOnFailure.WithMaxTest(100), property));

        Assert.DoesNotContain("IndexOutOfRange", failure.ToString(), StringComparison.Ordinal);
        Assert.Contains("Falsifiable", failure.Message, StringComparison.Ordinal);
        Assert.Matches(@"WorldFacts \([1-3] facts?\)", failure.Message);
        Assert.Contains("parties[0]", failure.Message, StringComparison.Ordinal);
    }
}
