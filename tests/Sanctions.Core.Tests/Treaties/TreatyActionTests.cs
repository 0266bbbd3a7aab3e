using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Treaties;

public sealed partial class TreatyActionTests
{
    [Fact]
    public void Constructor_UndefinedKind_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new TreatyAction(new TreatyId("t"), new PartyId("p"), (TreatyActionKind)99, new PartialDate(2001)));
    }

    [Fact]
    public void ToString_PartyKindTreatyDate()
    {
        Assert.Equal("iso:RU Signature of t on 2025-01-17", new TreatyAction(new TreatyId("t"), new PartyId("iso:RU"), TreatyActionKind.Signature, new LocalDate(2025, 1, 17)).ToString());
    }
}
