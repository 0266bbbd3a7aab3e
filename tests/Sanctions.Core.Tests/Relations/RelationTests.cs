using System.Collections.Immutable;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Relations;

public sealed class RelationTests
{
    [Fact]
    public void Constructor_PercentOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new Relation(RelationKind.Ownership, new PartyId("a"), new PartyId("b"), ValidPeriod.Always, 100.5m));
        Assert.Throws<ArgumentOutOfRangeException>(() => new Relation(RelationKind.Ownership, new PartyId("a"), new PartyId("b"), ValidPeriod.Always, -1m));
    }

    [Fact]
    public void Constructor_PercentOnFamily_ThrowsNamingPercent()
    {
        var e = Assert.Throws<ArgumentException>(() => new Relation(RelationKind.Family, new PartyId("a"), new PartyId("b"), ValidPeriod.Always, 10m));
        Assert.Equal("percent", e.ParamName);
    }

    [Fact]
    public void Constructor_SelfRelation_Throws()
    {
        Assert.Throws<ArgumentException>(() => new Relation(RelationKind.Control, new PartyId("a"), new PartyId("a"), ValidPeriod.Always));
    }

    [Fact]
    public void ToString_ShowsPercent()
    {
        Assert.Equal("a Ownership 60% of b […, …)", new Relation(RelationKind.Ownership, new PartyId("a"), new PartyId("b"), ValidPeriod.Always, 60m).ToString());
    }

    // Found by the round-trip property (seed 11695763413172427309,16021631489337420801): 5.0 printed "5.0%" and 5 "5%",
    // so two equal relations sorted apart. Equal percentages, whatever their scale, must give equal text.
    [Property]
    public bool ToString_EqualPercentsOfAnyScale_GiveEqualText(byte whole, byte hundredths, byte extraZeros)
    {
        var percent = Math.Min(whole, (byte)99) + (hundredths % 100 / 100m);
        var scaled = percent * decimal.Parse("1." + new string('0', extraZeros % 20), System.Globalization.CultureInfo.InvariantCulture);
        Relation Of(decimal p) => new(RelationKind.Ownership, new PartyId("a"), new PartyId("b"), ValidPeriod.Always, p);
        return scaled == percent && Of(scaled).ToString() == Of(percent).ToString() && !Of(scaled).ToString().Contains(".0%", StringComparison.Ordinal);
    }
}
