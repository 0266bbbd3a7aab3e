using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Relations;

public sealed class PositionTests
{
    [Fact]
    public void Constructor_EmptyTitle_ThrowsNamingTitle()
    {
        var e = Assert.Throws<ArgumentException>(() => new Position(new PartyId("p"), " ", ValidPeriod.Always));
        Assert.Equal("title", e.ParamName);
    }

    [Fact]
    public void ToString_HolderTitlePeriod()
    {
        var p = new Position(new PartyId("person:rogozin"), "Deputy Prime Minister of Russia", ValidPeriod.Between(new LocalDate(2011, 12, 23), new LocalDate(2018, 5, 18)));
        Assert.Equal("person:rogozin Deputy Prime Minister of Russia [2011-12-23, 2018-05-18)", p.ToString());
    }
}
