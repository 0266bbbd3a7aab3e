using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Model;

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

public sealed class SanctionsProgramTests
{
    [Fact]
    public void Equality_ComparesBasisByContent()
    {
        SanctionsProgram Make(params string[] basis) => new(new ProgramId("UKRAINE-EO13661"), "Ukraine", new AuthorityId("US-OFAC"), basis.Select(b => new InstrumentId(b)));
        Contracts.AssertEqualityContract(Make("us-eo-13661"), Make("us-eo-13661"), Make());
        Assert.Equal("UKRAINE-EO13661", Make().ToString());
    }

    [Fact]
    public void Constructor_EmptyName_Throws()
    {
        Assert.Throws<ArgumentException>(() => new SanctionsProgram(new ProgramId("P"), " ", new AuthorityId("US")));
    }
}

public sealed class SanctionsListTests
{
    [Fact]
    public void Constructor_DefaultId_ThrowsNamingId()
    {
        var e = Assert.Throws<ArgumentException>(() => new SanctionsList(default, "SDN", new AuthorityId("US-OFAC")));
        Assert.Equal("id", e.ParamName);
        Assert.Equal("SDN", new SanctionsList(new ListId("sdn"), "SDN", new AuthorityId("US-OFAC")).ToString());
    }
}

public sealed class TreatyTests
{
    [Fact]
    public void Constructor_AndEquality()
    {
        Treaty Make(string? remarks) => new(new TreatyId("treaty:ru-ir-2001"), "Treaty on the Basis for Mutual Relations", new PartialDate(2001, 3, 12), remarks);
        Contracts.AssertEqualityContract(Make("ten years, then five-year renewals"), Make("ten years, then five-year renewals"), Make(null));
        Assert.Throws<ArgumentException>(() => new Treaty(default, "X"));
    }
}
