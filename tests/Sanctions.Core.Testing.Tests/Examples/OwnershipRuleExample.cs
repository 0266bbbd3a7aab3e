// The example of docs/testing.md: keep the two in step.
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.World;

namespace Sanctions.Core.Testing.Tests.Examples;

// The user's rule under test: a party is blocked for a jurisdiction on a day when it is designated there, or when
// designated parties together own 50% or more of it directly (a simplified form of OFAC's 50% rule).
public static class FiftyPercentRule
{
    public static Certainty IsBlocked(WorldView view, PartyId party, string jurisdiction)
    {
        var filter = new DesignationFilter(Authority: jurisdiction);
        var direct = view.IsDesignated(party, filter);
        if (direct == Certainty.Certain)
        {
            return direct;
        }

        // Stakes of designated owners: certain when both the stake and the owner's designation are certain.
        decimal certain = 0, possible = 0;
        foreach (var stake in view.OwnersOf(party))
        {
            var owner = view.IsDesignated(stake.Fact.From, filter);
            if (owner == Certainty.No || stake.Fact.Percent is not { } percent)
            {
                continue;
            }

            possible += percent;
            if (owner == Certainty.Certain && stake.Certainty == Certainty.Certain)
            {
                certain += percent;
            }
        }

        var owned = certain >= 50m ? Certainty.Certain : possible >= 50m ? Certainty.Possible : Certainty.No;
        return direct > owned ? direct : owned;
    }
}

// Properties of the rule over any consistent world, any day and any jurisdiction.
[Properties(Arbitrary = [typeof(SanctionsArbitraries)], MaxTest = 100)]
public sealed class FiftyPercentRuleProperties
{
    // A world and a day worth asking about (a boundary of some fact in it, or any day).
    public static Arbitrary<(SanctionsWorld World, LocalDate Day)> WorldAndDay() =>
        Arb.From(SanctionsGen.World().SelectMany(w => SanctionsGen.DateIn(w).Select(d => (w, d))));

    [Property]
    public Property DesignatedParties_AreAlwaysBlocked() => Prop.ForAll(WorldAndDay(), t =>
    {
        var view = t.World.AsOf(t.Day);
        return t.World.Authorities.All(a => t.World.Parties.All(p =>
            FiftyPercentRule.IsBlocked(view, p.Id, a.Jurisdiction) >= view.IsDesignated(p.Id, new DesignationFilter(Authority: a.Jurisdiction))));
    });

    [Property]
    public Property PartiesWithoutDesignationsOrDesignatedOwners_AreNeverBlocked() => Prop.ForAll(WorldAndDay(), t =>
    {
        var view = t.World.AsOf(t.Day);
        var touched = t.World.Designations.Select(d => d.Party).ToHashSet();
        return t.World.Parties
            .Where(p => !touched.Contains(p.Id) && view.OwnersOf(p.Id).All(o => !touched.Contains(o.Fact.From)))
            .All(p => t.World.Authorities.All(a => FiftyPercentRule.IsBlocked(view, p.Id, a.Jurisdiction) == Certainty.No));
    });

    // Designating one more party never unblocks anyone.
    [Property]
    public Property AddingADesignation_NeverUnblocksAnyone(WorldFacts facts, ValidPeriod period) =>
        Prop.ForAll(Arb.From(Gen.Elements(facts.Parties.ToArray())), target =>
        {
            var before = facts.Build();
            var list = before.Lists[0];
            var after = facts.ToBuilder().AddDesignation(new Regimes.Designation("example-extra", target.Id, list.Id, period)).Build();
            foreach (var day in new[] { period.From?.Earliest, period.To?.Earliest, (LocalDate?)new LocalDate(2020, 1, 1) }.OfType<LocalDate>())
            {
                foreach (var p in before.Parties)
                {
                    Assert.True(FiftyPercentRule.IsBlocked(after.AsOf(day), p.Id, list.Authority.Value) >= FiftyPercentRule.IsBlocked(before.AsOf(day), p.Id, list.Authority.Value));
                }
            }
        });

    // An example from the seed world next to the properties: Rosoboronexport is on the SDN list in 2018.
    [Fact]
    public void SeedWorld_Rosoboronexport_IsBlockedInTheUs_In2018() =>
        Assert.Equal(Certainty.Certain, FiftyPercentRule.IsBlocked(SeedWorld.Load().AsOf(new LocalDate(2018, 5, 1)), new PartyId("org:rosoboronexport"), "US"));
}
