using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Regimes;

public sealed class DesignationTests
{
    private static Designation Make(ImmutableArray<ProgramId> programs) => new(
        "us:rogozin", new PartyId("person:rogozin"), new ListId("us-ofac-sdn"), ValidPeriod.Since(new LocalDate(2014, 3, 17)),
        programs, [MeasureKind.AssetFreeze], [new InstrumentId("us-eo-13661")]);

    [Fact]
    public void Equality_ComparesProgramsByContent()
    {
        Contracts.AssertEqualityContract(Make([new ProgramId("UKRAINE-EO13661")]), Make([new ProgramId("UKRAINE-EO13661")]), Make([]));
    }

    [Fact]
    public void Constructor_NoMeasures_MeansAssetFreeze()
    {
        var d = new Designation("d", new PartyId("p"), new ListId("l"), ValidPeriod.Always);
        Assert.Equal([MeasureKind.AssetFreeze], d.Measures);
        Assert.Equal(RecordPeriod.Always, d.Recorded);
        Assert.Equal(Provenance.Manual, d.Source);
    }

    [Fact]
    public void Constructor_DefaultParty_ThrowsNamingParty()
    {
        var e = Assert.Throws<ArgumentException>(() => new Designation("d", default, new ListId("l"), ValidPeriod.Always));
        Assert.Equal("party", e.ParamName);
    }

    [Fact]
    public void ToString_IdPartyListPeriod()
    {
        Assert.Equal("us:rogozin: person:rogozin on us-ofac-sdn [2014-03-17, …)", Make([]).ToString());
    }
}
