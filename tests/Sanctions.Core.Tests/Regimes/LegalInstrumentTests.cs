using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

public sealed class LegalInstrumentTests
{
    [Fact]
    public void Citation_DefaultsToTitle()
    {
        var eo = new LegalInstrument(new InstrumentId("us-eo-13661"), "Executive Order 13661", InstrumentKind.ExecutiveOrder, new AuthorityId("US"), adopted: new PartialDate(2014, 3, 16));
        Assert.Equal("Executive Order 13661", eo.Citation);
        Assert.Equal("Executive Order 13661", eo.ToString());
    }

    [Fact]
    public void Constructor_DefaultAuthority_ThrowsNamingAuthority()
    {
        var e = Assert.Throws<ArgumentException>(() => new LegalInstrument(new InstrumentId("x"), "X", InstrumentKind.Other, default));
        Assert.Equal("authority", e.ParamName);
    }

    [Fact]
    public void Equality_Structural()
    {
        LegalInstrument Make(string citation) => new(new InstrumentId("caatsa-231"), "CAATSA Section 231", InstrumentKind.StatutePart, new AuthorityId("US"), citation, partOf: new InstrumentId("caatsa"));
        Contracts.AssertEqualityContract(Make("Public Law 115-44 §231"), Make("Public Law 115-44 §231"), Make("CAATSA §231"));
    }
}
