using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Model;

// A treaty action's day may be unknown with bounds (issue 14): it answers possible between its bounds, certain after, and a world
// rejects steps out of order only when they certainly are.
public sealed class TreatyActionDayTests
{
    private static readonly TreatyId Treaty = new("treaty:t");
    private static readonly PartyId Ru = new("iso:RU");

    private static LocalDate D(int y, int m, int d) => new(y, m, d);

    [Fact]
    public void HappenedBy_IsPossibleWithinTheBounds_CertainFromTheUpperBound_NoBeforeTheLower()
    {
        var a = TreatyAction.Of(Treaty, Ru, TreatyActionKind.EntryIntoForce, PeriodEnd.Between(D(2001, 3, 12), D(2002, 12, 31)));

        Assert.Equal(Certainty.No, a.HappenedBy(D(2001, 3, 11)));
        Assert.Equal(Certainty.Possible, a.HappenedBy(D(2001, 3, 12)));
        Assert.Equal(Certainty.Possible, a.HappenedBy(D(2002, 12, 30)));
        Assert.Equal(Certainty.Certain, a.HappenedBy(D(2002, 12, 31)));
    }

    [Fact]
    public void HappenedBy_WithoutAnUpperBound_IsNeverCertain_AndWithoutALowerBoundNeverNo()
    {
        Assert.Equal(Certainty.Possible, TreatyAction.Of(Treaty, Ru, TreatyActionKind.Ratification, PeriodEnd.OnOrAfter(D(2001, 3, 12))).HappenedBy(D(2099, 1, 1)));
        Assert.Equal(Certainty.Possible, TreatyAction.Of(Treaty, Ru, TreatyActionKind.Ratification, PeriodEnd.Unknown).HappenedBy(D(1900, 1, 1)));
        Assert.Equal(Certainty.Certain, new TreatyAction(Treaty, Ru, TreatyActionKind.Signature, new PartialDate(2001)).HappenedBy(D(2001, 12, 31)));
        Assert.Equal(Certainty.Possible, new TreatyAction(Treaty, Ru, TreatyActionKind.Signature, new PartialDate(2001)).HappenedBy(D(2001, 12, 30)));
    }

    [Fact]
    public void AnOpenDay_IsRejected_AndDateOfAnUnknownDayThrowsSayingWhy()
    {
        Assert.Throws<ArgumentException>(() => TreatyAction.Of(Treaty, Ru, TreatyActionKind.Signature, PeriodEnd.Open));
        var unknown = TreatyAction.Of(Treaty, Ru, TreatyActionKind.Signature, PeriodEnd.OnOrBefore(D(2002, 1, 1)));
        var e = Assert.Throws<InvalidOperationException>(() => unknown.Date);
        Assert.Contains("..2002-01-01", e.Message, StringComparison.Ordinal);
        Assert.Contains("an unknown day (..2002-01-01)", unknown.ToString(), StringComparison.Ordinal);
        Assert.Equal(new PartialDate(2003), (unknown with { Date = new PartialDate(2003) }).When.Date);
    }

    private static WorldBuilder World(params TreatyAction[] actions)
    {
        var b = new WorldBuilder().AddParty(new State(Ru, [new PartyName("Russia")], "RU")).AddTreaty(new Treaty(Treaty, "T"));
        foreach (var a in actions)
        {
            b.AddTreatyAction(a);
        }

        return b;
    }

    [Fact]
    public void Order_IsAProblemOnlyWhenCertain()
    {
        var signature = new TreatyAction(Treaty, Ru, TreatyActionKind.Signature, new PartialDate(2001, 3, 12));

        // Ratified on an unknown day that may be after the signature: accepted.
        Assert.True(World(signature, TreatyAction.Of(Treaty, Ru, TreatyActionKind.Ratification, PeriodEnd.OnOrBefore(D(2001, 6, 1)))).TryBuild(out _, out _));

        // Ratified on an unknown day certainly before the signature: rejected, saying so.
        Assert.False(World(signature, TreatyAction.Of(Treaty, Ru, TreatyActionKind.Ratification, PeriodEnd.Between(D(2000, 1, 1), D(2001, 3, 11)))).TryBuild(out _, out var problems));
        Assert.Contains(problems, p => p.Message.Contains("ratification on an unknown day (2000-01-01..2001-03-11) comes before signature on 2001-03-12", StringComparison.Ordinal));
    }

    [Fact]
    public void PartiesTo_AnswersPossibleWithinTheBound_CertainAfter()
    {
        var world = World(
            new TreatyAction(Treaty, Ru, TreatyActionKind.Signature, new PartialDate(2001, 3, 12)),
            TreatyAction.Of(Treaty, Ru, TreatyActionKind.Ratification, PeriodEnd.Between(D(2001, 3, 12), D(2002, 1, 1))),
            TreatyAction.Of(Treaty, Ru, TreatyActionKind.EntryIntoForce, PeriodEnd.Between(D(2001, 3, 12), D(2002, 1, 1)))).Build();

        Assert.Equal(Certainty.Possible, Assert.Single(world.AsOf(D(2001, 3, 12)).PartiesTo(Treaty).Bound).Certainty);
        Assert.Equal(Certainty.Certain, Assert.Single(world.AsOf(D(2002, 1, 1)).PartiesTo(Treaty).Bound).Certainty);
        Assert.Empty(world.AsOf(D(2001, 3, 11)).PartiesTo(Treaty).Bound);
        Assert.Empty(world.AsOf(D(2001, 3, 11)).PartiesTo(Treaty).SignedOnly);
    }
}
