using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using NodaTime;
using Sanctions.Core.Parties;
using Sanctions.Core.Temporal;

namespace Sanctions.Core.Tests.Parties;

public sealed class PartyTests
{
    private static readonly PartyName Rogozin = new("Dmitry Olegovich Rogozin");

    [Fact]
    public void Constructor_NoNames_ThrowsNamingNames()
    {
        var e = Assert.Throws<ArgumentException>(() => new Person(new PartyId("person:x"), []));
        Assert.Equal("names", e.ParamName);
    }

    [Fact]
    public void Constructor_DefaultId_ThrowsNamingId()
    {
        var e = Assert.Throws<ArgumentException>(() => new Organization(default, [new PartyName("X")]));
        Assert.Equal("id", e.ParamName);
    }

    [Fact]
    public void Name_IsFirstPrimaryName()
    {
        var p = new Person(new PartyId("person:rogozin"), [new PartyName("Rogozin D.", NameKind.Alias), Rogozin]);
        Assert.Equal("Dmitry Olegovich Rogozin", p.Name);
    }

    // Record periods from a few instants (null for an open end), so that runs repeat periods and compare equal ones.
    private static Arbitrary<RecordPeriod> Periods() =>
        Gen.Elements<Instant?>(null, Instant.FromUtc(2021, 1, 1, 0, 0), Instant.FromUtc(2022, 6, 1, 0, 0), Instant.FromUtc(2024, 5, 1, 0, 0))
            .Two()
            .Where(t => t.Item1 is not { } f || t.Item2 is not { } e || e > f)
            .Select(t => new RecordPeriod(t.Item1, t.Item2))
            .ToArbitrary();

    [Property(MaxTest = 200)]
    public Property Recorded_AnyPeriods_ReadsBackAndDecidesEquality()
    {
        // A name's record period is held apart unless it is Always: what is set reads back, and two names are equal (with equal
        // hash codes) exactly when their periods are, whichever way the name was made.
        return Prop.ForAll(Periods(), Periods(), (a, b) =>
        {
            var x = Rogozin with { Recorded = a };
            var y = new PartyName(Rogozin.Value) { Recorded = b };
            var equal = x.Equals(y) == (a == b) && (a != b || x.GetHashCode() == y.GetHashCode());
            return x.Recorded == a && y.Recorded == b && equal && (x with { Recorded = RecordPeriod.Always }).Equals(Rogozin);
        });
    }

    [Fact]
    public void Equality_ComparesCollectionsByContent()
    {
        Person Make(params PartialDate[] births) => new(new PartyId("person:rogozin"), [Rogozin], births, nationalities: ["RU"]);
        Contracts.AssertEqualityContract<Party>(Make(new PartialDate(1963, 12, 21)), Make(new PartialDate(1963, 12, 21)), Make(new PartialDate(1963)));
    }

    [Fact]
    public void Equality_DifferentKindsSameId_AreNotEqual()
    {
        Party org = new Organization(new PartyId("x"), [new PartyName("X")]);
        Party io = new InternationalOrganization(new PartyId("x"), [new PartyName("X")]);
        Assert.NotEqual(org, io);
    }

    [Fact]
    public void With_ChangedName_IsDifferentValue()
    {
        var vessel = new Vessel(new PartyId("vessel:1"), [new PartyName("SEA STAR")], imo: "9187629");
        Assert.NotEqual(vessel, vessel with { Imo = "9187630" });
        Assert.Equal(vessel, vessel with { });
    }

    [Fact]
    public void ToString_KindIdAndName()
    {
        var iran = new State(new PartyId("iso:IR"), [new PartyName("Iran")], "IR", "IRN");
        Assert.Equal("State iso:IR \"Iran\"", iran.ToString());
        Assert.Equal(["IR"], iran.Countries);
    }

    [Theory]
    [InlineData("ir", null)]
    [InlineData("IRN", null)]
    [InlineData("IR", "IR1")]
    public void State_BadIsoCode_Throws(string alpha2, string? alpha3)
    {
        Assert.Throws<ArgumentException>(() => new State(new PartyId("iso:IR"), [new PartyName("Iran")], alpha2, alpha3));
    }

    [Fact]
    public void Aircraft_AndVessel_CarryTheirKind()
    {
        Assert.Equal(PartyKind.Aircraft, new Aircraft(new PartyId("a"), [new PartyName("EP-MNA")], registration: "EP-MNA").Kind);
        Assert.Equal(PartyKind.Vessel, new Vessel(new PartyId("v"), [new PartyName("V")]).Kind);
    }

    [Fact]
    public void PartyName_WeakAlias_IsNotStrong()
    {
        Assert.False(new PartyName("Rogo", NameKind.WeakAlias).IsStrong);
        Assert.True(new PartyName("Рогозин", NameKind.Alias, "Cyrl", "ru").IsStrong);
        Assert.Equal("Rogo (WeakAlias)", new PartyName("Rogo", NameKind.WeakAlias).ToString());
        Assert.Throws<ArgumentException>(() => new PartyName(" "));
    }

    [Fact]
    public void Identifier_AndAddress_ToString()
    {
        Assert.Equal("passport 123 (RU)", new Identifier("passport", "123", "RU").ToString());
        Assert.Equal("Moscow, RU", new Address(City: "Moscow", Country: "RU").ToString());
        Assert.Throws<ArgumentException>(() => new Identifier("", "1"));
    }

    [Fact]
    public void PartyId_InvalidText_Throws()
    {
        Assert.Throws<ArgumentException>(() => new PartyId(" x"));
        Assert.Throws<ArgumentException>(() => new PartyId(""));
        Assert.True(default(PartyId).IsDefault);
        Contracts.AssertOrdering(new PartyId("a"), new PartyId("b"));
    }
}
