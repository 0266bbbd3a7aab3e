using System.Collections.Immutable;
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
}
