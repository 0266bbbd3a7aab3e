using Sanctions.Core.Regimes;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

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
