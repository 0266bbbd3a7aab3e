using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

public sealed class CountryMeasureTests
{
    [Fact]
    public void Constructor_ArmsEmbargoWithoutDirection_IsInbound()
    {
        var m = new CountryMeasure("m", new PartyId("iso:IR"), new AuthorityId("EU"), CountryMeasureKind.ArmsEmbargo, ValidPeriod.Since(new PartialDate(2007, 4)));
        Assert.Equal(ArmsDirection.Inbound, m.Direction);
    }

    [Fact]
    public void Constructor_DirectionOnEmbargo_ThrowsNamingDirection()
    {
        var e = Assert.Throws<ArgumentException>(() => new CountryMeasure("m", new PartyId("iso:IR"), new AuthorityId("US"), CountryMeasureKind.ComprehensiveEmbargo, ValidPeriod.Always, ArmsDirection.Both));
        Assert.Equal("direction", e.ParamName);
    }

    [Fact]
    public void Equality_ComparesBasisByContent()
    {
        CountryMeasure Make(params string[] basis) => new("m", new PartyId("iso:IR"), new AuthorityId("UN"), CountryMeasureKind.ArmsEmbargo, ValidPeriod.Always, basis: basis.Select(b => new InstrumentId(b)));
        Contracts.AssertEqualityContract(Make("unscr-2231"), Make("unscr-2231"), Make("unscr-1747"));
    }
}
