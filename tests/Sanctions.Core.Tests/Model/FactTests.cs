using System.Collections.Immutable;
using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Relations;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;

namespace Sanctions.Core.Tests.Model;

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

public sealed class MembershipTests
{
    [Fact]
    public void Status_IsNormalised()
    {
        Assert.Equal(MembershipStatus.DialoguePartner, new MembershipStatus("  Dialogue   PARTNER "));
        Assert.Equal("dialogue partner", MembershipStatus.DialoguePartner.ToString());
        Assert.Throws<ArgumentException>(() => new MembershipStatus(" "));
    }

    [Fact]
    public void Constructor_DefaultStatus_ThrowsNamingStatus()
    {
        var e = Assert.Throws<ArgumentException>(() => new Membership(new PartyId("iso:IR"), new PartyId("org:SCO"), default, ValidPeriod.Always));
        Assert.Equal("status", e.ParamName);
    }

    [Fact]
    public void ToString_MemberStatusOrganisationPeriod()
    {
        var m = new Membership(new PartyId("iso:IR"), new PartyId("org:SCO"), MembershipStatus.Observer, new ValidPeriod(new PartialDate(2005, 7), new LocalDate(2023, 7, 4)));
        Assert.Equal("iso:IR observer of org:SCO [2005-07, 2023-07-04)", m.ToString());
        Assert.Equal(m, m with { });
    }
}

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

public sealed class TreatyActionTests
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

public sealed class AuthorityTests
{
    [Theory]
    [InlineData("US", true)]
    [InlineData("us", true)]
    [InlineData("US-OFAC", true)]
    [InlineData("US-OF", false)]
    [InlineData("EU", false)]
    public void IsCoveredBy_CoarseCodeIncludesFinerOnes(string code, bool expected)
    {
        Assert.Equal(expected, new Authority(new AuthorityId("US-OFAC"), "Office of Foreign Assets Control").IsCoveredBy(code));
    }

    [Fact]
    public void Jurisdiction_DefaultsToPrefix()
    {
        Assert.Equal("US", new Authority(new AuthorityId("US-OFAC"), "OFAC").Jurisdiction);
        Assert.Equal("EU", new Authority(new AuthorityId("EU"), "Council of the EU").Jurisdiction);
    }
}

public sealed class ProvenanceTests
{
    [Fact]
    public void ToString_SourceRecordAndVerification()
    {
        Assert.Equal("seed-world#A09", new Provenance("seed-world", "A09").ToString());
        Assert.Equal("seed-world#A25c (unverified)", new Provenance("seed-world", "A25c", isVerified: false).ToString());
        Assert.Throws<ArgumentException>(() => new Provenance(""));
    }

    [Fact]
    public void Equality_Structural()
    {
        Contracts.AssertEqualityContract(new Provenance("s", "r", published: Instant.FromUtc(2018, 4, 6, 0, 0)), new Provenance("s", "r", published: Instant.FromUtc(2018, 4, 6, 0, 0)), new Provenance("s", "r"));
    }
}
