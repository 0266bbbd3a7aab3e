using NodaTime;
using Sanctions.Core.Memberships;
using Sanctions.Core.Parties;
using Sanctions.Core.Regimes;
using Sanctions.Core.Serialization;
using Sanctions.Core.Temporal;
using Sanctions.Core.Treaties;
using Sanctions.Core.World;
using Xunit;

namespace Sanctions.Core.Tests.Serialization;

// Unknown period ends in format version 1: written as text in "from"/"to", read back equal, in both forms.
public sealed class UnknownBoundsSerializationTests
{
    internal static SanctionsWorld World()
    {
        var sco = new PartyId("org:sco");
        var iran = new PartyId("iso:IR");
        var putin = new PartyId("person:putin");
        var charter = new TreatyId("treaty:charter");
        return new WorldBuilder { Dataset = new DatasetInfo("uncertain", "1") }
            .AddParty(new State(iran, [new PartyName("Iran")], "IR"))
            .AddParty(new InternationalOrganization(sco, [new PartyName("SCO")]))
            .AddParty(new Person(putin, [new PartyName("PUTIN, Vladimir Vladimirovich")]))
            .AddAuthority(new Authority(new AuthorityId("US-OFAC"), "OFAC"))
            .AddList(new SanctionsList(new ListId("us-ofac-sdn"), "SDN", new AuthorityId("US-OFAC")))
            .AddDesignation(new Designation("sdn:putin", putin, new ListId("us-ofac-sdn"), ValidPeriod.Of(PeriodEnd.OnOrBefore(new LocalDate(2024, 5, 1)), PeriodEnd.Open)))
            .AddDesignation(new Designation("sdn:putin-2", putin, new ListId("us-ofac-sdn"),
                ValidPeriod.Of(PeriodEnd.Between(new LocalDate(2022, 2, 26), new LocalDate(2022, 3, 1)), PeriodEnd.Unknown)))
            .AddMembership(new Membership(iran, sco, MembershipStatus.Observer, ValidPeriod.Of(PeriodEnd.OnOrAfter(new LocalDate(2005, 7, 5)), new PartialDate(2023, 7, 4))))
            .AddTreaty(new Treaty(charter, "Charter"))
            .AddTreatyAction(new TreatyAction(charter, iran, TreatyActionKind.Signature, new PartialDate(2002, 6, 7)))
            .AddTreatyAction(TreatyAction.Of(charter, iran, TreatyActionKind.Ratification, PeriodEnd.OnOrAfter(new LocalDate(2002, 6, 7))))
            .AddTreatyAction(TreatyAction.Of(charter, iran, TreatyActionKind.EntryIntoForce, PeriodEnd.Between(new LocalDate(2003, 9, 19), new LocalDate(2023, 7, 4))))
            .Build();
    }

    [Fact]
    public void UnknownEnds_RoundTripInBothForms() => WorldRoundTrip.AssertRoundTrips(World());

    [Fact]
    public void UnknownEnds_AreWrittenAsBoundedText()
    {
        var json = WorldJson.Serialize(World());

        Assert.Contains("\"from\": \"..2024-05-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2022-02-26..2022-03-01\"", json, StringComparison.Ordinal);
        Assert.Contains("\"to\": \"..\"", json, StringComparison.Ordinal);
        Assert.Contains("\"from\": \"2005-07-05..\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2002-06-07..\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2003-09-19..2023-07-04\"", json, StringComparison.Ordinal);
        Assert.Contains("\"date\": \"2002-06-07\"", json, StringComparison.Ordinal);
    }

    [Fact]
    public void TreatyActionOnAnUnknownDay_ReadsBackWithItsBounds()
    {
        var back = WorldJson.Deserialize(WorldJson.Serialize(World()));

        var force = Assert.Single(back.TreatyActions, a => a.Kind == TreatyActionKind.EntryIntoForce);
        Assert.False(force.IsDateKnown);
        Assert.Equal(PeriodEnd.Between(new LocalDate(2003, 9, 19), new LocalDate(2023, 7, 4)), force.When);
        Assert.Throws<InvalidOperationException>(() => force.Date);
        Assert.Equal(new PartialDate(2002, 6, 7), Assert.Single(back.TreatyActions, a => a.Kind == TreatyActionKind.Signature).Date);
    }

    [Theory]
    [InlineData("")]
    [InlineData("2003-09-19..2002-01-01")]
    [InlineData("2003-09..")]
    public void BadTreatyActionDay_ReportsItsPath(string text)
    {
        var json = WorldJson.Serialize(World()).Replace("\"2002-06-07..\"", $"\"{text}\"", StringComparison.Ordinal);

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));

        Assert.Contains(e.Problems, p => p.Path.Contains("treatyActions", StringComparison.Ordinal) && p.Path.EndsWith(".date", StringComparison.Ordinal) && p.Message.Contains($"'{text}'", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2024-05-01..2022-01-01")]
    [InlineData("2024-05..")]
    [InlineData("...")]
    public void BadUnknownEnd_ReportsItsPath(string text)
    {
        var json = WorldJson.Serialize(World()).Replace("..2024-05-01", text, StringComparison.Ordinal);

        var e = Assert.Throws<WorldFormatException>(() => WorldJson.Deserialize(json));

        Assert.Contains(e.Problems, p => p.Path.Contains("valid.from", StringComparison.Ordinal) && p.Message.Contains(text, StringComparison.Ordinal));
    }
}
